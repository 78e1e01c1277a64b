// @vitest-environment happy-dom
/** The demo helpdesk adapter, on the demo app rendered by its own script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { demo } from '../../../src/adapters/demo';
import { ticketTools } from '../../../src/ui/sidebar/tools';

const APP = join(import.meta.dirname, '../../fixtures/demo-helpdesk');
const ORIGIN = 'http://127.0.0.1:5177';

function open(path: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${ORIGIN}${path}`);
  document.head.innerHTML = '<meta name="tierline-demo-helpdesk" content="1">';
  // As index.html serves it: the top bar names the signed-in agent.
  document.body.innerHTML = '<header class="topbar"><a href="/" data-nav>Acme Help</a><span class="agent">Signed in as Alex Morgan</span></header><main id="app"></main>';
  new Function(readFileSync(join(APP, 'tickets.js'), 'utf8'))();
  new Function(readFileSync(join(APP, 'app.js'), 'utf8'))();
  return new URL(location.href);
}

describe('demo adapter', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('is found by its marker on any host, and tells tickets from the list', () => {
    const url = open('/tickets/1042');
    expect(demo.matches(url, document)).toBe(true);
    expect(demo.matches(url, document.implementation.createHTMLDocument(''))).toBe(false);
    expect(demo.isTicketPage(url, document)).toBe(true);
    expect(demo.ticketId(url, document)).toBe('1042');
    expect(demo.isListPage(new URL(`${ORIGIN}/`), document)).toBe(true);
  });

  it('reads the worked example: subject, roles in order, the internal note, requester and fields', () => {
    const url = open('/tickets/1042');
    const { snapshot, problems, health } = demo.read(document, url);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Nobody in our Chicago office can log in');
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'internal']);
    expect(snapshot.messages[3]!.text).toContain("after this morning's authentication config update");
    expect(snapshot.messages[0]!.text).toContain('Our other offices (Denver, Austin) work fine.\n\nOur sales team');
    expect(snapshot.messages[0]!.at).toBe('2026-11-23T15:12:00.000Z');
    expect(snapshot.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test', org: 'Northwind Logistics', plan: 'Enterprise' });
    expect(snapshot).toMatchObject({ ticketId: '1042', ticketNumber: '1042', status: 'Open', priority: 'Normal', assignee: 'Alex Morgan', group: 'Tier 1', tags: ['login', 'enterprise'] });
    expect(health.filter((h) => !h.found)).toEqual([]);
  });

  it('says plainly what it could not find when the conversation is missing', () => {
    const url = open('/tickets/1048');
    const { snapshot, problems } = demo.read(document, url);
    expect(problems).toEqual(['could not find the conversation on this page']);
    expect(snapshot.subject).toContain('Broken page');
    expect(snapshot.messages).toEqual([]);
  });

  it('lists rows with their ticket ids', () => {
    open('/');
    expect(demo.listRows!(document).map((r) => r.ticketId)).toEqual(['1042', '1043', '1044', '1045', '1046', '1047', '1048', '1049']);
  });

  it('inserts a note into the internal-note mode of the editor, enabling the submit, as text', async () => {
    const url = open('/tickets/1043');
    expect(demo.isTicketPage(url, document)).toBe(true);
    const result = await ticketTools.editorFor(demo).insertNote!(document, { text: 'ESCALATION: <img src=x onerror=alert(1)>', html: '' });
    expect(result).toEqual({ ok: true, where: 'internal note editor' });
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toBe('ESCALATION: <img src=x onerror=alert(1)>');
    expect(editor.getAttribute('aria-label')).toBe('Internal note');
    expect(document.querySelector<HTMLButtonElement>('#submit')!.disabled).toBe(false);
    expect(document.querySelector('img')).toBeNull();
  });

  it('puts a customer message into the reply mode of the editor, switching back from note mode', async () => {
    open('/tickets/1043');
    document.querySelector<HTMLElement>('#tab-note')!.click();
    const result = await ticketTools.editorFor(demo).insertReply!(document, { text: 'Hi Dana, <b>thanks</b>', html: '' });
    expect(result).toEqual({ ok: true, where: 'reply editor' });
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toBe('Hi Dana, <b>thanks</b>');
    expect(editor.getAttribute('aria-label')).toBe('Reply to customer');
    expect(document.querySelector('#tab-reply')!.getAttribute('aria-selected')).toBe('true');
  });

  it('refuses a customer message when only the note editor is there (no reply tab)', async () => {
    open('/tickets/1043');
    document.querySelector<HTMLElement>('#tab-note')!.click();
    document.querySelector('#tab-reply')!.remove();
    expect(await ticketTools.editorFor(demo).insertReply!(document, { text: 'Hi', html: '' })).toEqual({ ok: false, reason: 'could not find the reply editor on this page' });
    expect(document.querySelector<HTMLTextAreaElement>('#composer-text')!.value).toBe('');
  });

  it('refuses when the reply tab does not switch the editor', async () => {
    open('/tickets/1043');
    document.querySelector<HTMLElement>('#tab-note')!.click();
    const tab = document.querySelector('#tab-reply')!;
    tab.replaceWith(tab.cloneNode(true)); // the page's own listener gone: the click does nothing
    expect((await ticketTools.editorFor(demo).insertReply!(document, { text: 'Hi', html: '' })).ok).toBe(false);
    expect(document.querySelector<HTMLTextAreaElement>('#composer-text')!.value).toBe('');
  });

  it('never turns a note written in the editor into a reply: refuses while the note mode holds text', async () => {
    open('/tickets/1043');
    await ticketTools.editorFor(demo).insertNote!(document, { text: 'ESCALATION: internal only', html: '' });
    expect(await ticketTools.editorFor(demo).insertReply!(document, { text: 'Hi Dana', html: '' })).toEqual({ ok: false, reason: 'the editor holds an internal note: add or clear it first' });
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toBe('ESCALATION: internal only');
    expect(document.querySelector('#tab-note')!.getAttribute('aria-selected')).toBe('true');
  });

  it('names the signed-in agent from the top bar', () => {
    open('/tickets/1043');
    expect(demo.agentName!(document)).toBe('Alex Morgan');
    document.querySelector('header.topbar')!.remove();
    expect(demo.agentName!(document)).toBeNull();
  });
});
