import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/store/messaging';
import type { CStoBG } from '../../../src/store/protocol';
import { CStoBGRequest } from '../../../src/store/protocol-schema';
import type { TicketSnapshot } from '../../../src/ticket/snapshot';

const snapshot: TicketSnapshot = {
  adapter: 'demo',
  url: 'http://127.0.0.1:5177/tickets/1',
  ticketId: '1',
  subject: 'Checkout is down',
  messages: [{ author: 'customer', text: 'Checkout is down for everyone.' }],
  requester: { name: 'Dana' },
  tags: [],
  truncated: false,
};

describe('message protocol (CS→BG validation)', () => {
  it('accepts a well-formed triage request', () => {
    expect(CStoBGRequest.safeParse({ type: 'ticket/triage', payload: { key: 'demo:h:1', snapshot } }).success).toBe(true);
  });

  const facts = { key: 'k', values: { who: 'one_user' }, read: { kind: 'broken', stopped: null, who: 'customer', workaround: null, touches: 'sign_in' }, suggested: { severity: 1, destination: 'engineering' }, inForce: { severity: 3, destination: 'support' } };
  it('accepts the agent\'s impact facts, only with the facts\' own values', () => {
    expect(CStoBGRequest.safeParse({ type: 'ticket/facts', payload: facts }).success).toBe(true);
  });

  it('rejects unknown types, missing fields, wrong roles and oversized text', () => {
    const cases: unknown[] = [
      { type: 'ticket/delete-everything', payload: {} },
      { type: 'ticket/triage', payload: { key: 'k' } },
      { type: 'ticket/triage', payload: { key: 'k', snapshot: { ...snapshot, messages: [{ author: 'admin', text: 'x' }] } } },
      { type: 'ticket/triage', payload: { key: 'k', snapshot: { ...snapshot, subject: 'x'.repeat(5_000) } } },
      { type: 'ticket/override', payload: { key: 'k', severity: 5, destination: 'l2', reason: 'because', suggested: { severity: 1, destination: 'l2' } } },
      { type: 'ticket/override', payload: { key: 'k', severity: 2, destination: 'l2', reason: ' ', suggested: { severity: 1, destination: 'l2' } } },
      { type: 'ticket/facts', payload: { ...facts, values: { who: 'everyone' } } },
      { type: 'ticket/facts', payload: { ...facts, values: { mood: 'angry' } } },
      { type: 'ticket/facts', payload: { ...facts, read: { ...facts.read, kind: undefined } } },
      'not even an object',
    ];
    for (const message of cases) expect(CStoBGRequest.safeParse(message).success, JSON.stringify(message).slice(0, 80)).toBe(false);
  });
});

describe('answer()', () => {
  const call = (listener: ReturnType<typeof answer>, message: unknown) =>
    new Promise<unknown>((resolve) => {
      const sync = listener(message, {}, resolve);
      if (sync === undefined) setTimeout(() => resolve('no answer'), 20);
    });

  it('routes to the handler and wraps its result', async () => {
    const listener = answer<CStoBG>({ 'tickets/known': async ({ keys }) => Object.fromEntries(keys.map((k) => [k, { severity: 1, levelName: 'Critical', destination: 'l2' }])) });
    expect(await call(listener, { type: 'tickets/known', payload: { keys: ['a'] } })).toEqual({
      ok: true,
      data: { a: { severity: 1, levelName: 'Critical', destination: 'l2' } },
    });
  });

  it('turns a handler error into an error reply, not a crash', async () => {
    const listener = answer<CStoBG>({
      'tickets/known': async () => {
        throw new Error('database is closed');
      },
    });
    expect(await call(listener, { type: 'tickets/known', payload: { keys: [] } })).toEqual({ ok: false, error: 'database is closed' });
  });

  it('rejects what the validator rejects, with its words', async () => {
    const listener = answer<CStoBG>({ 'tickets/known': async () => ({}) }, () => {
      throw new Error('payload.keys: expected array');
    });
    expect(await call(listener, { type: 'tickets/known', payload: {} })).toEqual({ ok: false, error: 'rejected message: payload.keys: expected array' });
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    const listener = answer<CStoBG>({});
    expect(await call(listener, { type: 'ticket/triage', payload: {} })).toBe('no answer');
  });
});
