// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { demo } from '../../../../src/adapters/demo';
import { timersFeature } from '../../../../src/content/features/timers';
import { readTicket } from '../../../../src/content/read';
import type { CaseRecord } from '../../../../src/handoff/record-line';
import { SETTINGS, writeSetting } from '../../../../src/settings/registry';
import type { CaseTimers, TimerAction } from '../../../../src/store/protocol';
import { openDemo, settle, startFeature, triageReply, until } from './harness';

beforeEach(() => fakeBrowser.reset());

const reply = (over: Partial<CaseTimers> = {}): CaseTimers => ({
  now: 1_000,
  timers: [{ id: 'k:customer_update', kind: 'customer_update', state: 'due_soon', basis: 'calendar', dueAt: 600_000, businessRemainingMs: 599_000, calendarRemainingMs: 599_000, action: 'Send the customer an update: due in 10 min' }],
  paused: false,
  replyOffer: null,
  autoCounted: null,
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

  it('fetches the timers again after each read of the ticket and after an escalation made here, without the panel asking', async () => {
    const url = openDemo('/tickets/1042');
    const { session, sent } = startFeature(timersFeature, demo, url, { 'case/timers': () => reply() });
    const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
    session.showRead(read);
    session.showReply(triageReply(read.snapshot));
    await until(() => sent.length === 1, 'the fetch after the read');
    session.showReply(triageReply(read.snapshot)); // read again (the thread changed)
    await until(() => sent.length === 2, 'the fetch after the second read');
    const record: CaseRecord = { ref: 'TL-1042-20261123-1512', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T17:12:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex Morgan', move: 'escalation' };
    session.setEscalated(record);
    await until(() => sent.length === 3, 'the fetch after the escalation');
    expect(sent.every((m) => m.type === 'case/timers')).toBe(true);
    expect(session.timers.value?.reply.timers[0]?.kind).toBe('customer_update');
  });

  describe('a public reply seen in the thread', () => {
    const offered = reply({ replyOffer: { at: 900 } });
    const counted = reply({ replyOffer: null });
    function start() {
      const url = openDemo('/tickets/1047');
      const actions: TimerAction[] = [];
      const run = startFeature(timersFeature, demo, url, {
        'case/timers': () => (actions.length ? counted : offered),
        'case/timer-action': ({ action }) => {
          actions.push(action);
          return counted;
        },
      });
      return { ...run, actions };
    }

    it('is only offered when the agent turned counting off (the agent decides)', async () => {
      await writeSetting(SETTINGS.countRepliesAsUpdates, false);
      const { session, actions } = start();
      await session.run('loadTimers');
      await settle(20);
      expect(actions).toEqual([]);
      expect(session.timers.value?.reply.replyOffer).toEqual({ at: 900 });
    });

    it('is counted by itself by default (every teammate\'s browser sees the same thread): the "Update sent" event, at the reply\'s time, marked automatic', async () => {
      const { session, actions, sent } = start();
      await session.run('loadTimers');
      expect(actions).toEqual([{ type: 'update_sent', source: 'thread', at: 900, automatic: true }]);
      expect(sent.at(-1)).toEqual({ type: 'case/timer-action', payload: { key: session.key, action: actions[0] } });
      expect(session.timers.value?.reply.replyOffer).toBeNull(); // nothing left to offer
      await session.run('loadTimers');
      expect(actions).toHaveLength(1); // counted once
    });

    it('follows the setting when it changes while the ticket is open', async () => {
      await writeSetting(SETTINGS.countRepliesAsUpdates, false);
      const { session, actions } = start();
      await session.run('loadTimers');
      expect(actions).toEqual([]);
      await writeSetting(SETTINGS.countRepliesAsUpdates, true);
      await session.run('loadTimers');
      expect(actions).toHaveLength(1);
    });
  });
});
