/**
 * A ticket's timers, derived (never counted): planTimers(case, policy, now) recomputes every
 * timer from the case log, the policy, the thread's message times and `now`. Nothing here
 * keeps state; the background re-plans on every wake and the sidebar on every tick.
 *
 * Timers (domain.md sections 2, 3, 6, 7)
 *   first_response   ticket created → the first public agent reply (every ticket with a level)
 *   stalled          ticket created → still in support after policy.stalled.openMinutes (not escalated)
 *   customer_update  after escalation, cadence from the latest of: the escalation, an
 *                    update_sent event (the agent's "Update sent", a public agent reply in the
 *                    thread the agent counted, or one counted by itself when the setting says
 *                    so); a reply alone is only offered as the update (timers-service.ts)
 *   check_in         after escalation, cadence from the escalation or the last check_in event
 *   acknowledgment   escalation → the receiving owner's acknowledgment event
 *   deadline         the ask's hard deadline (an instant)
 *
 * States
 *   running ──(dueSoonAt)──► due_soon ──(dueAt)──► overdue
 *      │  ▲ pause / resume (customer-facing timers only)        any ──(done)──► done
 *      ▼  │
 *    paused (no due time; remaining time frozen)
 *
 * Rules
 * - Targets come from the level in force (the triaged level, then escalation, override,
 *   level_change and deescalation events, and the confirmed impact facts' level unless an
 *   override stands). A level change keeps each timer's start and its
 *   pauses and measures the new target from that start: elapsed time is kept, so a target
 *   already passed under the new level is overdue at once.
 * - A level's clock (policy v2) decides whether its minutes and hours count calendar or
 *   business time; business_* units always count business time.
 * - pause ("waiting on the customer") stops first_response, stalled and customer_update until
 *   a resume event or the customer's next message in the thread; paused time does not count.
 * - snooze (the timer's id, `until`, a reason) moves the due time of the current cycle: a new
 *   cycle (update sent, check-in) clears it. Pauses after the snooze still extend it.
 * - De-escalation ends the escalation timers; closeout ends them all.
 * - Same inputs, same clocks: a teammate whose browser holds only the ticket's shared record
 *   line (CaseInput.shared) and the same thread times gets the same timers, because nothing
 *   else is read. Actions taken only in one browser (pause, snooze, update sent, a thread
 *   reply counted as the update, acknowledgment) are that browser's case log: a reply counts
 *   for the customer update only once it is logged as update_sent, so a teammate's browser
 *   offers it (or counts it by itself, with their setting on) rather than guessing.
 */
import type { DestinationId, Duration, Policy, Severity } from '../policy/schema';
import type { Ask, CaseEvent, EscalationEvent } from '../store/case-log';
import type { AuthorRole } from '../ticket/snapshot';
import { factsInForceNow } from '../triage/decide';
import { addDuration, calendarFor, type Calendar, type Clock, countsBusinessTime, MINUTE, NoBusinessHoursError } from './calendar';

export const TIMER_KINDS = ['first_response', 'customer_update', 'check_in', 'acknowledgment', 'deadline', 'stalled'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];
export type TimerState = 'running' | 'paused' | 'due_soon' | 'overdue' | 'done';

/** Amber: due within this much (business time on a business basis). */
export const DUE_SOON_MS = 30 * MINUTE;

export interface ThreadMessage {
  author: AuthorRole;
  /** Epoch ms. Messages without a readable time are left out. */
  at: number;
}

/** What the thread shows: the same for every agent who opens the ticket. */
export interface ThreadFacts {
  /** The ticket's created time (epoch ms); null to use the first message's time. */
  createdAt: number | null;
  messages: readonly ThreadMessage[];
}

/** The shared record line of an escalation note, as read back from the ticket. */
export interface SharedRecord {
  severity: Severity;
  destination: DestinationId;
  owner: string;
  ask: Ask;
  /** Epoch ms. */
  deadline: number;
  /** Epoch ms. */
  escalatedAt: number;
}

