/**
 * The background's timers on a real (fake-indexeddb) database with injected time: thread facts
 * stored on triage, an escalation in the case log gives the badge, the one alarm and the
 * notifications (each shown once, kept across a "restarted worker": a fresh service on the
 * same database), and ending the case clears them.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src/background/policy-service';
import { caseTimers, notificationId, recompute, refreshTimers, ticketOfNotification, ticketTimers, timerAction, type TimerEffects } from '../../../src/background/timers-service';
import { triageTicket, type ServiceDeps } from '../../../src/background/triage-service';
import { TierlineDb } from '../../../src/store/db';
import { caseLog, logEvent } from '../../../src/store/tickets';
import type { Badge, DueNotification } from '../../../src/timers/due';
import type { TicketSnapshot } from '../../../src/ticket/snapshot';

// Monday 23 November 2026, 12:30 in Chicago (business hours of the default policy).
const NOW = Date.parse('2026-11-23T12:30:00-06:00');
const KEY = 'demo:127.0.0.1:1042';
const MIN = 60_000;
let db: TierlineDb | undefined;
let clock = NOW;

function deps(): ServiceDeps {
  db ??= new TierlineDb(`tierline-timers-${Math.random()}`);
  return { db, policy: () => loadPolicy(async () => undefined), now: () => clock };
}

function recorder() {
  const seen = { alarms: [] as (number | null)[], badges: [] as Badge[], notes: [] as { n: DueNotification; url: string | null }[] };
  const effects: TimerEffects = {
    alarm: async (when) => void seen.alarms.push(when),
    badge: async (badge) => void seen.badges.push(badge),
    notify: async (n, ticket) => void seen.notes.push({ n, url: ticket?.url ?? null }),
  };
  return { seen, effects };
}

const snapshot: TicketSnapshot = {
  adapter: 'demo',
  url: 'http://127.0.0.1:5177/tickets/1042',
  ticketId: '1042',
  subject: 'SSO login fails for the Chicago office',
  createdAt: '2026-11-23T09:12:00-06:00',
  messages: [
    { author: 'customer', text: 'Nobody in our Chicago office can log in since 08:50.', at: '2026-11-23T09:12:00-06:00' },
    { author: 'agent', text: 'We are checking the login service now.', at: '2026-11-23T09:20:00-06:00' },
    { author: 'internal', text: 'looks like the SSO cert', at: '2026-11-23T09:22:00-06:00' },
  ],
  requester: { name: 'Dana Whitfield' },
  tags: [],
  truncated: false,
};

const escalate = (at: number, severity: 1 | 2 | 3 | 4 = 1) =>
  logEvent(deps().db, { type: 'escalation', ticketKey: KEY, at, movement: 'escalation', severity, destination: 'engineering', owner: 'Priya', ask: 'fix', deadline: at + 24 * 60 * MIN, answers: {} });

afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
  clock = NOW;
});

describe('timers service', () => {
  it('stores the thread facts on triage (public messages only) and plans the first response from them', async () => {
    await triageTicket(deps(), { key: KEY, snapshot });
    const thread = await deps().db.threads.get(KEY);
    expect(thread).toMatchObject({ createdAt: Date.parse('2026-11-23T09:12:00-06:00'), readAt: NOW, shared: null });
    expect(thread!.messages.map((m) => m.author)).toEqual(['customer', 'agent']);
    const { timers } = await ticketTimers(deps(), KEY);
    expect(timers.find((t) => t.kind === 'first_response')).toMatchObject({ state: 'done', done: { reason: 'met' } });
  });

  it('an overdue customer update turns the badge red, arms one alarm and notifies once, even after a restart', async () => {
    await triageTicket(deps(), { key: KEY, snapshot });
    // Critical (calendar clock, update every 2 h): escalated 2 h 10 min ago, no update since.
    await escalate(NOW - 130 * MIN);
    const first = recorder();
    await refreshTimers(deps(), first.effects);
    expect(first.seen.badges[0]).toMatchObject({ text: '1', color: 'red' });
    expect(first.seen.badges[0]!.tooltip).toContain('1 customer update overdue');
    expect(first.seen.alarms).toHaveLength(1);
    expect(first.seen.alarms[0]).toBeGreaterThan(NOW);
    const update = first.seen.notes.find((x) => x.n.kind === 'customer_update');
    expect(update).toMatchObject({ n: { state: 'overdue' }, url: snapshot.url });
    expect(ticketOfNotification(notificationId(update!.n))).toBe(KEY);

    // A new worker on the same database: same badge, nothing shown twice.
    const again = recorder();
    clock = NOW + MIN;
    await refreshTimers(deps(), again.effects);
    expect(again.seen.badges[0]).toMatchObject({ text: '1', color: 'red' });
    expect(again.seen.notes).toEqual([]);
  });

  it('due within 30 minutes is amber, and "update sent" clears it', async () => {
    await triageTicket(deps(), { key: KEY, snapshot });
    await escalate(NOW - 100 * MIN);
    const amber = recorder();
    await refreshTimers(deps(), amber.effects);
    expect(amber.seen.badges[0]).toMatchObject({ text: '1', color: 'amber' });
    expect(amber.seen.notes.map((x) => `${x.n.kind}:${x.n.state}`)).toContain('customer_update:due_soon');
    // The alarm is the moment it turns overdue (escalation + 2 h).
    expect(amber.seen.alarms[0]).toBe(NOW + 20 * MIN);

    await logEvent(deps().db, { type: 'update_sent', ticketKey: KEY, at: NOW, source: 'agent' });
    const after = recorder();
    await refreshTimers(deps(), after.effects);
    expect(after.seen.badges[0]).toMatchObject({ text: '', color: null });
  });

  it('a public reply after the escalation is offered, not counted; counted automatically it is an update_sent marked so, and nothing is offered any more', async () => {
    await triageTicket(deps(), { key: KEY, snapshot });
    await escalate(NOW - 100 * MIN);
    const replied = { ...snapshot, messages: [...snapshot.messages, { author: 'agent' as const, text: 'Engineering is testing a fix.', at: new Date(NOW - 10 * MIN).toISOString() }] };
    await triageTicket(deps(), { key: KEY, snapshot: replied });
    const offered = await caseTimers(deps(), KEY);
    expect(offered.replyOffer).toEqual({ at: NOW - 10 * MIN });
    expect(offered.autoCounted).toBeNull();
    expect(offered.timers.find((t) => t.kind === 'customer_update')).toMatchObject({ state: 'due_soon', dueAt: NOW + 20 * MIN });

    const counted = await timerAction(deps(), KEY, { type: 'update_sent', source: 'thread', at: NOW - 10 * MIN, automatic: true });
    expect(counted.replyOffer).toBeNull();
    expect(counted.autoCounted).toBe(NOW - 10 * MIN); // the panel says it was counted by itself
    expect(counted.timers.find((t) => t.kind === 'customer_update')).toMatchObject({ state: 'running', dueAt: NOW + 110 * MIN });
    expect((await caseLog(deps().db, KEY)).filter((e) => e.type === 'update_sent')).toMatchObject([{ at: NOW - 10 * MIN, source: 'thread', automatic: true }]);
    // The agent's own "Update sent" carries no such mark.
    expect((await timerAction(deps(), KEY, { type: 'update_sent', source: 'agent' })).autoCounted).toBeNull();
    expect((await caseLog(deps().db, KEY)).filter((e) => e.type === 'update_sent').at(-1)).not.toHaveProperty('automatic');
  });

  it('outside business hours only calendar-clock (Critical) timers notify; the others wait for the opening', async () => {
    clock = Date.parse('2026-11-23T20:00:00-06:00');
    await triageTicket(deps(), { key: KEY, snapshot });
    await escalate(Date.parse('2026-11-23T10:00:00-06:00'), 2); // High: business clock
    const night = recorder();
    await refreshTimers(deps(), night.effects);
    expect(night.seen.badges[0]).toMatchObject({ color: 'red' });
    expect(night.seen.notes).toEqual([]);
    expect(night.seen.alarms[0]).toBe(Date.parse('2026-11-24T09:00:00-06:00'));
  });

  it('closing the case ends its timers: no badge, and only recently read tickets keep theirs', async () => {
    await triageTicket(deps(), { key: KEY, snapshot });
    await escalate(NOW - 130 * MIN);
    await logEvent(deps().db, { type: 'closeout', ticketKey: KEY, at: NOW - MIN, cause: 'SSO certificate renewed' });
    const closed = recorder();
    await refreshTimers(deps(), closed.effects);
    expect(closed.seen.badges[0]!.text).toBe('');
    expect(closed.seen.alarms).toEqual([null]);

    clock = NOW + 30 * 24 * 60 * MIN;
    expect((await recompute(deps())).byTicket.size).toBe(0);
  });
});
