/**
 * Where the team policy lives: browser.storage.local under "policy" (the options page edits
 * it). A stored policy that no longer validates is never silently dropped: the defaults are
 * used and the reason is reported, and the stored text stays for the user to fix.
 */
import { defaultPolicy } from '../policy/defaults';
import { describeIssues } from '../policy/parse';
import { Policy } from '../policy/schema';
import type { PolicySummary } from './protocol';

export const POLICY_STORAGE_KEY = 'policy';

export interface LoadedPolicy {
  policy: Policy;
  source: string;
}

export async function loadPolicy(read: (key: string) => Promise<unknown>): Promise<LoadedPolicy> {
  const stored = await read(POLICY_STORAGE_KEY);
  if (stored === undefined || stored === null) return { policy: defaultPolicy, source: 'default' };
  const parsed = Policy.safeParse(stored);
  if (parsed.success) return { policy: parsed.data, source: 'team' };
  return { policy: defaultPolicy, source: `default (the team policy is invalid: ${describeIssues(parsed.error)[0]})` };
}

export function summarizePolicy({ policy, source }: LoadedPolicy): PolicySummary {
  return {
    name: policy.name,
    scale: policy.scale,
    levels: policy.levels.map(({ level, name }) => ({ level, name })).sort((a, b) => a.level - b.level),
    destinations: policy.destinations.map(({ id, name }) => ({ id, name })),
    source,
  };
}