export interface CaseInput {
  ticketKey: string;
  /** The ticket's triaged level (before or without an escalation); null when unknown. */
  severity: Severity | null;
  thread: ThreadFacts;
  /** The ticket's case log, in any order. */
  events: readonly CaseEvent[];
  /** The escalation as the ticket records it; it stands in for this browser's escalation event. */
  shared?: SharedRecord | null;
}

export interface PlanOptions {
  dueSoonMs?: number;
}

export type TimerBasis = 'calendar' | 'business';

export interface Timer {
  /** "<ticketKey>:<kind>": what a snooze event names. */
  id: string;
  ticketKey: string;
  kind: TimerKind;
  state: TimerState;
  /** The level whose target applies; null for the deadline of a case without one. */
  severity: Severity | null;
  basis: TimerBasis;
  /** Calendar-clock levels (Critical by default) may notify outside business hours. */
  notifyOutsideHours: boolean;
  /** Start of the current cycle (epoch ms). */
  startedAt: number;
  /** Null while paused. */
  dueAt: number | null;
  /** When it turns due_soon; null while paused. */
  dueSoonAt: number | null;
  /** Working time left (negative: overdue by); frozen while paused; null when done or without business hours. */
  businessRemainingMs: number | null;
  /** Calendar time left (negative: overdue by); frozen while paused; null when done. */
  calendarRemainingMs: number | null;
  /** Set when done: when, why, and whether it was met in time. */
  done: { at: number; reason: 'met' | 'deescalated' | 'closed' | 'escalated'; onTime: boolean | null } | null;
  /** Paused since (epoch ms). */
  pausedSince: number | null;
  /** "Send the customer an update: due in 12 min". */
  action: string;
  /** The case-log events that shaped this timer, oldest first. */
  history: CaseEvent[];
  /** Set when the timer could not be counted as the policy asks (no business hours: calendar time used). */
  warning?: string;
}

export const ESCALATION_KINDS: readonly TimerKind[] = ['customer_update', 'check_in', 'acknowledgment', 'deadline'];
const PAUSABLE: ReadonlySet<TimerKind> = new Set(['first_response', 'stalled', 'customer_update']);

interface Pause {
  start: number;
  end: number | null;
}

interface Spec {
  kind: TimerKind;
  start: number;
  /** A policy target, or an instant (the deadline). */
  target: { duration: Duration } | { at: number };
  /** The level's clock; null when the case has no known level. */
  clock: Clock | null;
  severity: Severity | null;
  done: Timer['done'];
  /** Events before this are not this timer's history. */
  since: number;
  label: string;
}

const byTime = (a: { at: number; id?: number }, b: { at: number; id?: number }) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0);

/** The shared record as the escalation event it stands for. */
export function escalationFromShared(ticketKey: string, shared: SharedRecord): EscalationEvent {
  return {
    type: 'escalation',
    ticketKey,
    at: shared.escalatedAt,
    movement: 'escalation',
    severity: shared.severity,
    destination: shared.destination,
    owner: shared.owner,
    ask: shared.ask,
    deadline: shared.deadline,
    answers: {},
  };
}

/** Thread facts from a snapshot's messages (ISO times; customers' and agents' public messages only). */
export function threadFacts(createdAt: string | undefined, messages: readonly { author: AuthorRole; at?: string | undefined }[]): ThreadFacts {
  const parse = (text: string | undefined) => {
    const ms = text === undefined ? NaN : Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  };
  return {
    createdAt: parse(createdAt),
    messages: messages.flatMap((m) => {
      const at = parse(m.at);
      return at === null || m.author === 'internal' ? [] : [{ author: m.author, at }];
    }),
  };
}

