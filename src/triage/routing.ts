/**
 * Where the ticket goes: the destination the level's deciding rule names, then route rules
 * in policy order (first that applies wins), and a destination that skips tiers (security)
 * wins over all of them whatever the level.
 */
import type { Policy } from '../policy/schema';
import type { DestinationId } from '../policy/primitives';
import type { LevelDecision } from './severity';

export function decideDestination(policy: Policy, decision: LevelDecision): DestinationId {
  let destination: DestinationId = decision.decidedBy?.destination ?? 'support';
  for (const rule of decision.applicable) {
    if (rule.effect !== 'route' || !rule.destination) continue;
    if (rule.from && !rule.from.includes(destination)) continue;
    destination = rule.destination;
    break;
  }
  const skipping = new Set(policy.destinations.filter((d) => d.skipsTiers).map((d) => d.id));
  for (const rule of decision.applicable) {
    if ((rule.effect === 'raise' || rule.effect === 'route') && rule.destination && skipping.has(rule.destination)) return rule.destination;
  }
  // A destination the team removed from its policy falls back to support.
  if (!policy.destinations.some((d) => d.id === destination)) return policy.destinations.some((d) => d.id === 'support') ? 'support' : (policy.destinations[0]?.id ?? 'support');
  return destination;
}
