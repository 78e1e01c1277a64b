/**
 * The background's timers: every ticket's timers planned from the database (thread facts, the
 * case log, the policy) and `now`, summarized into the one alarm, the toolbar badge and the
 * notifications. Nothing is kept between calls: a worker that stopped and woke recomputes
 * the same picture from the same records.
 *
 *   change (triage, case event, startup, install, alarm) ──► refreshTimers
 *      plan every active ticket ──► summarize ──► effects: one alarm at nextAlarmAt,
 *      badge text/colour/title, notifications not shown before (their keys stored)
 *
 * Which tickets: every escalated ticket not yet ended, and every ticket read in the last
 * ACTIVE_WINDOW_MS (their first response and stalled timers); older unescalated tickets are
 * left alone so a long-forgotten ticket does not ring for ever. The browser side (chrome.alarms,
 * chrome.action, chrome.notifications) is passed in as `effects`, so this runs in Node tests.
 */
import Dexie from 'dexie';
import { findRecord } from '../handoff/record-line';
import type { Ask, NewCaseEvent } from '../store/case-log';
import type { CaseTimers, DueEntry, KnownTicket, TimerAction, TimerView } from '../store/protocol';
import type { ThreadRecord, TierlineDb } from '../store/db';
import type { TicketSnapshot } from '../ticket/snapshot';
import { caseLog, latestEvents, logEvent } from '../store/tickets';
import { calendarFor } from '../timers/calendar';
import { summarize, type Badge, type DueNotification, type DueSummary } from '../timers/due';
import { planTimers, threadFacts, type CaseInput, type SharedRecord, type Timer } from '../timers/plan';
import type { ServiceDeps } from './triage-service';

export const ACTIVE_WINDOW_MS = 14 * 24 * 3_600_000;
/** Shown-notification keys older than this are forgotten (their timers are long past). */
const NOTIFIED_TTL_MS = 60 * 24 * 3_600_000;

export interface TicketLink {
  ticketKey: string;
  subject: string;
  url: string;
}

export interface TimerEffects {
  /** Arm the one alarm at `when` (epoch ms, on this clock), or clear it (null). */
  alarm(when: number | null): Promise<void>;
  badge(badge: Badge): Promise<void>;
  notify(notification: DueNotification, ticket: TicketLink | null): Promise<void>;
}

/** The thread facts of a snapshot, and its shared-record line, as stored per ticket. */
export function threadRecord(key: string, snapshot: TicketSnapshot, now: number): ThreadRecord {
  const facts = threadFacts(snapshot.createdAt, snapshot.messages);
  return { key, createdAt: facts.createdAt, messages: [...facts.messages], shared: sharedFrom(snapshot), readAt: now };
}

function sharedFrom(snapshot: TicketSnapshot): SharedRecord | null {
  const found = findRecord(snapshot);
  if (!found) return null;
  const { record } = found;
  const deadline = Date.parse(record.deadline);
  const escalatedAt = Date.parse(record.escalatedAt);
  if (!Number.isFinite(deadline) || !Number.isFinite(escalatedAt)) return null;
  return { severity: record.level, destination: record.destination, owner: record.owner, ask: record.ask.replace(' ', '_') as Ask, deadline, escalatedAt };
}

export async function saveThread(db: TierlineDb, key: string, snapshot: TicketSnapshot, now: number): Promise<void> {
  await db.threads.put(threadRecord(key, snapshot, now));
}

/** One ticket's case, from the database. */
export async function loadCase(db: TierlineDb, key: string): Promise<CaseInput> {
  const [ticket, thread, events] = await Promise.all([db.tickets.get(key), db.threads.get(key), caseLog(db, key)]);
  return {
    ticketKey: key,
    severity: ticket?.severity ?? null,
    thread: { createdAt: thread?.createdAt ?? null, messages: thread?.messages ?? [] },
    events,
    shared: thread?.shared ?? null,
  };
}

