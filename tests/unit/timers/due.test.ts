/** Across tickets: the one alarm, the toolbar badge, notifications and the popup list (default policy, Chicago). */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Severity } from '../../../src/policy/schema';
import type { CaseEvent } from '../../../src/store/case-log';
import { calendarFor } from '../../../src/timers/calendar';
import { badgeFor, dueList, nextAlarm, notificationsDue, summarize } from '../../../src/timers/due';
import { planTimers, type Timer } from '../../../src/timers/plan';

const MIN = 60_000;
const cst = (hhmm: string, day = '2026-01-12') => Date.parse(`${day}T${hhmm}:00-06:00`);
const calendar = calendarFor(defaultPolicy.businessHours);

/** An escalated ticket whose first response is done, so only the escalation timers are live. */
function ticket(key: string, severity: Severity, escalatedAt: number, now: number, extra: CaseEvent[] = []): Timer[] {
  const escalation: CaseEvent = { type: 'escalation', ticketKey: key, at: escalatedAt, movement: 'escalation', severity, destination: 'l2', owner: 'Sam', ask: 'investigate', deadline: escalatedAt + 48 * 60 * MIN, answers: {} };
  const ack: CaseEvent = { type: 'acknowledgment', ticketKey: key, at: escalatedAt + MIN, owner: 'Sam' };
  return planTimers(
    { ticketKey: key, severity, thread: { createdAt: escalatedAt - 10 * MIN, messages: [{ author: 'agent', at: escalatedAt - 5 * MIN }] }, events: [escalation, ack, ...extra] },
    defaultPolicy,
    now,
  );
}

describe('badge', () => {
  it('red: the number of overdue customer updates, with a tooltip that says what', () => {
    const now = cst('12:20');
    const timers = [...ticket('a', 1, cst('10:00'), now), ...ticket('b', 1, cst('10:10'), now), ...ticket('c', 1, cst('10:30'), now)];
    const badge = badgeFor(timers, now);
    expect(badge).toMatchObject({ text: '2', color: 'red', overdueUpdates: 2, dueSoonUpdates: 1 });
    expect(badge.tooltip).toBe('Tierline: 2 customer updates overdue (the oldest by 20 min); 1 customer update due soon (the next in 10 min); also overdue: 2 check-ins');
  });

  it('amber: customer updates due within 30 minutes; none when nothing is due', () => {
    const now = cst('11:45');
    expect(badgeFor(ticket('a', 1, cst('10:00'), now), now)).toMatchObject({ text: '1', color: 'amber' });
    expect(badgeFor(ticket('a', 1, cst('10:00'), cst('10:30')), cst('10:30'))).toEqual({ text: '', color: null, tooltip: 'Tierline: no customer update due', overdueUpdates: 0, dueSoonUpdates: 0 });
  });
});

describe('the next alarm', () => {
  it('is the soonest future state change; done and paused timers set none', () => {
    const now = cst('10:40');
    const timers = [...ticket('a', 1, cst('10:00'), now), ...ticket('b', 2, cst('10:30'), now)];
    expect(nextAlarm(timers, now)).toBe(cst('11:30')); // a's customer update turns due soon (due 12:00)
    const paused = ticket('a', 1, cst('10:00'), now, [{ type: 'pause', ticketKey: 'a', at: cst('10:20'), reason: 'waiting' }]).filter((t) => t.kind === 'customer_update');
    expect(paused[0]?.state).toBe('paused');
    expect(nextAlarm(paused, now)).toBeNull();
    expect(nextAlarm([], now)).toBeNull();
  });
});

describe('notifications', () => {
  it('due soon and overdue once each; inside business hours only, except calendar-clock levels', () => {
    const evening = cst('20:00');
    const high = ticket('h', 2, cst('13:00'), evening); // update due 17:00 (4 business hours), overdue now
    const critical = ticket('c', 1, cst('17:30'), evening); // update due 19:30, overdue
    const all = [...high, ...critical];
    const at8pm = notificationsDue(all, calendar, evening);
    expect(at8pm.map((n) => n.timerId)).toEqual(['c:customer_update', 'c:check_in']);
    expect(at8pm[0]).toMatchObject({ state: 'overdue', title: 'Overdue: customer update', message: 'Send the customer an update: overdue by 30 min' });
    const shown = new Set(at8pm.map((n) => n.key));
    expect(notificationsDue(all, calendar, evening, shown)).toEqual([]);
    // Held for the night: the alarm wakes at the next opening, and the notification comes then.
    const summary = summarize(all, calendar, evening, shown);
    expect(summary.nextAlarmAt).toBe(cst('09:00', '2026-01-13'));
    const morning = cst('09:00', '2026-01-13');
    const again = [...ticket('h', 2, cst('13:00'), morning), ...ticket('c', 1, cst('17:30'), morning)];
    expect(notificationsDue(again, calendar, morning, shown).map((n) => n.timerId)).toEqual(['h:customer_update', 'h:check_in']);
  });
  it('a stalled ticket never notifies: it is a reason to escalate, shown in the sidebar and the popup, and every old ticket opened would raise one', () => {
    const now = cst('16:00');
    const timers = planTimers({ ticketKey: 's', severity: 3, thread: { createdAt: cst('09:05'), messages: [{ author: 'agent', at: cst('09:10') }] }, events: [] }, defaultPolicy, now);
    const stalled = timers.find((t) => t.kind === 'stalled');
    expect(stalled?.state).toBe('overdue');
    expect(notificationsDue(timers, calendar, now)).toEqual([]);
    expect(dueList(timers).map((i) => i.timerId)).toContain('s:stalled');
  });
});

describe('the popup list', () => {
  it('everything not done, soonest first, paused last', () => {
    const now = cst('10:40');
    const pause: CaseEvent = { type: 'pause', ticketKey: 'b', at: cst('10:35'), reason: 'waiting' };
    const list = dueList([...ticket('b', 1, cst('10:30'), now, [pause]), ...ticket('a', 1, cst('10:00'), now)]);
    expect(list.map((i) => i.timerId)).toEqual(['a:customer_update', 'a:check_in', 'b:check_in', 'a:deadline', 'b:deadline', 'b:customer_update']);
    expect(list.every((i, n) => n === 0 || (list[n - 1]!.dueAt ?? Infinity) <= (i.dueAt ?? Infinity))).toBe(true);
    expect(list.at(-1)).toMatchObject({ state: 'paused', dueAt: null });
  });
});
