// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { readTicketFeature } from '../../../../src/content/features/read-ticket';
import { openDemo, startFeature, until } from './harness';

describe('read-ticket feature', () => {
  it('reads the rendered ticket, shows the read and the triage, and offers "Try again"', async () => {
    const url = openDemo('/tickets/1042');
    const { session, sent } = startFeature(readTicketFeature, demo, url);
    expect(session.can('retry')).toBe(true);
    await until(() => session.phase.value === 'ready', 'the triage');
    expect(session.snapshot.value?.subject).toBe('Nobody in our Chicago office can log in');
    expect(session.effective.value?.severity).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['ticket/triage']);

    session.run('retry');
    expect(session.phase.value).toBe('reading'); // the old reply is cleared at once
    await until(() => session.phase.value === 'ready', 'the second triage');
    expect(sent).toHaveLength(2);
  });

  it('says what went wrong when the background cannot answer', async () => {
    const url = openDemo('/tickets/1042');
    const { session } = startFeature(readTicketFeature, demo, url, {
      'ticket/triage': () => {
        throw new Error('the extension did not answer');
      },
    });
    await until(() => session.phase.value === 'error', 'the error');
    expect(session.error.value).toBe('the extension did not answer');
  });

  it('drops a reply that arrives after the agent moved on', async () => {
    const url = openDemo('/tickets/1042');
    let answer: (value: never) => void = () => undefined;
    const { session, controller, sent } = startFeature(readTicketFeature, demo, url, { 'ticket/triage': () => new Promise((resolve) => (answer = resolve as never)) });
    await until(() => sent.length === 1, 'the triage request');
    controller.abort();
    answer({} as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.reply.value).toBeNull();
  });
});
