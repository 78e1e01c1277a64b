// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { factsFeature } from '../../../../src/content/features/facts';
import { readTicket } from '../../../../src/content/read';
import { defaultPolicy } from '../../../../src/policy/defaults';
import { decideFacts } from '../../../../src/triage/decide';
import { valuesOf } from '../../../../src/triage/facts';
import { openDemo, startFeature, triageReply } from './harness';

function start(handlers: Parameters<typeof startFeature>[3]) {
  const url = openDemo('/tickets/1043');
  const started = startFeature(factsFeature, demo, url, handlers);
  const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
  started.session.showRead(read);
  started.session.showReply(triageReply(read.snapshot));
  return started;
}

describe('facts feature', () => {
  it('a changed fact moves the level in force as the table says, at once, and is stored with what was read', async () => {
    const { session, sent } = start({ 'ticket/facts': () => ({ saved: true }) });
    const suggestion = session.reply.value!.suggestion;
    const read = valuesOf(suggestion.facts);
    expect(session.factsChoice.value?.source).toBe('engine');

    const pending = session.run('setFact', 'who', 'one_user');
    const expected = decideFacts({ ...read, who: 'one_user' }, suggestion.routes, defaultPolicy)!;
    // Before the background answers.
    expect(session.effective.value).toMatchObject({ severity: expected.severity, destination: expected.destination });
    await pending;
    expect(session.factsChoice.value).toMatchObject({ source: 'facts', changed: read.who === 'one_user' ? [] : ['who'] });
    expect(sent).toEqual([
      {
        type: 'ticket/facts',
        payload: { key: session.key, values: { who: 'one_user' }, read, suggested: { severity: suggestion.severity, destination: suggestion.destination }, inForce: { severity: expected.severity, destination: expected.destination }, routes: suggestion.routes },
      },
    ]);
  });

  it('confirm all: every stated fact as read; the table decides from then on', async () => {
    const { session, sent } = start({ 'ticket/facts': () => ({ saved: true }) });
    const read = valuesOf(session.reply.value!.suggestion.facts);
    await session.run('setFact', null);
    const stated = Object.fromEntries(Object.entries(read).filter(([, v]) => v !== null));
    expect(Object.keys(stated).length).toBeGreaterThan(0);
    expect((sent[0]!.payload as { values: unknown }).values).toEqual(stated);
    expect(session.factsChoice.value).toMatchObject({ source: 'facts', changed: [] });
  });

  it('puts the facts back when the background refuses', async () => {
    const { session } = start({
      'ticket/facts': () => {
        throw new Error('the database is closed');
      },
    });
    const before = session.effective.value;
    await expect(session.run('setFact', 'touches', 'data')).rejects.toThrow('the database is closed');
    expect(session.reply.value?.facts).toEqual({});
    expect(session.effective.value).toEqual(before);
  });

  it('a re-read that lands while the save is in flight keeps the new facts on screen (it was read before they were stored)', async () => {
    let release!: () => void;
    const { session } = start({ 'ticket/facts': () => new Promise((resolve) => (release = () => resolve({ saved: true }))) });
    const stale = session.reply.value!;
    const pending = session.run('setFact', 'who', 'one_user');
    const shown = session.effective.value;
    // The page changed and the background answered with what it had stored: no facts yet.
    session.showReply({ ...stale, facts: {}, choice: stale.choice });
    expect(session.reply.value?.facts).toEqual({ who: 'one_user' });
    expect(session.effective.value).toEqual(shown);
    release();
    await pending;
    // Once stored, a re-read is taken as it comes (it now carries the stored facts).
    session.showReply({ ...stale, facts: { who: 'several_customers' } });
    expect(session.reply.value?.facts).toEqual({ who: 'several_customers' });
  });
});
