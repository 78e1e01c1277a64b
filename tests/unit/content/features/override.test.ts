// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { overrideFeature } from '../../../../src/content/features/override';
import { readTicket } from '../../../../src/content/read';
import { openDemo, startFeature, triageReply } from './harness';

describe('override feature', () => {
  it('stores the choice with the suggestion it replaces, and the level in force follows it', async () => {
    const url = openDemo('/tickets/1045');
    const { session, sent } = startFeature(overrideFeature, demo, url, { 'ticket/override': () => ({ saved: true }) });
    const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
    session.showRead(read);
    session.showReply(triageReply(read.snapshot));
    const suggested = session.reply.value!.suggestion;

    await session.run('override', { severity: 2, destination: 'l2', reason: 'whole team blocked' });
    expect(sent).toEqual([{ type: 'ticket/override', payload: { key: session.key, severity: 2, destination: 'l2', reason: 'whole team blocked', suggested: { severity: suggested.severity, destination: suggested.destination } } }]);
    expect(session.effective.value).toMatchObject({ severity: 2, destination: 'l2', overridden: true, levelName: 'High', destinationName: 'Support L2' });
  });

  it('leaves the suggestion in force when the background refuses', async () => {
    const url = openDemo('/tickets/1045');
    const { session } = startFeature(overrideFeature, demo, url, {
      'ticket/override': () => {
        throw new Error('give a one-line reason');
      },
    });
    const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
    session.showRead(read);
    session.showReply(triageReply(read.snapshot));
    await expect(session.run('override', { severity: 1, destination: 'l2', reason: 'x' })).rejects.toThrow('give a one-line reason');
    expect(session.effective.value?.overridden).toBe(false);
  });
});
