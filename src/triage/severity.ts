/**
 * Policy rules applied to the facts: which rules fire, the level they set, and which rule
 * decided it. Raises take the most severe; relative raises (`by`) add on top; lowers cap.
 * The engine never lets emotion move the level: flag rules only flag.
 */
import type { TriageRule } from '../policy/triage-section';
import type { Policy } from '../policy/schema';
import type { Severity } from '../policy/primitives';
import type { Evidence, FiredRule } from './types';

export interface LevelDecision {
  /** On the 4-level scale. */
  level: Severity;
  /** The rule whose destination the level implies (null: nothing decided). */
  decidedBy: TriageRule | null;
  /** Level before lowering, for the explanation. */
  raisedTo: Severity | null;
  fired: FiredRule[];
  lowered: FiredRule[];
  applicable: TriageRule[];
}

export function applicableRules(policy: Policy, signals: Map<string, Evidence[]>): TriageRule[] {
  return policy.triage.rules.filter((r) => r.enabled && signals.has(r.signal) && !(r.unless ?? []).some((u) => signals.has(u)));
}

export function toFired(rule: TriageRule, evidence: Evidence[], effect: FiredRule['effect'] = rule.effect): FiredRule {
  const fired: FiredRule = { id: rule.id, label: rule.label, effect, evidence };
  if (rule.severity !== undefined) fired.severity = rule.severity;
  if (rule.destination !== undefined) fired.destination = rule.destination;
  if (rule.trigger !== undefined) fired.trigger = rule.trigger;
  return fired;
}

const clampLevel = (n: number): Severity => (n <= 1 ? 1 : n >= 4 ? 4 : (Math.round(n) as Severity));

export function decideLevel(policy: Policy, signals: Map<string, Evidence[]>, hasGenericProblem: () => boolean): LevelDecision {
  const applicable = applicableRules(policy, signals);
  const fired: FiredRule[] = [];
  const lowered: FiredRule[] = [];
  let level: number | null = null;
  let decidedBy: TriageRule | null = null;

  for (const rule of applicable) {
    if (rule.effect !== 'raise' || rule.by !== undefined || rule.severity === undefined) continue;
    fired.push(toFired(rule, signals.get(rule.signal) ?? []));
    if (level === null || rule.severity < level) {
      level = rule.severity;
      decidedBy = rule;
    }
  }
  for (const rule of applicable) {
    if (rule.effect !== 'raise' || rule.by === undefined) continue;
    fired.push(toFired(rule, signals.get(rule.signal) ?? []));
    if (level === null) continue; // nothing to raise from
    const next = Math.max(1, level - rule.by);
    if (next < level) {
      level = next;
      if (rule.destination) decidedBy = rule;
    }
  }
  const raisedTo = level === null ? null : clampLevel(level);

  const caps = applicable.filter((r) => r.effect === 'lower' && r.severity !== undefined);
  if (level === null) {
    // Nothing raised: the most severe lowering rule names the level (uncertainty → higher).
    let best: TriageRule | null = null;
    const naming = caps.some((c) => !c.onlyLowers) ? caps.filter((c) => !c.onlyLowers) : caps;
    for (const cap of naming) if (!best || (cap.severity as number) < (best.severity as number)) best = cap;
    for (const cap of caps) fired.push(toFired(cap, signals.get(cap.signal) ?? []));
    if (best) {
      level = best.severity as number;
      decidedBy = best;
    } else {
      level = hasGenericProblem() ? 3 : 4;
    }
  } else {
    let binding: TriageRule | null = null;
    for (const cap of caps) {
      const f = toFired(cap, signals.get(cap.signal) ?? []);
      fired.push(f);
      const sev = cap.severity as number;
      if (sev > level) lowered.push(f);
      if (sev >= level && (!binding || sev > (binding.severity as number))) binding = cap;
    }
    const capLevel = binding ? (binding.severity as number) : level;
    // A cap names the destination only when it did not override a Sev 1/2 problem:
    // a customer's own workaround lowers the level, the defect still goes where it was going.
    if (binding && binding.destination && ((raisedTo as number) >= 3 || binding.decides)) decidedBy = binding;
    level = Math.max(level, capLevel);
  }

  for (const rule of applicable) {
    if (rule.effect === 'route' || rule.effect === 'flag') fired.push(toFired(rule, signals.get(rule.signal) ?? []));
  }
  return { level: clampLevel(level), decidedBy, raisedTo, fired, lowered, applicable };
}

/** 3-level teams: Critical and High stay, Medium and Low become Low (domain.md decision tree). */
export function toScale(level: Severity, scale: 3 | 4): Severity {
  if (scale === 4) return level;
  return level >= 3 ? 3 : level;
}
