/**
 * Runtime validation of requests to the background: content scripts run inside hostile
 * pages, and nothing from them is trusted. Background only. The schemas are tied to the
 * message map's types at compile time (the assertions at the end), so the two cannot drift.
 */
import { z } from 'zod';
import { Ask, DestinationId, Severity, TriggerFamily } from '../policy/primitives';
import { TicketSnapshot } from '../ticket/snapshot';
import { FACT_VALUES } from '../policy/fact-names';
import type { CStoBG, PageToBG, RequestOf } from './protocol';

const key = z.string().min(1).max(400);
const none = z.object({}).strict() as unknown as z.ZodType<Record<string, never>>;
const tabId = z.number().int().nonnegative();
/** Checklist answers by field id: bounded in count and size (a longtext is at most 10 000 characters). */
const answers = z.record(z.string().min(1).max(60), z.string().max(10_000)).refine((a) => Object.keys(a).length <= 100, 'at most 100 answers');

const name = z.string().max(200);
const iso = z.string().max(40);
/** The case as the record line carries it (src/handoff/record-line.ts CaseRecord); the renderer checks its format again. */
const CaseRecord = z.object({
  ref: z.string().min(1).max(40),
  level: Severity,
  levelName: name,
  destination: z.enum(['l2', 'engineering', 'product', 'security', 'leadership']),
  destinationName: name,
  owner: name,
  ask: Ask,
  deadline: iso,
  escalatedAt: iso,
  escalatedBy: name,
  move: z.enum(['escalation', 'transfer']),
});
/** What the note reads of a fired rule (src/handoff/note.ts NoteRule). */
const NoteRule = z.object({
  id: z.string().max(100),
  effect: z.enum(['raise', 'lower', 'route', 'flag']),
  severity: Severity.optional(),
  trigger: TriggerFamily.optional(),
  evidence: z.array(z.object({ messageIndex: z.number().int().min(-2), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).max(50),
});

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
      withdrawn: z.literal(true).optional(),
    }),
  }),
  z.object({
    type: z.literal('ticket/facts'),
    payload: z.object({
      key,
      values: z.object({ kind: z.enum(FACT_VALUES.kind).optional(), stopped: z.enum(FACT_VALUES.stopped).optional(), who: z.enum(FACT_VALUES.who).optional(), workaround: z.enum(FACT_VALUES.workaround).optional(), touches: z.enum(FACT_VALUES.touches).optional() }).strict(),
      read: z.object({ kind: z.enum(FACT_VALUES.kind).nullable(), stopped: z.enum(FACT_VALUES.stopped).nullable(), who: z.enum(FACT_VALUES.who).nullable(), workaround: z.enum(FACT_VALUES.workaround).nullable(), touches: z.enum(FACT_VALUES.touches).nullable() }).strict(),
      suggested: z.object({ severity: Severity, destination: DestinationId }),
      inForce: z.object({ severity: Severity, destination: DestinationId }),
      routes: z.array(z.object({ id: z.string().max(200), label: z.string().max(500), destination: DestinationId, from: z.array(DestinationId).readonly().optional() })).max(50).optional(),
    }),
  }),
  z.object({ type: z.literal('ui/load'), payload: none }),
  z.object({ type: z.literal('tickets/known'), payload: z.object({ keys: z.array(key).max(500) }) }),
  z.object({ type: z.literal('handoff/policy'), payload: none }),
  z.object({
    type: z.literal('handoff/escalate'),
    payload: z.object({
      key,
      severity: Severity,
      destination: DestinationId,
      movement: z.enum(['escalation', 'transfer']),
      owner: z.string().max(200),
      ask: Ask,
      deadline: z.string().max(40).refine((d) => !Number.isNaN(Date.parse(d)), 'the deadline is not a date and time'),
      answers,
      by: z.string().max(100).optional(),
      overrideReason: z.string().trim().min(3, 'give a one-line reason').max(300).optional(),
    }),
  }),
  z.object({
    type: z.literal('handoff/render-note'),
    payload: z.object({
      snapshot: TicketSnapshot,
      levelName: name,
      destinationName: name,
      rules: z.array(NoteRule).max(100),
      timeZone: z.string().max(100).optional(),
      fields: answers.optional(),
      items: z.array(z.object({ id: z.string().max(60), label: z.string().max(200) })).max(100).optional(),
      record: CaseRecord.optional(),
      facts: z.array(z.object({ label: name, value: z.string().max(200), by: z.enum(['changed', 'confirmed', 'read']) })).max(10).optional(),
    }),
  }),
  z.object({ type: z.literal('draft/get'), payload: z.object({ key }) }),
  z.object({ type: z.literal('draft/save'), payload: z.object({ key, destination: DestinationId, answers, movement: z.enum(['escalation', 'transfer']).optional() }) }),
  z.object({ type: z.literal('draft/discard'), payload: z.object({ key }) }),
  z.object({ type: z.literal('case/timers'), payload: z.object({ key }) }),
  z.object({
    type: z.literal('case/timer-action'),
    payload: z.object({
      key,
      action: z.discriminatedUnion('type', [
        z.object({ type: z.literal('update_sent'), source: z.enum(['agent', 'thread']), at: z.number().int().nonnegative().optional(), automatic: z.literal(true).optional() }),
        z.object({ type: z.literal('snooze'), timer: z.string().min(1).max(460), minutes: z.number().int().min(1).max(30 * 24 * 60), reason: z.string().trim().min(3, 'give a one-line reason').max(300) }),
        z.object({ type: z.literal('pause'), reason: z.string().trim().min(1).max(300) }),
        z.object({ type: z.literal('resume') }),
      ]),
    }),
  }),
]);
export type CStoBGRequest = z.infer<typeof CStoBGRequest>;

export const PageToBGRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('policy/get'), payload: none }),
  z.object({ type: z.literal('policy/import'), payload: z.object({ text: z.string().max(2_000_000, 'a policy file is at most 2 MB') }) }),
  z.object({ type: z.literal('policy/reset'), payload: none }),
  z.object({ type: z.literal('policy/restore'), payload: z.object({ policy: z.unknown() }) }),
  z.object({ type: z.literal('sites/list'), payload: none }),
  z.object({ type: z.literal('sites/add'), payload: z.object({ address: z.string().max(2_000), mode: z.enum(['helpdesk', 'generic']) }) }),
  z.object({ type: z.literal('sites/remove'), payload: z.object({ origin: z.string().max(2_000) }) }),
  z.object({ type: z.literal('tabs/diagnose'), payload: none }),
  z.object({ type: z.literal('tab/diagnose'), payload: z.object({ tabId }) }),
  z.object({ type: z.literal('tab/read-generic'), payload: z.object({ tabId }) }),
  z.object({ type: z.literal('timers/due'), payload: none }),
]);
export type PageToBGRequest = z.infer<typeof PageToBGRequest>;

/** The types CStoBG / PageToBG declare, as envelopes. */
type Declared<Map> = { [K in keyof Map]: { type: K; payload: RequestOf<Map, K> } }[keyof Map];
/** Exact type equality (not mere assignability). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// If either line fails to compile, a message's schema and its declared type differ.
export const schemaMatchesCStoBG: Same<z.infer<typeof CStoBGRequest>, Declared<CStoBG>> = true;
export const schemaMatchesPageToBG: Same<z.infer<typeof PageToBGRequest>, Declared<PageToBG>> = true;
