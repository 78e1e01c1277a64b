/** Small policy vocabulary shared by the policy schema and its triage section. */
import { z } from 'zod';

export const DESTINATION_IDS = ['support', 'l2', 'engineering', 'product', 'security', 'leadership'] as const;
export const DestinationId = z.enum(DESTINATION_IDS);
export type DestinationId = z.infer<typeof DestinationId>;

export const TRIGGER_FAMILIES = ['technical', 'diagnostic', 'widespread', 'business', 'stalled', 'recurring'] as const;
export const TriggerFamily = z.enum(TRIGGER_FAMILIES);
export type TriggerFamily = z.infer<typeof TriggerFamily>;

export const Severity = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Severity = z.infer<typeof Severity>;

export const Duration = z.object({
  amount: z.number().positive(),
  unit: z.enum(['minutes', 'hours', 'business_hours', 'business_days']),
});
export type Duration = z.infer<typeof Duration>;


/** What the receiver is asked to do (domain.md section 4). */
export const ASKS = ['investigate', 'fix', 'decide', 'approve exception'] as const;
export const Ask = z.enum(ASKS);
export type Ask = z.infer<typeof Ask>;

/** Facts the handoff prefill finds in a ticket (src/handoff/prefill.ts), by key. */
export const PREFILL_KEYS = ['requester', 'organisation', 'plan', 'ticket', 'scope', 'started', 'errors', 'environment', 'steps', 'tried', 'commitments', 'lastUpdate', 'severity'] as const;
export const PrefillKey = z.enum(PREFILL_KEYS);
export type PrefillKey = z.infer<typeof PrefillKey>;
