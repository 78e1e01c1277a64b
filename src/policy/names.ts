/** Names of levels and destinations, looked up in one place (zod-free: the sidebar and content scripts use it). */
import type { DestinationId, Severity } from './primitives';

interface Named {
  levels: readonly { level: Severity; name: string }[];
  destinations: readonly { id: DestinationId | string; name: string }[];
}

export function levelName(policy: Named, level: Severity): string {
  return policy.levels.find((l) => l.level === level)?.name ?? `Sev ${level}`;
}

export function destinationName(policy: Named, id: string): string {
  return policy.destinations.find((d) => d.id === id)?.name ?? id;
}
