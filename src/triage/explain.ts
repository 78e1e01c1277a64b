/**
 * What a person reads: a one-line summary, a confidence, and — when the ticket stays in
 * support — why, and which basic checks remain (domain.md: "say which checks").
 */
import type { Policy } from '../policy/schema';
import type { DestinationId } from '../policy/primitives';
import type { Facts } from './signals';
import type { LevelDecision } from './severity';
import { clipWords } from './evidence';
import type { Evidence, FiredRule } from './types';
import { destinationName } from '../policy/names';

const SEVERE = new Set(['outage', 'data-loss', 'security', 'login-widespread', 'business-blocked', 'several-high-value']);

export function confidenceOf(decision: LevelDecision, facts: Facts): number {
  const raises = decision.fired.filter((f) => f.effect === 'raise');
  if (decision.fired.length === 0) return 0.3;
  let c = 0.55;
  const decisive = raises.filter((f) => f.severity === decision.raisedTo);
  const quotes = new Set(decisive.flatMap((f) => f.evidence.map((e) => e.quote.toLowerCase())));
  c += Math.min(0.2, 0.07 * quotes.size);
  if (raises.some((f) => SEVERE.has(f.id))) c += 0.1;
  // Raised and lowered at once: two readings compete.
  if (decision.lowered.length && decision.raisedTo !== null && decision.raisedTo <= 2) c -= 0.2;
  if (decision.decidedBy?.id === 'bug') c -= 0.1;
  if (facts.superseded.length) c -= 0.05;
  if (facts.breadth !== 0) c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.97, c)) * 100) / 100;
}

export function checksFor(signals: Map<string, Evidence[]>, facts: Facts): string[] {
  const checks: string[] = [];
  const has = (s: string) => signals.has(s);
  if (facts.breadth === 0 || facts.breadth === 1) checks.push('Confirm scope: one user or many');
  if (has('login_failure')) checks.push('Try a password reset and another browser or incognito window', 'Check recent changes: SSO, network rules, permissions');
  if (has('bug') || has('performance') || has('blocked')) {
    checks.push('Check the status page', 'Ask for the exact error text, a screenshot and the time it happened', 'Try to reproduce in a test account');
  }
  if (has('performance')) checks.push('Ask for browser, network and the slow page');
  if (has('setup_question') || has('setup')) checks.push('Review their configuration against the setup guide');
  if (has('how_to')) checks.push('Answer with the help-centre article');
  if (has('cosmetic')) checks.push('Collect a screenshot, browser and screen size');
  if (has('workaround')) checks.push('Confirm the workaround fully unblocks them');
  if (has('resolved')) checks.push('Confirm recovery with the customer and record the cause');
  if (checks.length === 0) checks.push('Ask what they expected and what happened instead');
  return [...new Set(checks)].slice(0, 6);
}

export function keepInSupportOf(destination: DestinationId, decision: LevelDecision, facts: Facts): { reasons: string[]; checks: string[] } | null {
  if (destination !== 'support') return null;
  const reasons: string[] = [];
  for (const f of decision.fired) {
    if (f.effect === 'lower' || (f.effect === 'raise' && f.destination === 'support')) reasons.push(f.label);
  }
  if (reasons.length === 0) reasons.push('No escalation trigger found: no outage, data, security, blocked-task or account-stakes signal');
  return { reasons: [...new Set(reasons)], checks: checksFor(facts.signals, facts) };
}

function quoteOf(rule: FiredRule | undefined): string {
  const q = rule?.evidence[0]?.quote;
  if (!q) return '';
  return ` ("${clipWords(q, 60)}")`;
}

export function summaryOf(policy: Policy, levelName: string, destination: DestinationId, decision: LevelDecision, emotion: boolean): string {
  const destName = destinationName(policy, destination);
  const decisive = decision.fired.find((f) => f.id === decision.decidedBy?.id);
  const why = decisive ? `${decisive.effect === 'lower' ? 'lowered by' : 'raised by'}: ${decisive.label.toLowerCase()}${quoteOf(decisive)}` : 'no escalation trigger';
  const lowered = decision.lowered.length && decisive?.effect !== 'lower' ? `; lowered by ${decision.lowered.map((l) => l.label.toLowerCase()).join(', ')}` : '';
  const route = decision.fired.find((f) => f.effect === 'route' && f.destination === destination && f.id !== decisive?.id);
  const routed = route ? `; routed by ${route.label.toLowerCase()}` : '';
  const flag = emotion ? '; emotion flagged (level unchanged)' : '';
  return `${levelName} → ${destName}, ${why}${lowered}${routed}${flag}`;
}
