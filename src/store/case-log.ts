/**
 * The typed case log: what happened to a ticket, one record per event, oldest first by `at`.
 * Each kind carries its own fields (a discriminated union on `type`), so the review page,
 * the timers and the shared-record line read them without casts. Zod-free: types only.
 *
 * Kinds in use today: override. check_in, pause, resume and level_change were added for the
 * timers (src/timers/plan.ts reads the log). The others are the shape the coming features write
 * (handoff checklist, timers, case lifecycle); their fields are fixed here so a record
 * written by one version is read by the next without a migration.
 */
import type { DestinationId, Severity } from '../policy/primitives';
import type { FactId, FactValues } from '../policy/fact-names';

interface Base {
  id?: number;
  ticketKey: string;
  /** Epoch ms. */
  at: number;
  /** The agent's name from settings ("your name"), when known. */
  by?: string;
}

/** The agent chose another level or destination than the suggestion, with a reason. */
export interface OverrideEvent extends Base {
  type: 'override';
  severity: Severity;
  destination: DestinationId;
  reason: string;
  suggested: { severity: Severity; destination: DestinationId };
  /** The agent went back to the suggestion: this event withdraws the earlier override (severity and destination are the suggestion's). */
  withdrawn?: true;
}

export type Ask = 'investigate' | 'fix' | 'decide' | 'approve_exception';

/** The ticket went up a tier (escalation) or across to another team (transfer), domain.md section 3. */
export interface EscalationEvent extends Base {
  type: 'escalation';
  movement: 'escalation' | 'transfer';
  severity: Severity;
  destination: DestinationId;
  owner: string;
  ask: Ask;
  /** Epoch ms. */
  deadline: number;
  /** Checklist answers by field id. */
  answers: Record<string, string>;
  /** Set when the agent escalated with the checklist incomplete. */
  overrideReason?: string;
}

/** The handoff checklist was saved (a draft) or completed. */
export interface HandoffEvent extends Base {
  type: 'handoff';
  destination: DestinationId;
  answers: Record<string, string>;
  complete: boolean;
}

/** The receiving owner accepted the case. */
export interface AcknowledgmentEvent extends Base {
  type: 'acknowledgment';
  owner: string;
}

/** Support sent the customer an update (resets the customer-update cadence). */
export interface UpdateSentEvent extends Base {
  type: 'update_sent';
  /** agent: the "Update sent" button; thread: a public agent reply seen in the thread, counted. */
  source: 'agent' | 'thread';
  /** Counted by itself (the agent's setting "count a public reply as the update"), not by a click. */
  automatic?: true;
}

/** A timer was snoozed or rescheduled, with a reason. */
export interface SnoozeEvent extends Base {
  type: 'snooze';
  /** The timer's id (src/timers/plan.ts: "<ticketKey>:<kind>"). */
  timer: string;
  /** Epoch ms. */
  until: number;
  reason: string;
}

export interface DeescalationEvent extends Base {
  type: 'deescalation';
  severity: Severity;
  destination: DestinationId;
  reason: string;
}

export interface CloseoutEvent extends Base {
  type: 'closeout';
  cause: string;
  followUp?: { what: string; due: number };
}

/** Support checked in with the receiving team (resets the check-in cadence). */
export interface CheckInEvent extends Base {
  type: 'check_in';
  note?: string;
}

/** Waiting on the customer: the customer-facing timers stop counting until a resume or the customer's next message. */
export interface PauseEvent extends Base {
  type: 'pause';
  reason: string;
}

export interface ResumeEvent extends Base {
  type: 'resume';
}

/** The escalated case moved to another level: its timers are re-planned from their same starts (elapsed time kept). */
export interface LevelChangeEvent extends Base {
  type: 'level_change';
  severity: Severity;
  reason: string;
}

/**
 * The agent confirmed or changed impact facts (issue 11): the facts they set (all of them so
 * far, the newest event wins), what the engine had read, and the level and destination before
 * and after. The review reads over- and under-triggering from it (domain.md section 9).
 */
export interface FactsEvent extends Base {
  type: 'facts';
  /** The facts the agent confirmed or changed, by id (a fact left out: not touched). */
  values: { [F in FactId]?: NonNullable<FactValues[F]> };
  /** What the engine read (null: not stated). */
  read: FactValues;
  /** The engine's level and destination, and the table's for the facts in force. */
  suggested: { severity: Severity; destination: DestinationId };
  inForce: { severity: Severity; destination: DestinationId };
  /** The route rules the engine fired (since 2026-12-01): with them the level in force is worked out again under today's policy. */
  routes?: { id: string; label: string; destination: DestinationId; from?: readonly DestinationId[] }[];
}

export type CaseEvent =
  | OverrideEvent
  | EscalationEvent
  | HandoffEvent
  | AcknowledgmentEvent
  | UpdateSentEvent
  | SnoozeEvent
  | DeescalationEvent
  | CloseoutEvent
  | CheckInEvent
  | PauseEvent
  | ResumeEvent
  | LevelChangeEvent
  | FactsEvent;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
/** What a writer passes: the database assigns the id. */
export type NewCaseEvent = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'id'> : never) : never;