export function planTimers(input: CaseInput, policy: Policy, now: number, options: PlanOptions = {}): Timer[] {
  const dueSoonMs = options.dueSoonMs ?? DUE_SOON_MS;
  const calendar = calendarFor(policy.businessHours);
  const levelOf = (severity: Severity | null) => (severity === null ? undefined : policy.levels.find((l) => l.level === severity));

  // The case log, with the shared record standing in for this browser's escalation events up to it.
  let events = [...input.events].sort(byTime);
  if (input.shared) {
    const shared = escalationFromShared(input.ticketKey, input.shared);
    events = [...events.filter((e) => !(e.type === 'escalation' && e.at <= shared.at)), shared].sort(byTime);
  }
  const messages = [...input.thread.messages].sort((a, b) => a.at - b.at);
  const createdAt = input.thread.createdAt ?? messages[0]?.at ?? null;

  const severityAt = (t: number): Severity | null => {
    let severity = input.severity;
    let overridden = false; // the agent's override wins over the facts they confirmed, as in the sidebar
    for (const e of events) {
      if (e.at > t) break;
      if (e.type === 'escalation' || e.type === 'level_change' || e.type === 'deescalation' || e.type === 'override') severity = e.severity;
      if (e.type === 'override') overridden = e.withdrawn !== true;
      if (e.type === 'facts' && !overridden) severity = factsInForceNow(e, policy).severity;
    }
    return severity;
  };

  const closeout = events.find((e) => e.type === 'closeout' && (createdAt === null || e.at >= createdAt)) ?? null;
  let escalation: EscalationEvent | null = null;
  for (const e of events) if (e.type === 'escalation') escalation = e;
  const escalationEnd = escalation
    ? events.find((e) => (e.type === 'deescalation' || e.type === 'closeout') && e.at >= escalation!.at) ?? null
    : null;

  const pauses: Pause[] = [];
  for (const e of events) {
    if (e.type !== 'pause') continue;
    const last = pauses[pauses.length - 1];
    if (last && (last.end === null || last.end > e.at)) continue; // already paused
    const resume = events.find((r) => r.type === 'resume' && r.at >= e.at)?.at ?? Infinity;
    const reply = messages.find((m) => m.author === 'customer' && m.at > e.at)?.at ?? Infinity;
    const close = closeout && closeout.at >= e.at ? closeout.at : Infinity;
    const end = Math.min(resume, reply, close);
    pauses.push({ start: e.at, end: end === Infinity ? null : end });
  }

  const specs: Spec[] = [];
  const ended = (at: number, reason: 'deescalated' | 'closed' | 'escalated'): Timer['done'] => ({ at, reason, onTime: null });

  // first response: every ticket with a level and a start.
  if (createdAt !== null) {
    const reply = messages.find((m) => m.author === 'agent' && m.at >= createdAt);
    const doneAt = reply?.at ?? closeout?.at ?? null;
    const severity = severityAt(Math.min(now, doneAt ?? now));
    const level = levelOf(severity);
    if (level) {
      specs.push({
        kind: 'first_response',
        start: createdAt,
        target: { duration: level.firstResponse },
        clock: level.clock,
        severity,
        done: reply && reply.at <= now ? { at: reply.at, reason: 'met', onTime: null } : closeout && closeout.at <= now ? ended(closeout.at, 'closed') : null,
        since: createdAt,
        label: 'Reply to the customer (first response)',
      });
    }
    // stalled: still in support past the threshold (ends when escalated or closed).
    const firstEscalation = events.find((e) => e.type === 'escalation');
    const stallEnd = [firstEscalation?.at, closeout?.at].filter((t): t is number => t !== undefined && t <= now).sort((a, b) => a - b)[0];
    const stallSeverity = severityAt(Math.min(now, stallEnd ?? now));
    const stallLevel = levelOf(stallSeverity);
    specs.push({
      kind: 'stalled',
      start: createdAt,
      target: { duration: { amount: policy.stalled.openMinutes, unit: 'minutes' } },
      clock: stallLevel?.clock ?? null,
      severity: stallSeverity,
      done: stallEnd === undefined ? null : ended(stallEnd, stallEnd === firstEscalation?.at ? 'escalated' : 'closed'),
      since: createdAt,
      label: 'Still in support: escalate it or move it on',
    });
  }

  if (escalation) {
    const e = escalation;
    const endAt = escalationEnd && escalationEnd.at <= now ? escalationEnd : null;
    const severity = severityAt(Math.min(now, endAt?.at ?? now));
    const level = levelOf(severity);
    const end = endAt ? ended(endAt.at, endAt.type === 'closeout' ? 'closed' : 'deescalated') : null;
    const after = (t: number) => (x: { at: number }) => x.at >= t && x.at <= (endAt?.at ?? now);
    const destination = policy.destinations.find((d) => d.id === e.destination)?.name ?? e.destination;
    if (level) {
      const lastUpdate = events.filter((x) => x.type === 'update_sent').filter(after(e.at)).pop()?.at ?? e.at;
      specs.push({
        kind: 'customer_update',
        start: Math.max(e.at, lastUpdate),
        target: { duration: level.customerUpdate },
        clock: level.clock,
        severity,
        done: end,
        since: e.at,
        label: 'Send the customer an update',
      });
      if (level.checkIn) {
        const lastCheckIn = events.filter((x) => x.type === 'check_in').filter(after(e.at)).pop()?.at ?? e.at;
        specs.push({
          kind: 'check_in',
          start: lastCheckIn,
          target: { duration: level.checkIn },
          clock: level.clock,
          severity,
          done: end,
          since: e.at,
          label: `Check in with ${destination}`,
        });
      }
      const ack = events.find((x) => x.type === 'acknowledgment' && x.at >= e.at && x.at <= now);
      specs.push({
        kind: 'acknowledgment',
        start: e.at,
        target: { duration: level.acknowledgment },
        clock: level.clock,
        severity,
        done: ack && (!endAt || ack.at <= endAt.at) ? { at: ack.at, reason: 'met', onTime: null } : end,
        since: e.at,
        label: `Get the handoff acknowledged by ${e.owner || 'the receiving owner'}`,
      });
    }
    specs.push({
      kind: 'deadline',
      start: e.at,
      target: { at: e.deadline },
      clock: level?.clock ?? null,
      severity,
      done: end,
      since: e.at,
      label: `Hard deadline of the ask (${e.ask.replace('_', ' ')})`,
    });
  }

  return specs.map((spec) => build(spec, input.ticketKey, events, pauses, calendar, now, dueSoonMs));
}

