// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { controlKind, escalateGuardFeature } from '../../../../src/content/features/escalate-guard';
import { defaultPolicy } from '../../../../src/policy/defaults';
import { readTicket } from '../../../../src/content/read';
import { openDemo, startFeature, triageReply } from './harness';

const running: AbortController[] = [];
afterEach(() => running.splice(0).forEach((c) => c.abort())); // each test's listeners go with it

function guarded(path: string) {
  const url = openDemo(path);
  const run = startFeature(escalateGuardFeature, demo, url);
  running.push(run.controller);
  const read = readTicket({ adapter: demo, url, doc: document }, '');
  run.session.showRead(read);
  run.session.showReply(triageReply(read.snapshot));
  const { levels, destinations, commonChecklist, businessHours, handoff } = defaultPolicy;
  run.session.setHandoffPolicy({ levels, destinations, commonChecklist, businessHours, handoff });
  return run;
}

const pick = (value: string) => {
  const select = document.querySelector<HTMLSelectElement>('#escalate-group')!;
  select.value = value;
  return select.dispatchEvent(new Event('change', { bubbles: true, cancelable: true }));
};

describe('escalate-guard feature', () => {
  it('knows each adapter control by its name', () => {
    expect(['escalateGroup', 'submit', 'priorityField', 'statusPicker', 'assigneePicker', 'transferControl', 'department'].map(controlKind)).toEqual(['group', 'submit', 'priority', 'status', 'assignee', 'transfer', 'department']);
  });

  it('stops an escalating pick while the checklist is incomplete, puts the picker back, and opens the form on it', () => {
    const { session } = guarded('/tickets/1043');
    expect(session.guardStatus.value?.found).toEqual(['the escalate-to-group picker', 'the send button']);
    pick('Engineering');
    expect(document.querySelector<HTMLSelectElement>('#escalate-group')!.value).toBe('Tier 1');
    expect(document.querySelector('#composer-log')!.textContent).toBe(''); // the helpdesk never saw it
    expect(session.guardStop.value).toEqual({ control: 'the escalate-to-group picker', matched: 'Engineering', destination: 'engineering' });
  });

  it('never stops a non-escalating use; lets the one repeat through after "Escalate anyway"', () => {
    const { session } = guarded('/tickets/1043');
    pick('Tier 1');
    expect(session.guardStop.value).toBeNull();
    expect(document.querySelector('#composer-log')!.textContent).toBe('Group set to Tier 1');
    session.allowOnce('engineering');
    pick('Engineering');
    expect(document.querySelector('#composer-log')!.textContent).toBe('Group set to Engineering');
    expect(session.guardPass.value).toBeNull(); // used up
  });
});
