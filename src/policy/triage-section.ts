/**
 * The triage part of the policy: which detected signal sets which level, route and trigger.
 * Signals (what the text says) are found by src/triage; rules (what that means for this team)
 * are data, so a team can disable a rule, move its level or add its own phrases.
 */
import { z } from 'zod';
import { DestinationId, Severity, TriggerFamily } from './primitives';

export const TriageRule = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  label: z.string().min(1).max(120),
  /** Signal id from src/triage/signals that fires this rule. */
  signal: z.string().min(1).max(60),
  /** raise: at least `severity`; lower: at most `severity`; route: only the destination; flag: neither. */
  effect: z.enum(['raise', 'lower', 'route', 'flag']),
  severity: Severity.optional(),
  destination: DestinationId.optional(),
  trigger: TriggerFamily.optional(),
  enabled: z.boolean(),
});
export type TriageRule = z.infer<typeof TriageRule>;

export const TriageSection = z.object({
  rules: z.array(TriageRule).min(1),
  /** Team phrases added to a signal, matched case-insensitively on word boundaries. */
  phrases: z.record(z.string(), z.array(z.string().min(2).max(200))),
});
export type TriageSection = z.infer<typeof TriageSection>;
