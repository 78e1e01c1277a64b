/**
 * The timer state machine with injected time, on the default policy (America/Chicago,
 * Mon–Fri 09:00–17:00; Critical on calendar time, the others on business time).
 * Mon 12 Jan 2026 is a Monday; CST = UTC−6, so 10:00 CST = 16:00Z.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/schema';
import type { CaseEvent } from '../../../src/store/case-log';
import { type CaseInput, formatSpan, planTimers, type SharedRecord, type ThreadMessage, threadFacts, type Timer, type TimerKind } from '../../../src/timers/plan';

const MIN = 60_000;
const cst = (hhmm: string, day = '2026-01-12') => Date.parse(`${day}T${hhmm}:00-06:00`);
const KEY = 'demo:42';

/** An event as a writer would pass it, without the ticket key (distributes over the union). */
type Draft = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'ticketKey' | 'id'> : never) : never;
let nextId = 1;
const ev = (e: Draft): CaseEvent => ({ ticketKey: KEY, id: nextId++, ...e }) as CaseEvent;
const escalation = (severity: 1 | 2 | 3 | 4, at: number, deadline = cst('14:00')) =>
  ev({ type: 'escalation', at, movement: 'escalation', severity, destination: 'engineering', owner: 'Dana', ask: 'fix', deadline, answers: {} });

function plan(input: Partial<CaseInput> & { events?: CaseEvent[]; messages?: ThreadMessage[] }, now: number, policy: Policy = defaultPolicy): Record<TimerKind, Timer> {
  const timers = planTimers(
    { ticketKey: KEY, severity: input.severity ?? null, thread: { createdAt: cst('09:30'), messages: input.messages ?? [] }, events: input.events ?? [], shared: input.shared ?? null },
    policy,
    now,
  );
  return Object.fromEntries(timers.map((t) => [t.kind, t])) as Record<TimerKind, Timer>;
}
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));

describe('first response', () => {
  it('runs from the ticket creation, turns due soon, then overdue; a public agent reply ends it', () => {
    // High: 1 hour on business time, created Mon 09:30 → due 10:30
    expect(plan({ severity: 2 }, cst('09:50')).first_response).toMatchObject({ state: 'running', dueAt: cst('10:30'), businessRemainingMs: 40 * MIN, basis: 'business' });
    expect(plan({ severity: 2 }, cst('09:50')).first_response.action).toBe('Reply to the customer (first response): due in 40 min of business time');
    expect(plan({ severity: 2 }, cst('10:05')).first_response.state).toBe('due_soon');
    expect(plan({ severity: 2 }, cst('10:45')).first_response).toMatchObject({ state: 'overdue', calendarRemainingMs: -15 * MIN });
    const replied = plan({ severity: 2, messages: [{ author: 'customer', at: cst('09:30') }, { author: 'agent', at: cst('10:20') }] }, cst('10:45')).first_response;
    expect(replied).toMatchObject({ state: 'done', done: { at: cst('10:20'), reason: 'met', onTime: true }, dueAt: cst('10:30') });
  });

  it('follows the level of the impact facts the agent confirmed (as the sidebar does), and an override over both', () => {
    const facts = (severity: 1 | 2 | 3 | 4, at: number) =>
      ev({ type: 'facts', at, values: { who: 'customer' }, read: { kind: 'broken', stopped: 'fully', who: 'one_user', workaround: 'none', touches: 'sign_in' }, suggested: { severity: 3, destination: 'support' }, inForce: { severity, destination: 'engineering' } });
    // Medium (same business day) read; the facts make it Critical (15 min, calendar) at 09:35.
    expect(plan({ severity: 3, events: [facts(1, cst('09:35'))] }, cst('09:40')).first_response).toMatchObject({ dueAt: cst('09:45'), basis: 'calendar' });
    const override = ev({ type: 'override', at: cst('09:36'), severity: 2, destination: 'l2', reason: 'one office only', suggested: { severity: 3, destination: 'support' } });
    expect(plan({ severity: 3, events: [facts(1, cst('09:35')), override, facts(1, cst('09:37'))] }, cst('09:40')).first_response.dueAt).toBe(cst('10:30'));
  });

  it("works the facts' level out under the policy it is planned with when the event carries its routes", () => {
    const read = { kind: 'broken', stopped: 'fully', who: 'one_user', workaround: 'none', touches: 'sign_in' } as const;
    // Saved as Critical; the table under the default policy gives one user who cannot sign in Medium.
    const facts = ev({ type: 'facts', at: cst('09:35'), values: { who: 'one_user' }, read, suggested: { severity: 3, destination: 'support' }, inForce: { severity: 1, destination: 'engineering' }, routes: [] });
    expect(plan({ severity: 3, events: [facts] }, cst('09:40')).first_response.basis).toBe('business');
  });

  it('a ticket created after hours counts from the next opening; Critical counts round the clock', () => {
    const evening = { severity: 2 as const, thread: { createdAt: cst('18:00'), messages: [] } };
    expect(planTimers({ ticketKey: KEY, events: [], ...evening }, defaultPolicy, cst('19:00')).find((t) => t.kind === 'first_response')?.dueAt).toBe(cst('10:00', '2026-01-13'));
    const critical = planTimers({ ticketKey: KEY, events: [], ...evening, severity: 1 }, defaultPolicy, cst('18:05')).find((t) => t.kind === 'first_response')!;
    expect(critical).toMatchObject({ dueAt: cst('18:15'), basis: 'calendar', notifyOutsideHours: true });
  });

  it('no timer without a level or a start', () => {
    expect(planTimers({ ticketKey: KEY, severity: null, thread: { createdAt: cst('09:30'), messages: [] }, events: [] }, defaultPolicy, cst('10:00')).map((t) => t.kind)).toEqual(['stalled']);
    expect(planTimers({ ticketKey: KEY, severity: 2, thread: { createdAt: null, messages: [] }, events: [] }, defaultPolicy, cst('10:00'))).toEqual([]);
  });
});

