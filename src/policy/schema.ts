/**
 * The team policy: every number and name the product uses, as one validated object.
 * Defaults come from shared domain.md (see ./defaults.ts); teams edit, import and export it.
 * Bump POLICY_SCHEMA_VERSION only together with a migration in ./migrate.ts (and its fixture).
 */
import { z } from 'zod';
import { HandoffSection } from './handoff-section';
import { TriageSection } from './triage-section';
import { DecisionTable } from './decision-table';
import { Ask, DestinationId, Duration, PrefillKey, Severity } from './primitives';

export const POLICY_SCHEMA_VERSION = 4;

export * from './primitives';
export { CUSTOMER_PLACEHOLDERS, GuardRoute, HandoffSection } from './handoff-section';
export type { CustomerPlaceholder } from './handoff-section';

export const Level = z.object({
  level: Severity,
  name: z.string().min(1).max(40),
  definition: z.string().max(1_000),
  firstResponse: Duration,
  /** How soon the receiving tier must accept the handoff. */
  acknowledgment: Duration,
  /** Check in with the receiving team; null = the team's choice, no timer. */
  checkIn: Duration.nullable(),
  customerUpdate: Duration,
  /**
   * How this level's plain minutes and hours are counted (v2): "calendar" runs round the
   * clock and may notify outside business hours (Critical by default); "business" counts
   * only the team's working time. business_hours / business_days always count working time.
   */
  clock: z.enum(['calendar', 'business']),
});
export type Level = z.infer<typeof Level>;

export const ChecklistField = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _'),
  label: z.string().min(1).max(120),
  help: z.string().max(500).optional(),
  /** One line shown beside the field: why the receiving team needs it. */
  why: z.string().min(1).max(200).regex(/^[^\n\r]*$/, 'one line'),
  kind: z.enum(['text', 'longtext', 'choice', 'datetime']),
  options: z.array(z.string().max(60)).optional(),
  required: z.boolean(),
  /** Needed for a tier-by-tier handoff only: on a route that skips tiers (Security) it is asked, not required. */
  tierOnly: z.boolean().optional(),
  /** Which fact from the ticket prefills it (src/handoff/prefill.ts). */
  prefill: PrefillKey.optional(),
});
export type ChecklistField = z.infer<typeof ChecklistField>;

export const Destination = z.object({
  id: DestinationId,
  name: z.string().min(1).max(60),
  receiver: z.string().max(200),
  when: z.string().max(500),
  /** Security routes from any tier at once. */
  skipsTiers: z.boolean(),
  /** The ask this route usually carries (the form preselects it). */
  ask: Ask.optional(),
  /** Fields this route needs on top of the common handoff fields; a field with a common field's id replaces it for this route. */
  checklist: z.array(ChecklistField),
});
export type Destination = z.infer<typeof Destination>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const BusinessHours = z.object({
  /** IANA zone, e.g. "America/Chicago". */
  timeZone: z.string().min(1).refine(isKnownTimeZone, 'unknown time zone'),
  week: z.record(z.enum(WEEKDAYS), z.array(z.object({ start: hhmm, end: hhmm }))),
  /** Whole days off, YYYY-MM-DD in the team's zone. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

export const Policy = z
  .object({
    schemaVersion: z.literal(POLICY_SCHEMA_VERSION),
    name: z.string().min(1).max(100),
    /** 4 levels (Critical/High/Medium/Low) or 3 (Critical/High/Low). */
    scale: z.union([z.literal(3), z.literal(4)]),
    levels: z.array(Level).min(3).max(4),
    destinations: z.array(Destination).min(1),
    /** Facts every handoff collects, whatever the route. */
    commonChecklist: z.array(ChecklistField),
    businessHours: BusinessHours,
    stalled: z.object({
      /** A ticket still in support past this many minutes is "stalled". */
      openMinutes: z.number().int().positive(),
    }),
    recurring: z.object({
      count: z.number().int().min(2),
      windowMinutes: z.number().int().positive(),
    }),
    accounts: z.object({
      highValuePlans: z.array(z.string().max(60)),
      highValueTags: z.array(z.string().max(60)),
      highValueOrgs: z.array(z.string().max(200)),
    }),
    triage: TriageSection,
    /** v4: the impact facts → level and destination (src/triage/decide.ts). */
    decisionTable: DecisionTable,
    handoff: HandoffSection,
  })
  .superRefine((policy, ctx) => {
    const levels = policy.levels.map((l) => l.level).sort();
    const want = policy.scale === 4 ? [1, 2, 3, 4] : [1, 2, 3];
    if (levels.join() !== want.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: `a ${policy.scale}-level scale needs levels ${want.join(', ')} exactly once each`,
      });
    }
    const ids = policy.destinations.map((d) => d.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['destinations'], message: 'each destination may appear once' });
    }
    policy.destinations.forEach((destination, d) => {
      const fieldIds = destination.checklist.map((f) => f.id);
      if (new Set(fieldIds).size !== fieldIds.length) ctx.addIssue({ code: 'custom', path: ['destinations', d, 'checklist'], message: 'each field id may appear once' });
    });
    policy.decisionTable.rows.forEach((row, i) => {
      if (!ids.includes(row.destination)) ctx.addIssue({ code: 'custom', path: ['decisionTable', 'rows', i, 'destination'], message: `"${row.destination}" is not one of this policy's destinations (${ids.join(', ')})` });
    });
    const commonIds = policy.commonChecklist.map((f) => f.id);
    if (new Set(commonIds).size !== commonIds.length) ctx.addIssue({ code: 'custom', path: ['commonChecklist'], message: 'each field id may appear once' });
    for (const id of ['owner', 'ask', 'deadline']) {
      if (!commonIds.includes(id)) ctx.addIssue({ code: 'custom', path: ['commonChecklist'], message: `needs the "${id}" field: every handoff has a named owner, an ask and a hard deadline` });
    }
    const fields = [
      ...policy.commonChecklist.map((field, i) => ({ field, path: ['commonChecklist', i] })),
      ...policy.destinations.flatMap((d, di) => d.checklist.map((field, i) => ({ field, path: ['destinations', di, 'checklist', i] }))),
    ];
    for (const { field, path } of fields) {
      if (field.kind === 'choice' && !field.options?.length) ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: 'a choice needs options' });
    }
  });
export type Policy = z.infer<typeof Policy>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
