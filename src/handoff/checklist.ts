/**
 * The handoff checklist for one destination, from the policy: the common facts every handoff
 * collects (domain.md section 4, last paragraph) with the route's own package, the ask, the
 * named owner and the hard deadline. Pure and zod-free (the sidebar imports it).
 *
 * Rules:
 * - A destination field with a common field's id replaces that field for this route (its
 *   label, why and required flag): Engineering's "full reproduction steps" are the common
 *   "steps", required there. The route's new fields come before the request fields
 *   (reason, ask, owner, deadline), so the form reads facts first, then the ask.
 * - A route that skips tiers (Security) still needs its own package, but the fields marked
 *   `tierOnly` (what support tried, expected vs actual, …) are asked, not required: a
 *   possible exposure is routed at once, not after the basic checks.
 * - "Keep in support" is not a handoff: no checklist.
 * - Answers are strings by field id; a datetime is ISO 8601 with its offset ("…Z", "+01:00").
 */
import type { DestinationId, Duration, Policy, Severity } from '../policy/schema';
import type { ChecklistField } from '../policy/schema';
import { addTarget } from './deadline';

export type ChecklistPolicy = Pick<Policy, 'levels' | 'destinations' | 'commonChecklist' | 'businessHours' | 'handoff'>;

export interface ChecklistItem {
  id: string;
  label: string;
  /** One line: why the receiver needs it. */
  why: string;
  required: boolean;
  kind: ChecklistField['kind'];
  options?: string[];
  help?: string;
  /** The prefill fact that proposes a value (src/handoff/prefill.ts). */
  prefill?: ChecklistField['prefill'];
  /** Where the field comes from: the common facts, or this route's package. */
  from: 'common' | 'destination';
  /** Required on tier-by-tier routes, only asked here because this route skips tiers. */
  relaxed?: true;
  /** A value the form starts with, editable: the route's usual ask, the default deadline (ISO). */
  suggested?: string;
}

export type Answers = Readonly<Record<string, string | undefined>>;

export type Problem = 'empty' | 'not one of the options' | 'not a date and time with its offset' | 'too long';

export interface MissingItem {
  id: string;
  label: string;
  why: string;
  problem: Problem;
}

export interface Progress {
  /** Required items answered validly. */
  done: number;
  /** Required items. */
  total: number;
  /** Required items still to fill, in form order, and invalid optional answers. */
  missing: MissingItem[];
}

export interface DeadlineDefault {
  /** ISO 8601, UTC. */
  at: string;
  basis: Policy['handoff']['deadlineFrom'];
  target: Duration;
}

const REQUEST_IDS = new Set(['reason', 'ask', 'owner', 'owner_role', 'deadline']);
export const MAX_ANSWER = { text: 1_000, longtext: 10_000, choice: 60, datetime: 40 } as const;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function checklistFor(policy: ChecklistPolicy, destination: DestinationId | string, level: Severity, options: { now?: number } = {}): ChecklistItem[] {
  if (destination === 'support') return [];
  const route = policy.destinations.find((d) => d.id === destination);
  const own = route?.checklist ?? [];
  const overrides = new Map(own.map((f) => [f.id, f]));
  const skipsTiers = route?.skipsTiers ?? false;

  const items: ChecklistItem[] = policy.commonChecklist.map((field) => {
    const override = overrides.get(field.id);
    if (override) return item(override, 'destination', false);
    return item(field, 'common', skipsTiers && field.required && !!field.tierOnly);
  });
  const added = own.filter((f) => !policy.commonChecklist.some((c) => c.id === f.id)).map((f) => item(f, 'destination', false));
  const at = items.findIndex((i) => REQUEST_IDS.has(i.id));
  items.splice(at < 0 ? items.length : at, 0, ...added);

  for (const i of items) {
    if (i.id === 'ask' && route?.ask) i.suggested = route.ask;
    if (i.id === 'deadline' && options.now !== undefined) {
      const deadline = defaultDeadline(policy, level, options.now);
      if (deadline) i.suggested = deadline.at;
    }
  }
  return items;
}

function item(field: ChecklistField, from: ChecklistItem['from'], relaxed: boolean): ChecklistItem {
  return {
    id: field.id,
    label: field.label,
    why: field.why,
    required: field.required && !relaxed,
    kind: field.kind,
    ...(field.options ? { options: [...field.options] } : {}),
    ...(field.help ? { help: field.help } : {}),
    ...(field.prefill ? { prefill: field.prefill } : {}),
    from,
    ...(relaxed ? { relaxed: true as const } : {}),
  };
}

/** The level's target (acknowledgment or first response, per the policy) from `now`, in business hours where the target is. */
export function defaultDeadline(policy: Pick<ChecklistPolicy, 'levels' | 'businessHours' | 'handoff'>, level: Severity, now: number): DeadlineDefault | null {
  const target = policy.levels.find((l) => l.level === level)?.[policy.handoff.deadlineFrom];
  if (!target || !Number.isFinite(now)) return null;
  return { at: new Date(addTarget(now, target, policy.businessHours)).toISOString(), basis: policy.handoff.deadlineFrom, target };
}

/** What is wrong with one answer, or null when it is acceptable (an empty optional answer is). */
export function answerProblem(item: Pick<ChecklistItem, 'kind' | 'options' | 'required'>, value: string | undefined): Problem | null {
  const v = value?.trim() ?? '';
  if (!v) return item.required ? 'empty' : null;
  if (v.length > MAX_ANSWER[item.kind]) return 'too long';
  if (item.kind === 'choice' && !(item.options ?? []).includes(v)) return 'not one of the options';
  if (item.kind === 'datetime' && (!ISO_WITH_OFFSET.test(v) || Number.isNaN(Date.parse(v)))) return 'not a date and time with its offset';
  return null;
}

export function progress(items: readonly ChecklistItem[], answers: Answers): Progress {
  let done = 0;
  let total = 0;
  const missing: MissingItem[] = [];
  for (const i of items) {
    const problem = answerProblem(i, Object.hasOwn(answers, i.id) ? answers[i.id] : undefined);
    if (i.required) total++;
    if (problem) missing.push({ id: i.id, label: i.label, why: i.why, problem });
    else if (i.required) done++;
  }
  return { done, total, missing };
}

export function isComplete(items: readonly ChecklistItem[], answers: Answers): boolean {
  return progress(items, answers).missing.length === 0;
}
