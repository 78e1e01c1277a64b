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
});
export type HandoffSection = z.infer<typeof HandoffSection>;