/** One ticket's timers now (the sidebar's panel). */
export async function ticketTimers(deps: ServiceDeps, key: string): Promise<{ now: number; timers: Timer[] }> {
  const [loaded, input] = await Promise.all([deps.policy(), loadCase(deps.db, key)]);
  const now = deps.now();
  return { now, timers: planTimers(input, loaded.policy, now) };
}

/** The tickets whose timers matter now: escalated ones, and the recently read. */
async function activeKeys(db: TierlineDb, now: number): Promise<string[]> {
  const keys = new Set<string>();
  await db.events
    .where('[type+at]')
    .between(['escalation', Dexie.minKey], ['escalation', Dexie.maxKey])
    .each((e) => void keys.add(e.ticketKey));
  await db.threads
    .where('readAt')
    .aboveOrEqual(now - ACTIVE_WINDOW_MS)
    .each((t) => void keys.add(t.key));
  const shared = await db.threads.filter((t) => t.shared !== null).primaryKeys();
  for (const key of shared) keys.add(key);
  return [...keys];
}

export interface Recomputed {
  now: number;
  summary: DueSummary;
  tickets: Map<string, TicketLink>;
  /** Timers not done, by ticket. */
  byTicket: Map<string, Timer[]>;
}

/** Plan every active ticket and summarize (no side effects but reading). */
export async function recompute(deps: ServiceDeps): Promise<Recomputed> {
  const loaded = await deps.policy();
  const now = deps.now();
  const keys = await activeKeys(deps.db, now);
  const [cases, rows, shown] = await Promise.all([
    Promise.all(keys.map((key) => loadCase(deps.db, key))),
    deps.db.tickets.bulkGet(keys),
    deps.db.notified.toCollection().primaryKeys(),
  ]);
  const all: Timer[] = [];
  const byTicket = new Map<string, Timer[]>();
  for (const input of cases) {
    const live = planTimers(input, loaded.policy, now).filter((t) => t.state !== 'done');
    if (!live.length) continue;
    byTicket.set(input.ticketKey, live);
    all.push(...live);
  }
  const tickets = new Map<string, TicketLink>();
  for (const row of rows) if (row) tickets.set(row.key, { ticketKey: row.key, subject: row.subject, url: row.url });
  const summary = summarize(all, calendarFor(loaded.policy.businessHours), now, new Set(shown));
  return { now, summary, tickets, byTicket };
}

/** Recompute, then arm the alarm, set the badge and show what has not been shown. */
export async function refreshTimers(deps: ServiceDeps, effects: TimerEffects): Promise<Recomputed> {
  const result = await recompute(deps);
  const { summary, now, tickets } = result;
  await effects.alarm(summary.nextAlarmAt);
  await effects.badge(summary.badge);
  for (const n of summary.notifications) {
    // Remembered first: a worker stopped mid-way never shows the same one twice.
    await deps.db.notified.put({ key: n.key, at: now });
    await effects.notify(n, tickets.get(n.ticketKey) ?? null).catch((error: unknown) => console.error('Tierline: notification failed', error));
  }
  await deps.db.notified.where('at').below(now - NOTIFIED_TTL_MS).delete();
  return result;
}

/** The ticket a notification is about, from its id (see notificationId). */
export function notificationId(n: DueNotification): string {
  return `tierline|${n.ticketKey}|${n.key}`;
}

export function ticketOfNotification(id: string): string | null {
  const [tag, ticketKey] = id.split('|');
  return tag === 'tierline' && ticketKey ? ticketKey : null;
}

const view = (t: Timer): TimerView => ({
  id: t.id,
  kind: t.kind,
  state: t.state,
  basis: t.basis,
  dueAt: t.dueAt,
  businessRemainingMs: t.businessRemainingMs,
  calendarRemainingMs: t.calendarRemainingMs,
  action: t.action,
});

