/**
 * The one message map between content scripts, extension pages and the background.
 * Names say direction: CStoBG requests come from content scripts, PageToBG requests from
 * the extension's own pages (popup, settings); both are answered by the background. BGtoCS
 * requests are answered by the content script of a tab. Every envelope says which kind of
 * sender it comes from, and the background refuses a type from the wrong kind (see
 * src/background/router.ts). Types only here (zod-free, safe for content scripts); the
 * background validates every request with ./protocol-schema.ts, which is tied to these
 * types at compile time.
 */
import type { CaseRecord } from '../handoff/record-line';
import type { NoteFact, RenderedNote, NoteRule } from '../handoff/note';
import type { Prefill } from '../handoff/prefill';
import type { Ask, DestinationId, Severity } from '../policy/primitives';
import type { Policy } from '../policy/schema';
import type { FactId, FactValues, TableRow } from '../policy/fact-names';
import type { AgentFacts, LevelChoice } from '../triage/decide';
import type { SiteSetting } from '../settings/registry';
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';
import type { Suggestion } from '../triage/types';
import type { TimerBasis, TimerKind, TimerState } from '../timers/plan';

/** What the sidebar needs to know of the policy to display and override. */
export interface PolicySummary {
  name: string;
  scale: 3 | 4;
  levels: { level: Severity; name: string }[];
  destinations: { id: DestinationId; name: string; skipsTiers?: boolean }[];
  /** The decision table (impact facts → level and destination): the content script decides the moment a fact changes. */
  decisionTable: { rows: TableRow[] };
  /** The five impact facts and their values, with the words the sidebar and the note use (src/policy/fact-names.ts). */
  facts: FactView[];
  /** The team's IANA time zone, for times shown to agents and in notes. */
  timeZone: string;
  /** "team", "default", or "default (the team policy is invalid: …)". */
  source: string;
}

/** One impact fact as the sidebar shows it: its label and its values' labels, in order. */
export interface FactView {
  id: FactId;
  label: string;
  values: { id: string; label: string }[];
}

export interface StoredOverride {
  severity: Severity;
  destination: DestinationId;
  reason: string;
  at: number;
}

export interface TriageReply {
  suggestion: Suggestion;
  policy: PolicySummary;
  /** The agent's stored override for this ticket, if any. */
  override: StoredOverride | null;
  /** The handoff facts found in the ticket (src/handoff/prefill.ts), extracted here so the sidebar bundle does not carry the extractors. */
  prefill: Prefill;
  /** The newest valid shared-record line in the ticket's internal notes (src/handoff/record-line.ts findRecord), or null. */
  sharedRecord: CaseRecord | null;
  /** This browser's own open escalation of the ticket from the case log (src/background/triage-service.ts openCase), or null. */
  localRecord: CaseRecord | null;
  /** The impact facts the agent confirmed or changed on this ticket ({} when none). */
  facts: AgentFacts;
  /** The level before any override for those facts: the engine's, or the decision table's once a fact was touched (src/triage/decide.ts chooseLevel). */
  choice: LevelChoice;
}

/** What the escalation note is made of (src/handoff/note.ts NoteInput, as it crosses the boundary). */
export interface NoteRequest {
  snapshot: TicketSnapshot;
  levelName: string;
  destinationName: string;
  rules: NoteRule[];
  timeZone?: string;
  fields?: Record<string, string>;
  items?: { id: string; label: string }[];
  record?: CaseRecord;
  facts?: NoteFact[];
}

/** What a ticket list shows for a ticket Tierline has seen. */
export interface KnownTicket {
  /** The level in force: the agent's override, else the suggestion. */
  severity: Severity;
  levelName: string;
  destination: DestinationId;
  /** Present when the level is the agent's own choice, not the suggestion. */
  overridden?: true;
  /** The escalated ticket's customer update owed (not done), for the list's timer badge. */
  update?: { state: 'running' | 'due_soon' | 'overdue' | 'paused'; dueAt: number | null; action: string };
}

