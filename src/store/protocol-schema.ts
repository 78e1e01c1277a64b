/** Runtime validation of CS→BG requests: content scripts run inside hostile pages. Background only. */
import { z } from 'zod';
import { DestinationId, Severity } from '../policy/primitives';
import { TicketSnapshot } from '../ticket/snapshot';

const key = z.string().min(1).max(400);

export const CStoBGRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ticket/triage'), payload: z.object({ key, snapshot: TicketSnapshot }) }),
  z.object({
    type: z.literal('ticket/override'),
    payload: z.object({
      key,
      severity: Severity,
      destination: DestinationId,
      reason: z.string().trim().min(3, 'give a one-line reason').max(300),
      suggested: z.object({ severity: Severity, destination: DestinationId }),
    }),
  }),
  z.object({ type: z.literal('ui/load'), payload: z.object({}).strict() }),
  z.object({ type: z.literal('tickets/known'), payload: z.object({ keys: z.array(key).max(500) }) }),
]);
export type CStoBGRequest = z.infer<typeof CStoBGRequest>;
