/**
 * Escalation or transfer (domain.md section 3): an escalation goes up a tier (more authority
 * or expertise), a transfer goes to another team at the same tier (a different function).
 * The form proposes one from where the ticket sits now and where it goes; the agent can
 * change it, and the case log, the note and the record line say which. Pure, zod-free.
 */
import { guardDecision, type GuardPolicy } from './guard';

export type Movement = 'escalation' | 'transfer';

/** The tier of each route: support, then its second line, then the specialist teams side by side, then leadership. */
const TIER: Record<string, number> = { support: 1, l2: 2, engineering: 3, product: 3, security: 3, leadership: 4 };

/** Up a tier is an escalation; the same tier (or back down) a transfer. An unknown route counts as up. */
export function defaultMovement(from: string, to: string): Movement {
  const a = TIER[from];
  const b = TIER[to];
  return a !== undefined && b !== undefined && b <= a ? 'transfer' : 'escalation';
}

/** Where the ticket sits now: the route its group names (the guard's names, e.g. "Tier 2" → l2), else support. */
export function currentRoute(policy: GuardPolicy, group: string | undefined): string {
  if (!group) return 'support';
  const decision = guardDecision(policy, 'group', group);
  return decision.escalates && decision.destination ? decision.destination : 'support';
}
