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

  it('adds a timer badge after the level for an escalated ticket whose customer update is owed', async () => {
    const url = openDemo('/');
    const { controller } = startFeature(listBadgesFeature, demo, url, {
      'tickets/known': ({ keys }) => ({
        [keys.find((k) => k.endsWith(':1042'))!]: { severity: 1, levelName: 'Critical', destination: 'engineering', update: { state: 'overdue', dueAt: 1, action: 'Send the customer an update: overdue by 5 min' } },
        [keys.find((k) => k.endsWith(':1043'))!]: { severity: 2, levelName: 'High', destination: 'l2' },
      }),
    });
    await until(() => document.querySelector('[data-tierline-timer]') !== null, 'a timer badge');
    const timer = document.querySelector('tr[data-ticket-id="1042"] [data-tierline-timer]')!;
    expect(timer.textContent).toBe('Update overdue');
    expect(timer.getAttribute('data-tierline-timer')).toBe('overdue');
    expect(timer.getAttribute('title')).toBe('Tierline: Send the customer an update: overdue by 5 min');
    expect(timer.previousElementSibling?.hasAttribute('data-tierline-badge')).toBe(true);
    expect(document.querySelectorAll('[data-tierline-timer]')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('[data-tierline-timer]')).toHaveLength(0);
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
