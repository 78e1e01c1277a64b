// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { listBadgesFeature } from '../../../../src/content/features/list-badges';
import { openDemo, startFeature, until } from './harness';

describe('list-badges feature', () => {
  it('badges the rows of triaged tickets with the level in force, and cleans up on leaving', async () => {
    const url = openDemo('/');
    const { sent, controller } = startFeature(listBadgesFeature, demo, url, {
      'tickets/known': ({ keys }) => ({ [keys.find((k) => k.endsWith(':1042'))!]: { severity: 3, levelName: 'Medium', destination: 'support', overridden: true } }),
    });
    await until(() => document.querySelector('[data-tierline-badge]') !== null, 'a badge');
    expect((sent[0]!.payload as { keys: string[] }).keys).toContain('demo:127.0.0.1:5177:1042');
    const badge = document.querySelector('tr[data-ticket-id="1042"] [data-tierline-badge]')!;
    // The agent's decision, marked as theirs, beside the subject.
    expect(badge.textContent).toBe('Sev 3 ✓');
    expect(badge.getAttribute('title')).toBe('Tierline: Medium (your choice)');
    expect(badge.previousElementSibling?.matches('td.subject a')).toBe(true);
    expect(document.querySelectorAll('[data-tierline-badge]')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('[data-tierline-badge]')).toHaveLength(0);
  });

  it('never disturbs the list when the background cannot answer', async () => {
    const url = openDemo('/');
    const { sent } = startFeature(listBadgesFeature, demo, url, {
      'tickets/known': () => {
        throw new Error('gone');
      },
    });
    await until(() => sent.length === 1, 'the request');
    expect(document.querySelectorAll('[data-tierline-badge]')).toHaveLength(0);
  });
});
