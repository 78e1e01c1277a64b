// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as FileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpscout } from '../../../src/adapters/helpscout';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

const TICKET_URL = new URL('https://secure.helpscout.net/conversation/2901234567/31877?folderId=7890');

/** Parse a fixture; with `scripts`, run its inline stand-ins for the helpdesk's own code. */
function load(name: string, scripts = false): Document {
  const html = readFileSync(new FileURL(`../../fixtures/helpdesks/helpscout/${name}`, import.meta.url), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (scripts) for (const s of doc.querySelectorAll('script')) new Function('document', s.textContent ?? '')(doc);
  return doc;
}

describe('helpscout adapter', () => {
  it('matches secure.helpscout.net only and detects pages from the URL', () => {
    for (const u of [...ADAPTER_URLS[helpscout.id]!.ticket, ...ADAPTER_URLS[helpscout.id]!.list]) expect(helpscout.matches(new URL(u), document), u).toBe(true);
    for (const u of ['https://www.helpscout.com/conversation/1/2', 'https://docs.helpscout.net/article/11']) expect(helpscout.matches(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[helpscout.id]!.ticket) expect(helpscout.isTicketPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[helpscout.id]!.list, ...ADAPTER_URLS[helpscout.id]!.other]) expect(helpscout.isTicketPage(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[helpscout.id]!.list) expect(helpscout.isListPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[helpscout.id]!.ticket, ...ADAPTER_URLS[helpscout.id]!.other]) expect(helpscout.isListPage(new URL(u), document), u).toBe(false);
    expect(helpscout.ticketId(TICKET_URL, document)).toBe('31877'); // the number agents see, not the API id
  });

  it('reads the conversation oldest first, with roles, customer and tags', () => {
    const { snapshot, health, problems } = helpscout.read(load('ticket.html'), TICKET_URL);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Data export stuck at 99% for quarterly audit');
    expect(snapshot.messages).toHaveLength(4); // the "assigned to" line item is not a message
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(snapshot.messages.map((m) => m.at)).toEqual(['2026-11-23T08:03:00.000Z', '2026-11-23T08:32:00.000Z', '2026-11-23T09:10:00.000Z', '2026-11-23T09:45:00.000Z']);
    expect(snapshot.messages[2]).toMatchObject({ authorName: 'Tomás Reyes', text: expect.stringMatching(/^Export worker for this account crashed/) });
    expect(snapshot.requester).toEqual({ name: 'Ingrid Novak', email: 'ingrid.novak@tailspin-freight.com', org: 'Tailspin Freight' });
    expect(snapshot.tags).toEqual(['export', 'audit']);
    for (const name of ['subject', 'messages']) expect(health.find((h) => h.name === name)).toMatchObject({ found: true, required: true });
    for (const key of helpscout.escalateControlKeys!) if (helpscout.selectors[key]!.page !== 'composer') expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => helpscout.selectors[h.name]!.page === 'composer')).toBe(false); // editor parts are diagnosed, not read
  });

  it('tells roles apart by other (unverified) hooks too: legacy classes, aria labels', () => {
    const doc = load('ticket.html');
    const wrappers = [...doc.querySelectorAll('[data-thread-type]')];
    const hooks: [string, string][] = [['class', 'thread customer'], ['aria-label', 'Note by Tomás Reyes'], ['class', 'thread message'], ['class', 'thread customer']];
    wrappers.forEach((el, i) => {
      el.removeAttribute('data-thread-type');
      el.setAttribute(hooks[i]![0], hooks[i]![1]);
    });
    const { snapshot, problems } = helpscout.read(doc, TICKET_URL);
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(problems).toEqual([]);
  });

  it('without any role hook, guesses from the customer name and says so in the health list', () => {
    const doc = load('ticket.html');
    doc.querySelectorAll('[data-thread-type]').forEach((el) => el.removeAttribute('data-thread-type'));
    const { snapshot, problems, health } = helpscout.read(doc, TICKET_URL);
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(problems).toEqual([]); // a problem would make the sidebar drop this read for the generic one
    expect(health.find((h) => h.name === 'roleHints')!.found).toBe(false);
  });

  it('falls back to the page title for subject and customer', () => {
    const doc = load('ticket.html');
    doc.querySelector('[aria-label="Conversation Subject"]')!.remove();
    doc.querySelector('[data-cy="Sidebar.CustomerName"]')!.remove();
    const { snapshot } = helpscout.read(doc, TICKET_URL);
    expect(snapshot.subject).toBe('Data export stuck at 99% for quarterly audit');
    expect(snapshot.requester.name).toBe('Ingrid Novak');
  });

  it('keeps ticket text as text', () => {
    const doc = load('ticket.html');
    expect(helpscout.read(doc, TICKET_URL).snapshot.messages[0]!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('ol img')).toBeNull();
  });

  it('reports a missing conversation as a problem, without throwing', () => {
    const doc = load('ticket.html');
    doc.querySelector('ol[data-testid="ThreadContainer"]')!.remove();
    const { snapshot, problems } = helpscout.read(doc, TICKET_URL);
    expect(problems).toEqual(['could not find the conversation on this page']);
    expect(snapshot.messages).toEqual([]);
  });

  it('lists mailbox rows with their conversation numbers', () => {
    expect(helpscout.listRows!(load('list.html')).map((r) => r.ticketId)).toEqual(['31877', '31870', '31866']);
  });

  it('opens the Note editor and pastes into it', async () => {
    const doc = load('ticket.html', true);
    const result = await helpscout.insertNote!(doc, { text: 'Escalated to Tier 2\n<img src=x onerror=alert(1)>', html: '<p>Escalated to Tier 2</p><p>&lt;img src=x onerror=alert(1)&gt;</p>' });
    expect(result).toEqual({ ok: true, where: 'note' });
    const editor = doc.querySelector('[data-cy="ConvoEditor"] .ProseMirror')!;
    expect(editor.textContent).toContain('Escalated to Tier 2');
    expect(editor.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(editor.querySelector('img')).toBeNull();
    for (const key of helpscout.escalateControlKeys!) expect(helpscout.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
  });

  it('refuses when there is no Note control (never types into a customer reply)', async () => {
    const doc = load('ticket.html');
    doc.querySelector('[data-testid="reply-bar"] [aria-label="Note"]')!.remove();
    const result = await helpscout.insertNote!(doc, { text: 'x', html: 'x' });
    expect(result).toEqual({ ok: false, reason: 'could not find the Note control' });
  });
});

describe('helpscout: the conversation number agents see', () => {
  const API_ID_URL = new URL('https://secure.helpscout.net/conversation/2901234567/31877');
  it('reads the header, then the title, then the URL', () => {
    const doc = load('ticket.html');
    const { snapshot, health } = helpscout.read(doc, API_ID_URL);
    expect(snapshot.ticketNumber).toBe('31877'); // never the API id 2901234567
    expect(health.find((h) => h.name === 'ticketNumber')?.found).toBe(true);
    doc.querySelector('header [data-cy="Text"]')!.textContent = 'Data export'; // the generic text component, without a number
    doc.title = '#31878 Data export stuck at 99% for quarterly audit - Ingrid Novak';
    expect(helpscout.read(doc, API_ID_URL).snapshot.ticketNumber).toBe('31878');
    doc.title = 'Help Scout';
    expect(helpscout.read(doc, API_ID_URL).snapshot.ticketNumber).toBe('31877');
  });
});