/** The sidebar's picture of one ticket: its timers, paused or not, and a reply to offer as the update. */
export async function caseTimers(deps: ServiceDeps, key: string): Promise<CaseTimers> {
  const [loaded, input] = await Promise.all([deps.policy(), loadCase(deps.db, key)]);
  const now = deps.now();
  const timers = planTimers(input, loaded.policy, now);
  const update = timers.find((t) => t.kind === 'customer_update' && t.state !== 'done');
  let replyOffer: CaseTimers['replyOffer'] = null;
  let autoCounted: number | null = null;
  if (update) {
    const escalatedAt = Math.max(...input.events.filter((e) => e.type === 'escalation').map((e) => e.at), input.shared?.escalatedAt ?? -Infinity);
    const last = input.events.filter((e) => e.type === 'update_sent' && e.at >= escalatedAt).pop();
    if (last?.type === 'update_sent' && last.automatic) autoCounted = last.at;
    // The newest public agent reply after the cadence's last recorded reset (escalation or update_sent).
    const recorded = Math.max(...input.events.filter((e) => e.type === 'escalation' || e.type === 'update_sent').map((e) => e.at), input.shared?.escalatedAt ?? -Infinity);
    const reply = input.thread.messages.filter((m) => m.author === 'agent' && m.at > recorded && m.at <= now).pop();
    if (reply) replyOffer = { at: reply.at };
  }
  return { now, timers: timers.map(view), paused: timers.some((t) => t.state === 'paused'), replyOffer, autoCounted };
}

/** Log what the agent did about the timers; the caller re-arms the alarm. */
export async function timerAction(deps: ServiceDeps, key: string, action: TimerAction): Promise<CaseTimers> {
  const now = deps.now();
  let event: NewCaseEvent;
  switch (action.type) {
    case 'update_sent':
      event = { type: 'update_sent', ticketKey: key, at: Math.min(now, action.at ?? now), source: action.source, ...(action.automatic ? { automatic: true as const } : {}) };
      break;
    case 'snooze':
      if (!action.timer.startsWith(`${key}:`)) throw new Error('that timer is not this ticket\'s');
      event = { type: 'snooze', ticketKey: key, at: now, timer: action.timer, until: now + action.minutes * 60_000, reason: action.reason };
      break;
    case 'pause':
      event = { type: 'pause', ticketKey: key, at: now, reason: action.reason };
      break;
    case 'resume':
      event = { type: 'resume', ticketKey: key, at: now };
      break;
  }
  await logEvent(deps.db, event);
  return caseTimers(deps, key);
}

/** The popup's list: everything not done, soonest first, with each ticket's subject and address. */
export async function dueEntries(deps: ServiceDeps): Promise<{ now: number; due: DueEntry[] }> {
  const { now, summary, tickets } = await recompute(deps);
  const due = summary.list.map((item) => {
    const ticket = tickets.get(item.ticketKey);
    return { timerId: item.timerId, ticketKey: item.ticketKey, kind: item.kind, state: item.state, dueAt: item.dueAt, action: item.action, subject: ticket?.subject ?? item.ticketKey, url: ticket?.url ?? '' };
  });
  return { now, due };
}

/** The list's timer badges: each known escalated ticket's owed customer update, planned now. */
export async function withUpdates(deps: ServiceDeps, known: Record<string, KnownTicket>): Promise<Record<string, KnownTicket>> {
  const keys = Object.keys(known);
  const escalated = [...(await latestEvents(deps.db, keys, 'escalation')).keys()];
  if (!escalated.length) return known;
  const [loaded, cases] = await Promise.all([deps.policy(), Promise.all(escalated.map((key) => loadCase(deps.db, key)))]);
  const now = deps.now();
  const out = { ...known };
  for (const input of cases) {
    const update = planTimers(input, loaded.policy, now).find((t) => t.kind === 'customer_update');
    if (!update || update.state === 'done') continue;
    out[input.ticketKey] = { ...out[input.ticketKey]!, update: { state: update.state, dueAt: update.dueAt, action: update.action } };
  }
  return out;
}