describe('after an escalation', () => {
  const critical = escalation(1, cst('10:00'));

  it('plans the customer update, the check-in, the acknowledgment and the deadline', () => {
    const t = plan({ severity: 1, events: [critical] }, cst('10:10'));
    expect(iso(t.customer_update.dueAt)).toBe(iso(cst('12:00')));
    expect(iso(t.check_in.dueAt)).toBe(iso(cst('12:00')));
    expect(t.acknowledgment).toMatchObject({ dueAt: cst('10:15'), state: 'due_soon' });
    expect(t.acknowledgment.action).toBe('Get the handoff acknowledged by Dana: due in 5 min');
    expect(t.deadline).toMatchObject({ dueAt: cst('14:00'), state: 'running' });
    expect(t.check_in.action).toBe('Check in with Engineering: due in 1 h 50 min');
    expect(t.stalled).toMatchObject({ state: 'done', done: { reason: 'escalated' } });
  });

  it('"update sent" resets the customer-update cadence; a public agent reply only once it is counted as the update', () => {
    const sent = ev({ type: 'update_sent', at: cst('11:00'), source: 'agent' });
    expect(plan({ events: [critical, sent] }, cst('11:10')).customer_update).toMatchObject({ startedAt: cst('11:00'), dueAt: cst('13:00') });
    // The reply alone is offered as the update (the sidebar), not counted: "Could you send the logs?" is no update.
    const reply = { author: 'agent' as const, at: cst('11:30') };
    expect(plan({ events: [critical, sent], messages: [reply] }, cst('11:40')).customer_update.dueAt).toBe(cst('13:00'));
    // Counted (by the agent, or by itself when the setting says so): the same event, at the reply's time.
    const countedReply = ev({ type: 'update_sent', at: cst('11:30'), source: 'thread', automatic: true });
    const t = plan({ events: [critical, sent, countedReply], messages: [reply] }, cst('11:40')).customer_update;
    expect(t.dueAt).toBe(cst('13:30'));
    expect(t.history.map((e) => e.type)).toEqual(['escalation', 'update_sent', 'update_sent']);
  });

  it('the acknowledgment by the receiving owner completes its timer', () => {
    const ack = ev({ type: 'acknowledgment', at: cst('10:20'), owner: 'Dana' });
    expect(plan({ events: [critical, ack] }, cst('10:30')).acknowledgment.done).toEqual({ at: cst('10:20'), reason: 'met', onTime: false });
  });

  it('a check-in restarts the check-in cadence only', () => {
    const checkIn = ev({ type: 'check_in', at: cst('11:15') });
    const t = plan({ events: [critical, checkIn] }, cst('11:20'));
    expect(t.check_in.dueAt).toBe(cst('13:15'));
    expect(t.customer_update.dueAt).toBe(cst('12:00'));
  });
});

