// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { freescout } from '../../../../src/adapters/freescout';
import { osticket } from '../../../../src/adapters/osticket';
import { zendesk } from '../../../../src/adapters/zendesk';
import type { Adapter } from '../../../../src/adapters/types';
import { escalateGuardFeature } from '../../../../src/content/features/escalate-guard';
import { controlKind } from '../../../../src/content/guard';
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
    expect(['escalateGroup', 'submit', 'priorityField', 'statusMenu', 'assigneeMenu', 'transferControl', 'department'].map(controlKind)).toEqual(['group', 'submit', 'priority', 'status', 'assignee', 'transfer', 'department']);
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

// ── the link menus of the real FreeScout and osTicket pages (shared/helpdesks/captures) ──

const captures = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/helpdesks/captures');

/** A capture as the page, at its own address (no page script runs: only the markup). */
function openCapture(name: string, edit: (html: string) => string = (html) => html): URL {
  const file = name.endsWith('.html') ? name : join(captures, `${name}.html`);
  const html = edit(readFileSync(file, 'utf8'));
  const source = /<meta name="x-capture-source" content="([^"]+)"/.exec(readFileSync(file.replace(/(?<!\.inlined)\.html$/, name.endsWith('.html') ? '.html' : '.inlined.html'), 'utf8'))![1]!;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(source.replace(/&amp;/g, '&'));
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  return new URL(location.href);
}

/** A team policy that names its L2 agent: assigning to Priya Nair escalates to Support L2. */
function teamPolicy() {
  const { levels, destinations, commonChecklist, businessHours, handoff } = structuredClone(defaultPolicy);
  handoff.guard.routes.find((r) => r.destination === 'l2')!.names.push('Priya Nair');
  return { levels, destinations, commonChecklist, businessHours, handoff };
}

function guardedCapture(adapter: Adapter, name: string, edit?: (html: string) => string) {
  const url = openCapture(name, edit);
  const run = startFeature(escalateGuardFeature, adapter, url);
  running.push(run.controller);
  const read = readTicket({ adapter, url, doc: document }, '');
  run.session.showRead(read);
  run.session.showReply(triageReply(read.snapshot));
  run.session.setHandoffPolicy(teamPolicy());
  // What the helpdesk's own (bubble-phase) handler would see.
  const seen: string[] = [];
  const helpdesk = (event: Event) => seen.push(`${event.type}:${(event.target as Element).textContent?.trim()}`);
  document.addEventListener('click', helpdesk);
  run.signal.addEventListener('abort', () => document.removeEventListener('click', helpdesk));
  return { ...run, seen };
}

/** Click a menu item the way a browser does (cancelable, bubbling); true when nothing stopped it. */
const clickItem = (selector: string, text: string) => {
  const item = [...document.querySelectorAll(selector)].find((a) => a.textContent?.trim() === text);
  if (!item) throw new Error(`no menu item "${text}"`);
  return item.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
};

