/**
 * The five impact facts, read from what the engine already found (issue 11): no second
 * engine, only the signals after derive() and the rules that fired, each fact with the quote
 * that says so, or "not stated" (value null, no evidence). The decision table (./decide.ts)
 * turns them into a level and a destination once the agent confirms or changes one.
 */
import type { FactId, FactValue, FactValues } from '../policy/fact-names';
import { loginSaysGroup } from './derive';
import type { Facts } from './signals';
import type { LevelDecision } from './severity';
import type { Evidence } from './types';

export interface ReadFact<F extends FactId = FactId> {
  value: FactValue<F> | null;
  /** The words that say so (null when not stated). */
  evidence: Evidence | null;
}
export type ImpactFacts = { [F in FactId]: ReadFact<F> };

const NOT_STATED = { value: null, evidence: null } as const;

// Signals that say something is broken, the most telling first (their quote is the kind's).
const BROKEN = ['data_loss', 'security', 'outage', 'login_widespread', 'business_blocked', 'business_partial', 'login_team', 'login_failure', 'blocked', 'billing_error', 'security_concern', 'bug', 'performance', 'discrepancy', 'confusing', 'unclassified_wide', 'recurring', 'regression', 'confirmed_defect', 'server_error'];
// The kinds a lowering rule names: the rule fired only when nothing outranks it (its `unless`).
const KIND_RULES: [string, FactValue<'kind'>][] = [
  ['feature-request', 'feature'],
  ['design-friction', 'feature'],
  ['how-to', 'how_to'],
  ['cosmetic', 'cosmetic'],
  ['setup-question', 'setup'],
  ['timed-question', 'setup'],
];
const SIGN_IN = ['login_widespread', 'login_team', 'login_failure'];
const BILLING_WORDS = /\b(?:bill\w*|pay\w*|charg\w*|card|cards|refund\w*|subscriptions?|invoices? (?:from you|you sent)|stripe|paypal)\b/i;

export function readFacts(facts: Facts, decision: LevelDecision): ImpactFacts {
  const s = facts.signals;
  const first = (ids: readonly string[]): Evidence | null => {
    for (const id of ids) {
      const ev = s.get(id)?.[0];
      if (ev) return ev;
    }
    return null;
  };
  const fired = new Set(decision.fired.map((f) => f.id));
  const one = <F extends FactId>(value: FactValue<F>, evidence: Evidence | null): ReadFact<F> => (evidence ? { value, evidence } : NOT_STATED);

  // Kind: a lowering rule that named the kind (it fired, so nothing it yields to was stated), else something broken.
  let kind: ReadFact<'kind'> = NOT_STATED;
  for (const [rule, value] of KIND_RULES) {
    const r = decision.fired.find((f) => f.id === rule);
    if (r?.evidence[0]) {
      kind = { value, evidence: r.evidence[0] };
      break;
    }
  }
  if (kind.value === null) kind = one('broken', first(BROKEN));

  // How much of the work is stopped: the product down, a core task or sign-in blocked is all of
  // it; one feature, module or integration blocked (the rest works) or some orders failing is part.
  const ruleEvidence = (ids: readonly string[]): Evidence | null => {
    for (const id of ids) {
      const ev = decision.fired.find((f) => f.id === id)?.evidence[0];
      if (ev) return ev;
    }
    return null;
  };
  let stopped: ReadFact<'stopped'> = one('fully', first(['outage', 'business_blocked', 'login_widespread', 'login_team', 'login_failure']));
  if (stopped.value === null) stopped = one('partly', first(['blocked', 'business_partial']));
  if (stopped.value === null) stopped = one('slowed', first(['performance', 'design_friction']));
  // Working again, or the customer's own "minor", only when that rule fired (nothing outranked it).
  if (stopped.value === null) stopped = one('no', ruleEvidence(['resolved-closed', 'resolved', 'minor']));

  // Who: several customers (tenants) first, then the breadth the text states; the product down
  // is down for the whole customer whatever the breadth words ("the site is down").
  let who: ReadFact<'who'> = one('several_customers', first(['several_customers', 'recurring']));
  if (who.value === null && facts.breadth !== 1 && s.has('outage')) who = one('customer', (facts.breadth === 3 ? facts.breadthEvidence[0] : null) ?? first(['outage']));
  if (who.value === null && facts.breadth !== 0) {
    const ev = facts.breadthEvidence[0] ?? null;
    // A breadth-3 phrase that names a group ("all our managers") is a group inside the customer (derive() does not fire "widespread" for it).
    const wide = facts.breadth === 3 && (fired.has('widespread') || fired.has('login-widespread') || fired.has('business-blocked') || fired.has('unclassified-wide') || !GROUPISH.test(ev?.quote ?? ''));
    who = one(facts.breadth === 1 ? 'one_user' : wide ? 'customer' : 'group', ev);
  }
  // "We can't log in", SSO: several users of one customer. Not one user who did the basic checks
  // (derive() raises that to the same rule, but who is affected is still one user, unstated).
  if (who.value === null && s.has('login_team') && loginSaysGroup(facts)) who = one('group', first(['login_team']));

  // A workaround: denied (or basic checks done and nothing gets round it), restoring (the
  // workaround or own-configuration rule lowered the level), or there but not enough.
  let workaround: ReadFact<'workaround'> = one('none', facts.noWorkaround[0] ?? first(['no_workaround']));
  if (workaround.value === null) workaround = one('restores', ruleEvidence(['workaround', 'workaround-switch', 'own-config']));
  if (workaround.value === null) workaround = one('partial', (s.get('workaround') ?? []).find((ev) => !OTHERS_FINE.test(ev.quote)) ?? null);

  // What it touches: the most serious first.
  let touches: ReadFact<'touches'> = one('security', first(['security', 'security_concern']));
  if (touches.value === null) touches = one('data', first(['data_loss']));
  if (touches.value === null) touches = one('billing', first(['billing_error']));
  if (touches.value === null) touches = one('sign_in', first(SIGN_IN));
  if (touches.value === null) {
    const core = first(['business_blocked', 'business_partial']);
    if (core) touches = { value: BILLING_WORDS.test(core.quote) ? 'billing' : 'core_task', evidence: core };
  }

  return { kind, stopped, who, workaround, touches };
}

// "Other offices work": the rest still working is a partial failure, not a workaround (domain.md section 2).
const OTHERS_FINE = /\b(?:others?|the rest|everyone else|everybody else|everything else)\b/i;
const GROUPISH = /\b(?:team|department|group|role|contractors?|managers?|reps?|technicians?|drivers?|approvers?|dispatchers?|accounting|finance|sales|hr|design)\b/i;

/** The values alone, for the decision table. */
export function valuesOf(facts: ImpactFacts): FactValues {
  return { kind: facts.kind.value, stopped: facts.stopped.value, who: facts.who.value, workaround: facts.workaround.value, touches: facts.touches.value };
}
