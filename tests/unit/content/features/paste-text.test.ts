// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { pasteTextFeature } from '../../../../src/content/features/paste-text';
import type { TicketSnapshot } from '../../../../src/ticket/snapshot';
import { openDemo, startFeature, until } from './harness';

describe('paste-text feature', () => {
  it('triages the text the agent pasted', async () => {
    const url = openDemo('/tickets/1048');
    const { session, sent } = startFeature(pasteTextFeature, demo, url);
    session.run('readPasted', 'Since 9am no customer can complete checkout on our store; every order fails.');
    await until(() => session.phase.value === 'ready', 'the triage');
    const snapshot = (sent[0]!.payload as { snapshot: TicketSnapshot }).snapshot;
    expect(snapshot.messages.map((m) => m.text)).toEqual(['Since 9am no customer can complete checkout on our store; every order fails.']);
    expect(session.effective.value?.severity).toBe(1);
  });
});
