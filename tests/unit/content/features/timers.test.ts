// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { timersFeature } from '../../../../src/content/features/timers';
import type { CaseTimers } from '../../../../src/store/protocol';
import { openDemo, startFeature } from './harness';

const reply = (over: Partial<CaseTimers> = {}): CaseTimers => ({
  now: 1_000,
  timers: [{ id: 'k:customer_update', kind: 'customer_update', state: 'due_soon', basis: 'calendar', dueAt: 600_000, businessRemainingMs: 599_000, calendarRemainingMs: 599_000, action: 'Send the customer an update: due in 10 min' }],
  paused: false,
  replyOffer: null,
  ...over,
});

describe('timers feature', () => {
  it('fetches the ticket timers for the panel and keeps when they arrived', async () => {
    const url = openDemo('/tickets/1047');
    const { session, sent } = startFeature(timersFeature, demo, url, { 'case/timers': () => reply() });
    await session.run('loadTimers');
    expect(sent).toEqual([{ type: 'case/timers', payload: { key: session.key } }]);
    expect(session.timers.value?.reply.timers[0]?.state).toBe('due_soon');
    expect(session.timers.value?.receivedAt).toBeGreaterThan(0);
  });

  it('sends the agent\'s action with the ticket key and shows the re-planned timers', async () => {
    const url = openDemo('/tickets/1047');
    const { session, sent } = startFeature(timersFeature, demo, url, { 'case/timer-action': () => reply({ paused: true }) });
    await session.run('timerAction', { type: 'pause', reason: 'waiting on the customer' });
    expect(sent).toEqual([{ type: 'case/timer-action', payload: { key: session.key, action: { type: 'pause', reason: 'waiting on the customer' } } }]);
    expect(session.timers.value?.reply.paused).toBe(true);
  });

  it('drops its commands when the ticket is left', () => {
    const url = openDemo('/tickets/1047');
    const { session, controller } = startFeature(timersFeature, demo, url);
    expect(session.can('loadTimers')).toBe(true);
    controller.abort();
    expect(session.can('loadTimers')).toBe(false);
  });
});
