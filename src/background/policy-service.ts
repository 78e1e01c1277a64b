/**
 * The team policy, owned by the background: read from storage once, migrated from its own
 * schemaVersion, validated, and cached until storage says it changed (so a team policy costs
 * what the default costs: the triage engine compiles a policy once per object). A stored
 * policy that cannot be used is never dropped silently: the defaults apply, `source` says
 * why (the sidebar shows it), and the stored text stays for the user to fix.
 */
import { defaultPolicy } from '../policy/defaults';
import { parsePolicy } from '../policy/parse';
import type { Policy } from '../policy/schema';
import { SETTINGS } from '../settings/registry';
import type { PolicySummary } from '../store/protocol';
import { FACT_IDS, FACT_LABELS, FACT_VALUES, valueLabel } from '../policy/fact-names';

export interface LoadedPolicy {
  policy: Policy;
  /** "default", "team", or "default (the team policy is invalid: …)". */
  source: string;
}

export function decodePolicy(stored: unknown): LoadedPolicy {
  if (stored === undefined || stored === null) return { policy: defaultPolicy, source: 'default' };
  const parsed = parsePolicy(stored);
  if (parsed.ok) return { policy: parsed.value, source: 'team' };
  return { policy: defaultPolicy, source: `default (the team policy is invalid: ${parsed.errors[0]})` };
}

/** Read the stored policy (under SETTINGS.policy.key) and decode it. */
export async function loadPolicy(read: (key: string) => Promise<unknown>): Promise<LoadedPolicy> {
  return decodePolicy(await read(SETTINGS.policy.key));
}

export interface PolicyService {
  get(): Promise<LoadedPolicy>;
  /** Forget the cached policy (storage changed). */
  invalidate(): void;
}

export function createPolicyService(read: (key: string) => Promise<unknown>): PolicyService {
  let cached: Promise<LoadedPolicy> | null = null;
  return {
    get() {
      cached ??= loadPolicy(read);
      cached.catch(() => (cached = null)); // a failed read is retried on the next call
      return cached;
    },
    invalidate() {
      cached = null;
    },
  };
}

export function summarizePolicy({ policy, source }: LoadedPolicy): PolicySummary {
  return {
    name: policy.name,
    scale: policy.scale,
    levels: policy.levels.map(({ level, name }) => ({ level, name })).sort((a, b) => a.level - b.level),
    destinations: policy.destinations.map(({ id, name, skipsTiers }) => (skipsTiers ? { id, name, skipsTiers } : { id, name })),
    decisionTable: policy.decisionTable,
    facts: FACT_IDS.map((id) => ({ id, label: FACT_LABELS[id], values: FACT_VALUES[id].map((v) => ({ id: v, label: valueLabel(id, v) })) })),
    timeZone: policy.businessHours.timeZone,
    source,
  };
}