describe('pause while waiting on the customer', () => {
  const critical = escalation(1, cst('10:00'));
  const pause = ev({ type: 'pause', at: cst('10:30'), reason: 'waiting on the customer' });

  it('freezes the customer update: no due time, remaining time kept', () => {
    const t = plan({ events: [critical, pause] }, cst('11:45')).customer_update;
    expect(t).toMatchObject({ state: 'paused', dueAt: null, pausedSince: cst('10:30'), calendarRemainingMs: 90 * MIN });
    expect(t.action).toBe('Send the customer an update: paused, waiting on the customer (1 h 30 min left)');
    expect(plan({ events: [critical, pause] }, cst('12:05')).check_in.state).toBe('overdue'); // internal timers do not pause
  });

  it('paused time does not count after a resume, or after the customer writes', () => {
    const resume = ev({ type: 'resume', at: cst('11:00') });
    expect(plan({ events: [critical, pause, resume] }, cst('11:05')).customer_update).toMatchObject({ state: 'running', dueAt: cst('12:30') });
    const reply = { author: 'customer' as const, at: cst('10:45') };
    expect(plan({ events: [critical, pause], messages: [reply] }, cst('11:05')).customer_update.dueAt).toBe(cst('12:15'));
  });

  it('on business time a pause over the night counts only its working time', () => {
    const high = escalation(2, cst('15:00'));
    const p = ev({ type: 'pause', at: cst('16:00'), reason: 'waiting' });
    const r = ev({ type: 'resume', at: cst('10:00', '2026-01-13') });
    // 4 business hours from Mon 15:00 = Tue 11:00; paused Mon 16:00–Tue 10:00 = 2 business hours → Tue 13:00
    expect(plan({ events: [high, p, r] }, cst('10:05', '2026-01-13')).customer_update.dueAt).toBe(cst('13:00', '2026-01-13'));
  });
});

describe('snooze and reschedule', () => {
  const critical = escalation(1, cst('10:00'));
  it('moves the current cycle to the chosen time, with its reason in the history; a new cycle clears it', () => {
    const snooze = ev({ type: 'snooze', at: cst('11:45'), timer: `${KEY}:customer_update`, until: cst('13:00'), reason: 'customer in a meeting until 1' });
    const t = plan({ events: [critical, snooze] }, cst('12:10')).customer_update;
    expect(t).toMatchObject({ state: 'running', dueAt: cst('13:00') });
    expect(t.history.at(-1)).toMatchObject({ type: 'snooze', reason: 'customer in a meeting until 1' });
    const sent = ev({ type: 'update_sent', at: cst('12:30'), source: 'thread' });
    expect(plan({ events: [critical, snooze, sent] }, cst('12:40')).customer_update.dueAt).toBe(cst('14:30'));
    expect(plan({ events: [critical, snooze] }, cst('12:10')).check_in.dueAt).toBe(cst('12:00')); // other timers unmoved
  });
});

describe('level change keeps elapsed time', () => {
  it('High → Critical: the new target from the same start', () => {
    const high = escalation(2, cst('10:00'));
    expect(plan({ events: [high] }, cst('10:30')).customer_update).toMatchObject({ dueAt: cst('14:00'), basis: 'business', notifyOutsideHours: false });
    const up = ev({ type: 'level_change', at: cst('11:00'), severity: 1, reason: 'second office down' });
    const t = plan({ events: [high, up] }, cst('11:00'));
    expect(t.customer_update).toMatchObject({ dueAt: cst('12:00'), calendarRemainingMs: 60 * MIN, basis: 'calendar', severity: 1, notifyOutsideHours: true });
    expect(t.customer_update.history.map((e) => e.type)).toEqual(['escalation', 'level_change']);
    // Changed once the new target had already passed: overdue at once.
    const late = ev({ type: 'level_change', at: cst('12:30'), severity: 1, reason: 'worse' });
    expect(plan({ events: [high, late] }, cst('12:30')).customer_update).toMatchObject({ state: 'overdue', calendarRemainingMs: -30 * MIN });
  });

  it('Critical → Medium: business days from the same start, pauses kept', () => {
    const critical = escalation(1, cst('10:00'));
    const down = ev({ type: 'level_change', at: cst('11:00'), severity: 3, reason: 'workaround found' });
    expect(plan({ events: [critical, down] }, cst('11:00')).customer_update.dueAt).toBe(cst('10:00', '2026-01-13'));
    const pause = ev({ type: 'pause', at: cst('10:30'), reason: 'waiting' });
    const resume = ev({ type: 'resume', at: cst('10:50') });
    expect(plan({ events: [critical, pause, resume, down] }, cst('11:00')).customer_update.dueAt).toBe(cst('10:20', '2026-01-13'));
  });
});

