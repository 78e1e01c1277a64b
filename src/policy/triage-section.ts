/**
 * The triage part of the policy: which detected signal sets which level, route and trigger.
 * Signals (what the text says) are found by src/triage; rules (what that means for this team)
 * are data, so a team can disable a rule, move its level or add its own phrases.
 */
import { z } from 'zod';
import { DestinationId, Severity, TriggerFamily } from './primitives';
import { SECOND_READING_ID } from '../triage/second-reading-id';

export const TriageRule = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  label: z.string().min(1).max(120),
  /** Signal id from src/triage/signals that fires this rule. */
  signal: z.string().min(1).max(60),
  /** raise: at least `severity`; lower: at most `severity`; route: only the destination; flag: neither. */
  effect: z.enum(['raise', 'lower', 'route', 'flag']),
  severity: Severity.optional(),
  /** raise only: raise by this many levels from the level other rules set (e.g. "several users → one level up"). */
  by: z.number().int().min(1).max(3).optional(),
  destination: DestinationId.optional(),
  trigger: TriggerFamily.optional(),
  /** The rule does not apply when any of these signals is present (e.g. a workaround does not lower an outage). */
  unless: z.array(z.string().min(1).max(60)).max(40).optional(),
  /** route only: applies only when the destination so far is one of these (e.g. stalled moves support → l2). */
  from: z.array(DestinationId).optional(),
  /** lower only: caps a level other rules raised, never names a level on its own when another lowering rule does. */
  onlyLowers: z.boolean().optional(),
  /** lower only: when it caps the level it also names the destination, even over a Sev 1/2 problem. */
  decides: z.boolean().optional(),
  enabled: z.boolean(),
});
export type TriageRule = z.infer<typeof TriageRule>;


export const TriageSection = z
  .object({
    /** Order matters: among route rules the first that applies wins; ties between raises go to the earlier rule. */
    rules: z.array(TriageRule).min(1),
    /** Team phrases added to a signal, matched case-insensitively on word boundaries. */
    phrases: z.record(z.string(), z.array(z.string().min(2).max(200))),
    /** The second reading may raise the rules' level one step (src/triage/second-reading.ts); absent = on. */
    secondReading: z.boolean().optional(),
  })
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      if (rule.id === SECOND_READING_ID) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${SECOND_READING_ID}" is the second reading's own id: name the rule otherwise` });
      seen.add(rule.id);
      if (rule.effect === 'raise' && rule.severity === undefined && rule.by === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', i], message: 'a raise rule needs a severity or "by"' });
      }
      if (rule.effect === 'lower' && rule.severity === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'severity'], message: 'a lower rule needs a severity' });
      }
      if (rule.effect === 'route' && rule.destination === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'destination'], message: 'a route rule needs a destination' });
      }
    });
  });
export type TriageSection = z.infer<typeof TriageSection>;
