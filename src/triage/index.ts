/**
 * The triage engine: ticket + policy + context → Suggestion. Pure: no clock (ctx.now), no
 * browser API, no zod at runtime. Never throws on odd input: a broken ticket gets a Low,
 * keep-in-support suggestion that says it could not read the ticket.
 */
import type { Policy } from '../policy/schema';
import { compile } from './compile';
import { accountInfo, derive, duration, fieldEvidence, sentenceAround } from './derive';
import { readableEvidence, withReadableEvidence } from './evidence';
import { confidenceOf, keepInSupportOf, summaryOf } from './explain';
import { recurringMatches, symptomOf } from './patterns';
import { decideDestination } from './routing';
import { decideLevel, toScale, type LevelDecision } from './severity';
import { detect } from './signals';
import { readFacts, type ImpactFacts } from './facts';
import type { RouteOnTop } from './decide';
import type { Evidence, FiredRule, Suggestion, TriageContext, TriageInput } from './types';
import type { TriggerFamily } from '../policy/primitives';
import type { FactId } from '../policy/fact-names';
import { destinationName, levelName as levelNameOf } from '../policy/names';
import { SECOND_READING_ID } from './second-reading-id';
import { read, wordEvidence, type SecondReading, type SecondReadingModel } from './second-reading';
import model from './second-reading-model.json';

const SECOND_READING = model as SecondReadingModel;
export { SECOND_READING_ID };

export type * from './types';