function build(spec: Spec, ticketKey: string, events: readonly CaseEvent[], pauses: readonly Pause[], calendar: Calendar, now: number, dueSoonMs: number): Timer {
  const id = `${ticketKey}:${spec.kind}`;
  const pausable = PAUSABLE.has(spec.kind);
  let warning: string | undefined;
  // A case with no known level counts on business time (a calendar clock is the policy's choice per level).
  const clock: Clock = spec.clock ?? 'business';
  const notifyOutsideHours = spec.clock === 'calendar';
  let basis: TimerBasis = 'duration' in spec.target && countsBusinessTime(spec.target.duration, clock) ? 'business' : 'calendar';
  let due: number;
  if ('at' in spec.target) due = spec.target.at;
  else if (basis === 'business' && !calendar.hasHours) {
    basis = 'calendar';
    warning = 'The policy has no business hours: counted in calendar time.';
    due = spec.start + fallbackMs(spec.target.duration);
  } else {
    try {
      due = addDuration(calendar, spec.start, spec.target.duration, clock);
    } catch (error) {
      if (!(error instanceof NoBusinessHoursError)) throw error;
      basis = 'calendar';
      warning = `${error.message}: counted in calendar time.`;
      due = spec.start + fallbackMs(spec.target.duration);
    }
  }
  const business = basis === 'business';
  const count = (a: number, b: number) => (business ? calendar.businessMsBetween(a, b) : b - a);
  const extend = (t: number, ms: number) => (business ? calendar.addBusinessMs(t, ms) : t + ms);

  const limit = spec.done?.at ?? now;
  const snooze = events.filter((e) => e.type === 'snooze' && e.timer === id && e.at >= spec.start && e.at <= limit).pop();
  let countFrom = spec.start;
  if (snooze && snooze.type === 'snooze') {
    due = snooze.until;
    countFrom = snooze.at;
  }

  let pausedSince: number | null = null;
  if (pausable) {
    for (const pause of pauses) {
      const start = Math.max(pause.start, countFrom);
      if (start > limit || (pause.end !== null && pause.end <= start)) continue;
      if (pause.end === null || pause.end > limit) {
        // Waiting on the customer now: frozen, even when already overdue.
        pausedSince = start;
        break;
      }
      // A pause that began once the timer was already due changes nothing: it was late before it.
      if (start < due) due = extend(due, count(start, pause.end));
    }
  }

  const dueSoonAt = Math.max(spec.start, business ? safe(() => calendar.subtractBusinessMs(due, dueSoonMs), due - dueSoonMs) : due - dueSoonMs);
  const done = spec.done ? { ...spec.done, onTime: spec.done.reason === 'met' ? spec.done.at <= due : null } : null;
  const at = pausedSince ?? now;
  let state: TimerState;
  if (done) state = 'done';
  else if (pausedSince !== null) state = 'paused';
  else if (now >= due) state = 'overdue';
  else if (now >= dueSoonAt) state = 'due_soon';
  else state = 'running';

  const businessRemainingMs = done || !calendar.hasHours ? null : safe(() => calendar.businessMsBetween(at, due), null);
  const calendarRemainingMs = done ? null : due - at;
  const remaining = business ? businessRemainingMs ?? calendarRemainingMs : calendarRemainingMs;

  return {
    id,
    ticketKey,
    kind: spec.kind,
    state,
    severity: spec.severity,
    basis,
    notifyOutsideHours,
    startedAt: spec.start,
    dueAt: pausedSince === null ? due : null,
    dueSoonAt: pausedSince === null ? dueSoonAt : null,
    businessRemainingMs,
    calendarRemainingMs,
    done,
    pausedSince,
    action: actionText(spec, state, remaining, business),
    history: events.filter((e) => e.at >= spec.since && e.at <= now && relevant(e, spec.kind, id)),
    ...(warning ? { warning } : {}),
  };
}