describe('escalate-guard on link menus', () => {
  it('FreeScout: an escalating pick in the assignee menu is stopped before FreeScout sees it; a colleague in the tier is not', () => {
    const { session, seen } = guardedCapture(freescout, 'freescout-ticket-thread');
    expect(session.guardStatus.value?.found).toEqual(expect.arrayContaining(['the status menu', 'the assignee menu']));
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(false);
    expect(seen).toEqual([]);
    expect(session.guardStop.value).toEqual({ control: 'the assignee menu', matched: 'Priya Nair', destination: 'l2' });
    expect(clickItem('ul.conv-user a', 'Anyone')).toBe(true);
    expect(clickItem('ul.conv-status a', 'Closed')).toBe(true); // no status of core FreeScout escalates
    expect(seen).toEqual(['click:Anyone', 'click:Closed']);
  });

  it('FreeScout: re-picking the assignee already in force is not a new escalation', () => {
    const { session, seen } = guardedCapture(freescout, 'freescout-ticket-angry'); // assigned to Priya already
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(true);
    expect(seen).toEqual(['click:Priya Nair']);
    expect(session.guardStop.value).toBeNull();
  });

  it('FreeScout: after "Escalate anyway" the repeated pick goes through, once, and is then the value in force', () => {
    const { session, seen } = guardedCapture(freescout, 'freescout-ticket-thread');
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(false);
    session.allowOnce('l2');
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(true);
    expect(session.guardPass.value).toBeNull();
    // The pass is used; Priya is now the assignee in force, so picking her again is no new escalation.
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(true);
    expect(seen).toEqual(['click:Priya Nair', 'click:Priya Nair']);
  });

  it('osTicket: an "Escalated" status picked in the toolbar menu is stopped (to L2 when the ticket was to stay in support); Resolved is not', () => {
    // An install with its own "Escalated" status (admins add statuses): the menu lists it like the others.
    const withEscalated = (html: string) =>
      html.replace(/(<div id="action-dropdown-statuses"[^>]*>\s*<ul>)/, '$1<li><a class="no-pjax ticket-action" href="#tickets/1/status/reopen/6"><i class="icon-undo"></i> Escalated</a></li>');
    const { session, seen } = guardedCapture(osticket, 'osticket-ticket-thread', withEscalated);
    expect(session.guardStatus.value?.found).toContain('the status menu');
    expect(session.effective.value?.destination).toBe('support'); // the suggestion keeps this ticket in support…
    expect(clickItem('#action-dropdown-statuses a', 'Escalated')).toBe(false);
    // …so a status that names no destination goes to the next tier up, whose checklist is not filled.
    expect(session.guardStop.value).toEqual({ control: 'the status menu', matched: 'escalated', destination: 'l2' });
    expect(clickItem('#action-dropdown-statuses a', 'Resolved')).toBe(true);
    expect(seen).toEqual(['click:Resolved']);
  });

  it('a pick with the checklist complete works untouched', () => {
    const { session, seen } = guardedCapture(freescout, 'freescout-ticket-thread');
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(false); // the form is now on the L2 checklist: answer all of it
    for (const item of session.checklist.value) session.setAnswer(item.id, item.id === 'deadline' ? '2026-12-01T10:00:00+00:00' : item.options?.[0] ?? 'answered');
    expect(session.handoffComplete('l2')).toBe(true);
    expect(clickItem('ul.conv-user a', 'Priya Nair')).toBe(true);
    expect(seen).toEqual(['click:Priya Nair']);
  });

  it('Zendesk (reconstruction): Submit with an escalating pick in the assignee picker is stopped, and says which picker', () => {
    const { session, seen } = guardedCapture(zendesk, join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/helpdesks/zendesk/ticket.html'));
    const shown = document.querySelector('[data-test-id="assignee-field"] [data-garden-id="dropdowns.combobox.value"]')!;
    const submit = document.querySelector('[data-test-id="submit_button-button"]')!;
    const click = () => submit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    shown.textContent = 'Tier 1/Ann Lee'; // what Zendesk shows after the agent's pick
    expect(click()).toBe(true);
    shown.textContent = 'Engineering/Jane Doe';
    expect(click()).toBe(false);
    expect(session.guardStop.value).toEqual({ control: 'the submit button with the assignee picker', matched: 'Engineering', destination: 'engineering' });
    expect(seen).toEqual(['click:Submit as Open']);
  });
});

// ── osTicket's Transfer and Assign dialogs (loaded into #popup on demand; reconstructed from its templates) ──

const dialogs = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/helpdesks/osticket/dialogs.html'), 'utf8');

/** What osTicket's $.dialog does: the dialog's body into #popup, shown. */
function openDialog(name: 'transfer' | 'assign') {
  const body = new DOMParser().parseFromString(dialogs, 'text/html').querySelector<HTMLTemplateElement>(`template#${name}`)!.innerHTML;
  const popup = document.querySelector<HTMLElement>('#popup')!;
  popup.querySelector('.body')!.innerHTML = body;
  popup.style.display = 'block';
  return popup.querySelector('form')!;
}

const choose = (form: HTMLFormElement, text: string) => {
  const select = form.querySelector('select')!;
  select.value = [...select.options].find((o) => o.textContent === text)!.value;
  return select.dispatchEvent(new Event('change', { bubbles: true, cancelable: true }));
};
const submitClick = (form: HTMLFormElement) => form.querySelector('[type="submit"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('escalate-guard on osTicket dialogs', () => {
  it('Transfer to an escalating department is stopped at the pick and at the dialog\'s submit; another department is not', () => {
    const { session, seen } = guardedCapture(osticket, 'osticket-ticket-thread');
    const form = openDialog('transfer');
    expect(choose(form, 'Engineering')).toBe(false);
    expect(form.querySelector('select')!.selectedOptions[0]!.textContent).toBe('— Select —'); // put back
    expect(session.guardStop.value).toEqual({ control: 'the Transfer dialog\'s department', matched: 'Engineering', destination: 'engineering' });
    // A dialog whose select changes without a change event (a script-driven picker): the submit still sees it.
    form.querySelector('select')!.value = '4';
    expect(submitClick(form)).toBe(false);
    expect(session.guardStop.value?.control).toBe('the Transfer dialog\'s submit with the Transfer dialog\'s department');
    expect(choose(form, 'Billing')).toBe(true);
    expect(submitClick(form)).toBe(true);
    expect(seen).toEqual(['click:']);
  });

  it('after "Escalate anyway" the repeated pick goes through, and so does the dialog\'s submit that carries it (one pass, not two)', () => {
    const { session, seen } = guardedCapture(osticket, 'osticket-ticket-thread');
    const form = openDialog('transfer');
    expect(choose(form, 'Engineering')).toBe(false);
    session.allowOnce('engineering');
    expect(choose(form, 'Engineering')).toBe(true);
    expect(submitClick(form)).toBe(true);
    expect(seen).toEqual(['click:']);
  });

  it('Assign to an escalating team or agent is stopped; a colleague in the tier is not', () => {
    const { session } = guardedCapture(osticket, 'osticket-ticket-thread');
    const form = openDialog('assign');
    expect(choose(form, 'Level 2 Support')).toBe(false);
    expect(session.guardStop.value).toMatchObject({ matched: 'Level 2 support', destination: 'l2' });
    expect(choose(form, 'Priya Nair')).toBe(false); // L2 by the team's policy
    expect(choose(form, 'Alex Morgan')).toBe(true);
    expect(submitClick(form)).toBe(true);
  });

  it('a submit weighs only the pickers of its own form', () => {
    // The note form's status set to an install's "Escalated" status: posting a reply is not an escalation, posting the note is.
    const { session } = guardedCapture(osticket, 'osticket-ticket-thread', (html) => html.replace(/(<select[^>]*name="note_status_id"[^>]*>)/, '$1<option value="6">Escalated</option>'));
    const noteStatus = document.querySelector<HTMLSelectElement>('select[name="note_status_id"]')!;
    noteStatus.value = '6';
    expect(document.querySelector('form#reply [type="submit"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(true);
    expect(session.guardStop.value).toBeNull();
    expect(document.querySelector('form#note [type="submit"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    expect(session.guardStop.value?.control).toBe('the Post Note button with the note\'s status choice');
  });
});

