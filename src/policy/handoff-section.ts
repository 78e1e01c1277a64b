/**
 * The handoff part of the policy: how the hard deadline defaults, and which values of the
 * helpdesk's own controls count as escalating ("this goes up or out"). Plain data, edited
 * in settings; the pure guard in src/handoff/guard.ts reads it.
 */
import { z } from 'zod';
import { DestinationId } from './primitives';

const value = z.string().min(1).max(100);

export const GuardRoute = z.object({
  /** Where a matching value sends the ticket ("support" is never a guarded destination). */
  destination: DestinationId,
  /** Group, department, mailbox, team or assignee names that mean this destination ("Tier 2", "Engineering"). */
  names: z.array(value).max(50),
  /** Tags that hand the ticket to this destination ("escalated_engineering"). */
  tags: z.array(value).max(50),
});
export type GuardRoute = z.infer<typeof GuardRoute>;

/** Placeholders a customer message may use: facts about the case meant for the customer, never checklist answers or notes. */
export const CUSTOMER_PLACEHOLDERS = [
  'customer_name',
  'issue',
  'impact',
  'team',
  'response_time',
  'update_interval',
  'case_ref',
  'owner_name',
  'owner_role',
  'owner_expertise',
  'owner_contact',
  'agent_name',
  'progress',
  'next_step',
  'next_update',
  'fixed',
  'done',
  'prevention',
] as const;
export type CustomerPlaceholder = (typeof CUSTOMER_PLACEHOLDERS)[number];

const template = z
  .string()
  .min(1)
  .max(4_000)
  .superRefine((text, ctx) => {
    for (const [, name] of text.matchAll(/\{([^{}]*)\}/g)) {
      if (!(CUSTOMER_PLACEHOLDERS as readonly string[]).includes(name!)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}} (use ${CUSTOMER_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})` });
    }
  });

export const HandoffSection = z.object({
  /** The level's target the hard deadline defaults to, counted from the moment the form opens. */
  deadlineFrom: z.enum(['acknowledgment', 'firstResponse']),
  guard: z.object({
    routes: z.array(GuardRoute).max(20),
    /** Priority values that escalate whatever the destination ("Urgent", "High"). */
    priorities: z.array(value).max(20),
    /** Words that make a status escalating ("escalated" matches "Escalated to L2"). */
    statuses: z.array(value).max(20),
    /** Tags that escalate without naming a destination ("escalated"). */
    tags: z.array(value).max(50),
  }),
  /** Messages to the customer (domain.md section 8), with {placeholders} filled from the case. A paragraph whose optional placeholder has no value is left out. */
  customerMessages: z.object({
    acknowledgment: template,
    progress: template,
    handoff: template,
    resolution: template,
  }),
});
export type HandoffSection = z.infer<typeof HandoffSection>;