function safe<T>(f: () => number, fallback: T): number | T {
  try {
    return f();
  } catch (error) {
    if (error instanceof NoBusinessHoursError) return fallback;
    throw error;
  }
}

/** A business unit's length in calendar time, when there are no business hours to count it in. */
function fallbackMs(duration: Duration): number {
  const per = { minutes: MINUTE, hours: 60 * MINUTE, business_hours: 60 * MINUTE, business_days: 24 * 60 * MINUTE };
  return duration.amount * per[duration.unit];
}

function relevant(e: CaseEvent, kind: TimerKind, id: string): boolean {
  switch (e.type) {
    case 'escalation':
    case 'level_change':
    case 'deescalation':
    case 'closeout':
      return true;
    case 'override':
    case 'facts': // the confirmed facts' level: a level change for the ticket's own timers
      return kind === 'first_response' || kind === 'stalled';
    case 'snooze':
      return e.timer === id;
    case 'pause':
    case 'resume':
      return PAUSABLE.has(kind);
    case 'update_sent':
      return kind === 'customer_update';
    case 'check_in':
      return kind === 'check_in';
    case 'acknowledgment':
      return kind === 'acknowledgment';
    case 'handoff':
      return false;
  }
}

/** "3 h 05 min", "12 min", "2 d 4 h". Rounded up to the minute. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.ceil(Math.abs(ms) / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, '0')} min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

function actionText(spec: Spec, state: TimerState, remaining: number | null, business: boolean): string {
  const of = business ? ' of business time' : '';
  const verb = spec.kind === 'stalled' ? { due: 'stalled in', over: 'stalled for' } : spec.kind === 'deadline' ? { due: 'in', over: 'passed' } : { due: 'due in', over: 'overdue by' };
  if (state === 'done') return `${spec.label}: done`;
  if (remaining === null) return spec.label;
  if (state === 'paused') return `${spec.label}: paused, waiting on the customer (${formatSpan(remaining)}${of} left)`;
  if (state === 'overdue') return spec.kind === 'deadline' ? `${spec.label}: passed ${formatSpan(remaining)} ago` : `${spec.label}: ${verb.over} ${formatSpan(remaining)}${of}`;
  return `${spec.label}: ${verb.due} ${formatSpan(remaining)}${of}`;
}