const GENERIC_PROBLEM = /\b(?:issue|problem|trouble|not sure what happened|weird|something(?:'s| is) off)\b/;

export function suggest(input: TriageInput, policy: Policy, ctx: TriageContext): Suggestion {
  try {
    return run(input, policy, ctx);
  } catch (error) {
    // Last line of defence: the sidebar must always get an answer.
    return fallback(policy, (error as Error)?.message ?? 'unknown error');
  }
}

function run(input: TriageInput, policy: Policy, ctx: TriageContext): Suggestion {
  const compiled = compile(policy);
  const facts = detect(input ?? { messages: [] }, compiled);
  const account = accountInfo(input ?? { messages: [] }, compiled);
  derive(facts, input, policy, account);

  // Recurring pattern: the symptom before the recurring rule, so it does not feed itself.
  const symptom = symptomOf(facts.signals, (ev) => sentenceAround(facts, ev), typeof input?.subject === 'string' ? input.subject.slice(0, 300) : '');
  const related = recurringMatches(symptom, ctx.history, policy, ctx.now, ctx.selfKey) ?? [];
  if (symptom && related.length + 1 >= policy.recurring.count) {
    const within = duration(policy.recurring.windowMinutes);
    facts.signals.set('recurring', [fieldEvidence('history', `${related.length + 1} tickets with the same symptom (${symptom.replace(':', ', ')}) within ${within}`)]);
  }

  const decision = decideLevel(policy, facts.signals, () => GENERIC_PROBLEM.test(facts.activeText.slice(0, 20_000)));
  const second = policy.triage.secondReading === false ? null : read(SECOND_READING, input, { level: decision.level, rules: withSignals(policy, decision.fired) });
  const destination = raisedOutOfSupport(policy, decideDestination(policy, decision), decision.level, second);
  const rulesSeverity = toScale(decision.level, policy.scale);
  const severity = second ? toScale(second.level, policy.scale) : rulesSeverity;
  const levelName = levelNameOf(policy, severity);

  // Rule levels on the team's scale; the recurring rule names the other tickets.
  const recurringIds = new Set(policy.triage.rules.filter((r) => r.signal === 'recurring').map((r) => r.id));
  const rules: FiredRule[] = withReadableEvidence(decision.fired, facts.texts).map((f) => {
    const out: FiredRule = f.severity !== undefined ? { ...f, severity: toScale(f.severity, policy.scale) } : { ...f };
    if (recurringIds.has(f.id)) out.related = related;
    return out;
  });

  if (second && severity !== rulesSeverity) rules.push(secondReadingRule(input, second, severity, rulesSeverity, levelNameOf(policy, rulesSeverity)));

  const impact = readableFacts(readFacts(facts, decision), facts.texts);
  const emotionFlag = rules.some((f) => f.effect === 'flag');
  const triggers = [...new Set(rules.filter((f) => f.effect !== 'lower' && f.trigger).map((f) => f.trigger as TriggerFamily))];
  // A high-value account with a problem always carries the business-stakes trigger (domain.md section 2).
  if (account.highValue && !triggers.includes('business') && severity <= 3) triggers.push('business');

  return {
    severity,
    levelName,
    destination,
    emotionFlag,
    triggers,
    rules,
    keepInSupport: keepInSupportOf(destination, decision, facts),
    // Two readings that differ: less clear-cut than either alone.
    confidence: severity === rulesSeverity ? confidenceOf(decision, facts) : Math.max(0.05, Math.round((confidenceOf(decision, facts) - 0.1) * 100) / 100),
    summary: severity === rulesSeverity ? summaryOf(policy, levelName, destination, decision, emotionFlag) : secondSummary(policy, levelName, destination, rules.at(-1) as FiredRule, levelNameOf(policy, rulesSeverity), emotionFlag),
    symptom,
    facts: impact,
    routes: routesOf(policy, decision.applicable),
    asks: severity === rulesSeverity && byDefault(decision) ? DECIDING.filter((id) => impact[id].value === null) : [],
  };
}

// The two facts that tell Sev 1 from Sev 4 on a failure nobody described (domain.md section 2).
const DECIDING: FactId[] = ['stopped', 'who'];

/** No rule set the level: nothing raised, nothing lowered, only routes and flags fired. */
function byDefault(decision: LevelDecision): boolean {
  return decision.raisedTo === null && decision.decidedBy === null && decision.fired.every((f) => f.effect === 'route' || f.effect === 'flag');
}

/**
 * The second reading raised a ticket the rules kept in support to Sev 1 or 2: a serious problem
 * whose cause is still open goes to Support L2 first (domain.md section 4). On the read sets, 43
 * of 56 such tickets are labelled L2 and 6 support.
 */
function raisedOutOfSupport(policy: Policy, destination: Suggestion['destination'], rulesLevel: number, second: SecondReading | null): Suggestion['destination'] {
  if (!second || second.level >= rulesLevel || second.level > 2 || destination !== 'support') return destination;
  return policy.destinations.some((d) => d.id === 'l2') ? 'l2' : destination;
}

/** The fired rules with the signal each reads (the second reading leaves some signals out, whatever a team names the rule). */
function withSignals(policy: Policy, fired: readonly FiredRule[]): { id: string; effect: FiredRule['effect']; signal?: string }[] {
  const signals = new Map(policy.triage.rules.map((r) => [r.id, r.signal]));
  return fired.map((f) => {
    const signal = signals.get(f.id);
    return signal === undefined ? { id: f.id, effect: f.effect } : { id: f.id, effect: f.effect, signal };
  });
}

/** The second reading's move as a rule: the level it gives, and the words that pulled it there. */
function secondReadingRule(input: TriageInput, second: SecondReading, severity: Suggestion['severity'], rulesSeverity: Suggestion['severity'], rulesName: string): FiredRule {
  const move = severity < rulesSeverity ? `${rulesSeverity - severity === 1 ? 'one level' : 'two levels'} up` : 'one level down';
  return {
    id: SECOND_READING_ID,
    label: `Second reading of the words (${SECOND_READING.trained.toLocaleString('en-US')} labelled tickets): ${move} from the rules' ${rulesName}`,
    effect: severity < rulesSeverity ? 'raise' : 'lower',
    severity,
    evidence: wordEvidence(input, second.words),
  };
}

function secondSummary(policy: Policy, levelName: string, destination: Suggestion['destination'], rule: FiredRule, rulesName: string, emotion: boolean): string {
  const quotes = rule.evidence.map((e) => `"${e.quote}"`).join(', ');
  const flag = emotion ? '; emotion flagged (level unchanged)' : '';
  return `${levelName} → ${destinationName(policy, destination)}, second reading of the words (the rules alone: ${rulesName})${quotes ? `: ${quotes}` : ''}${flag}`;
}

function readableFacts(read: ImpactFacts, texts: Parameters<typeof readableEvidence>[1]): ImpactFacts {
  const out = { ...read } as Record<string, { value: unknown; evidence: Evidence | null }>;
  for (const [id, fact] of Object.entries(out)) if (fact.evidence) out[id] = { ...fact, evidence: readableEvidence([fact.evidence], texts)[0] ?? fact.evidence };
  return out as unknown as ImpactFacts;
}

function routesOf(policy: Policy, applicable: LevelDecision['applicable']): RouteOnTop[] {
  const skipping = new Set(policy.destinations.filter((d) => d.skipsTiers).map((d) => d.id));
  const out: RouteOnTop[] = [];
  for (const rule of applicable) {
    if (rule.effect !== 'route' || !rule.destination || skipping.has(rule.destination)) continue;
    out.push(rule.from ? { id: rule.id, label: rule.label, destination: rule.destination, from: rule.from } : { id: rule.id, label: rule.label, destination: rule.destination });
  }
  return out;
}

const NONE = { value: null, evidence: null };

function fallback(policy: Policy, reason: string): Suggestion {
  const severity = toScale(3, policy?.scale === 3 ? 3 : 4);
  return {
    severity,
    levelName: policy?.levels?.find((l) => l.level === severity)?.name ?? 'Medium',
    destination: 'support',
    emotionFlag: false,
    triggers: [],
    rules: [],
    keepInSupport: { reasons: [`Could not read the ticket (${reason.slice(0, 120)}); triage by hand`], checks: ['Read the ticket and confirm scope: one user or many'] },
    confidence: 0,
    summary: 'Could not read the ticket; triage by hand',
    symptom: null,
    facts: { kind: NONE, stopped: NONE, who: NONE, workaround: NONE, touches: NONE },
    routes: [],
    asks: [...DECIDING],
  };
}