/** One timer as the sidebar and the popup show it (src/timers/plan.ts Timer, without its history). */
export interface TimerView {
  id: string;
  kind: TimerKind;
  state: TimerState;
  basis: TimerBasis;
  /** Epoch ms; null while paused. */
  dueAt: number | null;
  businessRemainingMs: number | null;
  calendarRemainingMs: number | null;
  /** "Send the customer an update: due in 12 min". */
  action: string;
}

/** A ticket's timers now, on the background's clock (`now`: the sidebar ticks from it). */
export interface CaseTimers {
  now: number;
  timers: TimerView[];
  /** Waiting on the customer (a pause not yet resumed). */
  paused: boolean;
  /** A public agent reply seen in the thread after the last update the case log records: offer to count it. */
  replyOffer: { at: number } | null;
  /** The latest update was a thread reply counted by itself (the agent's setting): when that reply was sent. */
  autoCounted: number | null;
}

/** What the agent did about a ticket's timers (each a case-log event). */
export type TimerAction =
  | { type: 'update_sent'; source: 'agent' | 'thread'; at?: number; automatic?: true }
  | { type: 'snooze'; timer: string; minutes: number; reason: string }
  | { type: 'pause'; reason: string }
  | { type: 'resume' };

/** One entry of the popup's "what is due" (soonest first). */
export interface DueEntry {
  timerId: string;
  ticketKey: string;
  kind: TimerKind;
  state: TimerState;
  dueAt: number | null;
  action: string;
  subject: string;
  url: string;
}

type NoPayload = Record<string, never>;

/** The policy's parts the handoff needs: the checklist, the deadline's default, the guard's values, the customer messages. */
export type HandoffPolicy = Pick<Policy, 'levels' | 'destinations' | 'commonChecklist' | 'businessHours' | 'handoff'>;

/** The agent's edits to a ticket's handoff checklist, kept until escalation or "Discard draft". */
export interface HandoffDraft {
  destination: DestinationId;
  /** Only what the agent typed or changed, by field id (the prefill is read again from the ticket). */
  answers: Record<string, string>;
  /** Escalation or transfer, when the agent changed the proposal. */
  movement?: 'escalation' | 'transfer';
  savedAt: number;
}

/** An escalation, as the case log records it (src/store/case-log.ts EscalationEvent). */
export interface EscalationRequest {
  key: string;
  severity: Severity;
  destination: DestinationId;
  movement: 'escalation' | 'transfer';
  owner: string;
  ask: Ask;
  /** ISO 8601 with an offset. */
  deadline: string;
  answers: Record<string, string>;
  by?: string;
  /** Given when the agent escalated with the checklist incomplete. */
  overrideReason?: string;
}

export interface CStoBG {
  /** A ticket was read: triage it against the team policy and the recent history. */
  'ticket/triage': { request: { key: string; snapshot: TicketSnapshot }; response: TriageReply };
  /** The agent chose another level or destination, with a reason. */
  'ticket/override': {
    /** `withdrawn`: back to the suggestion (a case-log event of its own, the earlier choice kept). */
    request: { key: string; severity: Severity; destination: DestinationId; reason: string; suggested: { severity: Severity; destination: DestinationId }; withdrawn?: true };
    response: { saved: true };
  };
  /** The agent confirmed or changed impact facts: a `facts` case event (the values are all the agent's facts so far). */
  'ticket/facts': {
    request: { key: string; values: AgentFacts; read: FactValues; suggested: { severity: Severity; destination: DestinationId }; inForce: { severity: Severity; destination: DestinationId }; routes?: { id: string; label: string; destination: DestinationId; from?: readonly DestinationId[] }[] };
    response: { saved: true };
  };
  /** A ticket page was found: inject the sidebar UI (sidebar-ui.js) into the sender's frame. */
  'ui/load': { request: NoPayload; response: { loaded: true } };
  /** Ticket-list badges: what is known of these tickets (keys not seen before are absent). */
  'tickets/known': { request: { keys: string[] }; response: Record<string, KnownTicket> };
  /** The handoff's part of the policy in force (checklists, deadline default, guard values, customer messages). */
  'handoff/policy': { request: NoPayload; response: HandoffPolicy };
  /** The agent escalated (complete, or anyway with a reason): an `escalation` case event; answers when it was logged. */
  'handoff/escalate': { request: EscalationRequest; response: { saved: true; at: number } };
  /** The escalation note in the three formats, rendered here (the renderer stays out of the page); the page copies and inserts it. */
  'handoff/render-note': { request: NoteRequest; response: RenderedNote };
  /** The ticket's stored handoff draft, or null. */
  'draft/get': { request: { key: string }; response: HandoffDraft | null };
  /** Store the ticket's draft (the sidebar debounces). */
  'draft/save': { request: { key: string; destination: DestinationId; answers: Record<string, string>; movement?: 'escalation' | 'transfer' }; response: { saved: true } };
  'draft/discard': { request: { key: string }; response: { discarded: true } };
  /** The ticket's timers now (the sidebar's Timers panel). */
  'case/timers': { request: { key: string }; response: CaseTimers };
  /** Update sent, snooze with a reason, pause / resume: logged, then the timers re-planned. */
  'case/timer-action': { request: { key: string; action: TimerAction }; response: CaseTimers };
}