describe('de-escalate and close end them', () => {
  const critical = escalation(1, cst('10:00'));
  it('de-escalation ends the escalation timers, close ends all', () => {
    const de = ev({ type: 'deescalation', at: cst('11:00'), severity: 3, destination: 'support', reason: 'config error support can fix' });
    const t = plan({ severity: 1, events: [critical, de] }, cst('13:00'));
    for (const kind of ['customer_update', 'check_in', 'acknowledgment', 'deadline'] as const) expect(t[kind]).toMatchObject({ state: 'done', done: { at: cst('11:00'), reason: 'deescalated' }, dueAt: expect.any(Number) });
    // Nobody replied yet: still owed, at the new level (Medium: 8 business hours from 09:30).
    expect(t.first_response).toMatchObject({ state: 'running', severity: 3, dueAt: cst('09:30', '2026-01-13') });
    const close = ev({ type: 'closeout', at: cst('13:30'), cause: 'SSO rule' });
    const closed = plan({ severity: 1, events: [critical, de, close] }, cst('14:00'));
    expect(Object.values(closed).every((timer) => timer.state === 'done')).toBe(true);
    expect(closed.first_response.done?.reason).toBe('closed');
    expect(closed.customer_update.action).toBe('Send the customer an update: done');
  });
});

describe('a teammate sees the same clocks', () => {
  it('the shared record line and the thread give the same timers as the escalating browser', () => {
    const shared: SharedRecord = { severity: 1, destination: 'engineering', owner: 'Dana', ask: 'fix', deadline: cst('14:00'), escalatedAt: cst('10:00') };
    const messages: ThreadMessage[] = [{ author: 'customer', at: cst('09:30') }, { author: 'agent', at: cst('09:45') }, { author: 'agent', at: cst('11:10') }];
    const mine = plan({ severity: 1, events: [escalation(1, cst('10:00'))], messages }, cst('11:30'));
    const theirs = plan({ severity: 1, events: [], shared, messages }, cst('11:30'));
    const clocks = (t: Record<TimerKind, Timer>) => Object.values(t).map(({ history: _h, ...rest }) => rest);
    expect(clocks(theirs)).toEqual(clocks(mine));
  });

  it('thread facts read from a snapshot: ISO times, internal notes and unreadable times left out', () => {
    expect(threadFacts('2026-01-12T15:30:00Z', [
      { author: 'customer', at: '2026-01-12T15:30:00Z' },
      { author: 'internal', at: '2026-01-12T15:40:00Z' },
      { author: 'agent', at: 'yesterday' },
      { author: 'agent', at: '2026-01-12T16:00:00Z' },
    ])).toEqual({ createdAt: cst('09:30'), messages: [{ author: 'customer', at: cst('09:30') }, { author: 'agent', at: cst('10:00') }] });
  });
});

describe('policy edge cases', () => {
  it('a policy with no business hours counts business targets in calendar time, with a warning', () => {
    const policy = structuredClone(defaultPolicy);
    policy.businessHours.week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const t = plan({ severity: 3 }, cst('10:00'), policy).first_response;
    expect(t).toMatchObject({ basis: 'calendar', dueAt: cst('17:30'), businessRemainingMs: null });
    expect(t.warning).toMatch(/no business hours/);
  });

  it('stalled: still in support past the threshold, on the level clock', () => {
    const t = plan({ severity: 3 }, cst('12:00')).stalled;
    expect(t).toMatchObject({ state: 'running', dueAt: cst('13:30') });
    expect(t.action).toBe('Still in support: escalate it or move it on: stalled in 1 h 30 min of business time');
    expect(plan({ severity: 3 }, cst('13:40')).stalled.state).toBe('overdue');
  });

  it('formats spans', () => {
    expect([30_000, 12 * MIN, 65 * MIN, 60 * MIN, 26 * 60 * MIN, -5 * MIN].map(formatSpan)).toEqual(['1 min', '12 min', '1 h 05 min', '1 h', '1 d 2 h', '5 min']);
  });
});