export type PolicyImportResult = { ok: true; name: string; warnings: string[] } | { ok: false; errors: string[] };

export interface PageToBG {
  /** The policy in force, whole (the settings page shows and exports it), and where it came from. */
  'policy/get': { request: NoPayload; response: { policy: Policy; source: string } };
  /** A policy file's text: migrated, validated, stored when valid; nothing changes when not. */
  'policy/import': { request: { text: string }; response: PolicyImportResult };
  /** Back to the defaults; answers the stored policy it removed, for undo. */
  'policy/reset': { request: NoPayload; response: { previous: unknown } };
  /** Undo of a reset: put that stored policy back (validated again). */
  'policy/restore': { request: { policy: unknown }; response: PolicyImportResult };
  'sites/list': { request: NoPayload; response: SiteSetting[] };
  /** The page asked the browser for the host permission in the click; the background stores and registers. */
  'sites/add': { request: { address: string; mode: SiteSetting['mode'] }; response: { ok: true; origin: string } | { ok: false; reason: string } };
  'sites/remove': { request: { origin: string }; response: { removed: true } };
  /** Every open tab where Tierline runs, diagnosed. */
  'tabs/diagnose': { request: NoPayload; response: PageReport[] };
  /** One tab (the popup's), diagnosed; null when Tierline is not running there. */
  'tab/diagnose': { request: { tabId: number }; response: PageReport | null };
  /** "Read this page": run the generic reader once on a tab the user chose (activeTab). */
  'tab/read-generic': { request: { tabId: number }; response: { ok: boolean } };
  /** Everything due across tickets, soonest first (the popup). */
  'timers/due': { request: NoPayload; response: { now: number; due: DueEntry[] } };
}

export type SenderKind = 'content' | 'page';

export interface PageReport {
  adapter: string | null;
  adapterName: string | null;
  isTicketPage: boolean;
  url: string;
  title: string;
  /** The selectors this kind of page (ticket or list) must have. */
  health: SelectorHealth[];
  /** The editor's selectors: found only while the reply/note editor is open. */
  composer: SelectorHealth[];
  problems: string[];
  snapshot: TicketSnapshot | null;
}

export interface BGtoCS {
  'sidebar/toggle': { request: NoPayload; response: { collapsed: boolean } };
  /** The popup's "diagnose this page": every selector with found / not found. */
  'page/diagnose': { request: NoPayload; response: PageReport };
  /** Read this page with the generic reader (popup: "Read this page"). */
  'page/use-generic': { request: NoPayload; response: { ok: boolean } };
}

export type Envelope<Map, K extends keyof Map> = { type: K; from?: SenderKind; payload: RequestOf<Map, K> };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export type RequestOf<Map, K extends keyof Map> = Map[K] extends { request: infer R } ? R : never;
export type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;
