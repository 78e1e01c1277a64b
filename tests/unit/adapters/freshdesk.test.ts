// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as FileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../src/adapters/freshdesk';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

const TICKET_URL = new URL('https://acme.freshdesk.com/a/tickets/4821');

/** Parse a fixture; with `scripts`, run its inline stand-ins for the helpdesk's own code. */
function load(name: string, scripts = false): Document {
  const html = readFileSync(new FileURL(`../../fixtures/helpdesks/freshdesk/${name}`, import.meta.url), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (scripts) for (const s of doc.querySelectorAll('script')) new Function('document', s.textContent ?? '')(doc);
  return doc;
}

describe('freshdesk adapter', () => {
  it('matches Freshdesk hosts only and detects pages from the URL', () => {
    for (const u of [...ADAPTER_URLS[freshdesk.id]!.ticket, ...ADAPTER_URLS[freshdesk.id]!.list]) expect(freshdesk.matches(new URL(u), document), u).toBe(true);
    for (const u of ['https://acme.zendesk.com/agent/tickets/1', 'https://freshdesk.com.evil.example/a/tickets/1']) expect(freshdesk.matches(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[freshdesk.id]!.ticket) expect(freshdesk.isTicketPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[freshdesk.id]!.list, ...ADAPTER_URLS[freshdesk.id]!.other]) expect(freshdesk.isTicketPage(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[freshdesk.id]!.list) expect(freshdesk.isListPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[freshdesk.id]!.ticket, ...ADAPTER_URLS[freshdesk.id]!.other]) expect(freshdesk.isListPage(new URL(u), document), u).toBe(false);
    expect(freshdesk.ticketId(TICKET_URL, document)).toBe('4821');
    expect(freshdesk.ticketId(new URL('https://acme.freshdesk.com/a/tickets/filters/all_tickets'), document)).toBeNull();
  });

  it('reads the ticket: subject, messages in order with roles, requester, properties', () => {
    const { snapshot, health, problems } = freshdesk.read(load('ticket.html'), TICKET_URL);
    expect(problems).toEqual([]);
    expect(snapshot.ticketId).toBe('4821');
    expect(snapshot.subject).toBe('Webhook deliveries failing with 401 since API key rotation'); // no "#4821", no edit button
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(snapshot.messages.map((m) => m.authorName)).toEqual(['Marcus Lindqvist', 'Aisha Bello', 'Aisha Bello', 'Marcus Lindqvist']);
    expect(snapshot.messages[2]!.text).toBe('Webhook signer still uses the revoked key for this account. Looks like the cache did not refresh. Needs engineering to flush it.');
    expect(snapshot.messages[1]!.text).not.toContain('Forward'); // header actions are not text
    expect(snapshot.messages[0]!.at).toBe('2026-11-23T07:30:00.000Z');
    expect(snapshot.requester).toEqual({ name: 'Marcus Lindqvist', email: 'marcus.lindqvist@fabrikam-analytics.com', org: 'Fabrikam Analytics' });
    expect(snapshot).toMatchObject({ status: 'Open', priority: 'High', group: 'Tier 1 Support', assignee: 'Aisha Bello', tags: ['webhooks', 'enterprise'] });
    for (const name of ['subject', 'messages']) expect(health.find((h) => h.name === name)).toMatchObject({ found: true, required: true });
    for (const key of freshdesk.escalateControlKeys!) if (freshdesk.selectors[key]!.page !== 'composer') expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => freshdesk.selectors[h.name]!.page === 'composer')).toBe(false); // editor parts are diagnosed, not read
  });

  it('keeps ticket text as text', () => {
    const doc = load('ticket.html');
    expect(freshdesk.read(doc, TICKET_URL).snapshot.messages[0]!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('#ticket_original_request img')).toBeNull();
  });

  it('reports a missing conversation as a problem, without throwing', () => {
    const doc = load('ticket.html');
    doc.querySelectorAll('[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]').forEach((el) => el.remove());
    const { snapshot, problems } = freshdesk.read(doc, TICKET_URL);
    expect(problems).toEqual(['could not find the conversation on this page']);
    expect(snapshot.messages).toEqual([]);
  });

  it('lists filter rows with their ticket ids', () => {
    const rows = freshdesk.listRows!(load('list.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(['4821', '4817', '4790']);
    expect(rows.every((r) => r.row.tagName === 'TR')).toBe(true);
  });

  it('opens "Add note" and pastes into the Froala editor', async () => {
    const doc = load('ticket.html', true);
    const result = await freshdesk.insertNote!(doc, { text: 'Escalation: webhook signer\n<img src=x onerror=alert(1)>', html: '<p>Escalation: webhook signer</p><p>&lt;img src=x onerror=alert(1)&gt;</p>' });
    expect(result).toEqual({ ok: true, where: 'note' });
    const editor = doc.querySelector('.ticket-editor .fr-element')!;
    expect(editor.textContent).toContain('Escalation: webhook signer');
    expect(editor.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(editor.querySelector('img')).toBeNull();
    expect(doc.querySelector('.reply-bar')).toBeNull(); // the composer replaced the bar
    // A second note goes into the editor this adapter opened as a note.
    expect(await freshdesk.insertNote!(doc, { text: 'Second line', html: '<p>Second line</p>' })).toEqual({ ok: true, where: 'note' });
    expect(editor.textContent).toContain('Second line');
    for (const key of freshdesk.escalateControlKeys!) expect(freshdesk.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
  });

  it('refuses an open editor it did not open as a note (it may be a public reply)', async () => {
    const doc = load('ticket.html');
    const tpl = doc.getElementById('note-editor') as HTMLTemplateElement;
    doc.querySelector('.reply-bar-wrapper')!.replaceWith(tpl.content.cloneNode(true));
    const result = await freshdesk.insertNote!(doc, { text: 'x', html: 'x' });
    expect(result.ok).toBe(false);
    expect(doc.querySelector('.fr-element')!.textContent).toBe('');
  });

  it('falls back to text nodes plus an input event when the editor ignores the paste', async () => {
    const doc = load('ticket.html'); // no page scripts: the test opens a bare editor on click
    const item = doc.querySelectorAll('.reply-bar__item')[1]!;
    item.addEventListener('click', () => {
      const tpl = doc.getElementById('note-editor') as HTMLTemplateElement;
      doc.querySelector('.reply-bar-wrapper')!.replaceWith(tpl.content.cloneNode(true));
    });
    const result = await freshdesk.insertNote!(doc, { text: 'Plain <b>note</b>', html: 'Plain &lt;b&gt;note&lt;/b&gt;' });
    expect(result.ok).toBe(true);
    const editor = doc.querySelector('.fr-element')!;
    expect(editor.textContent).toContain('Plain <b>note</b>');
    expect(editor.querySelector('b')).toBeNull();
  });
});

describe('freshdesk: the ticket number agents see', () => {
  it('reads the breadcrumb, and falls back to the URL id (Freshdesk shows that same number)', () => {
    const doc = load('ticket.html');
    const { snapshot, health } = freshdesk.read(doc, TICKET_URL);
    expect(snapshot.ticketNumber).toBe('4821');
    expect(health.find((h) => h.name === 'ticketNumber')?.found).toBe(true);
    doc.querySelector('.breadcrumb__item.active')!.textContent = '#4822';
    expect(freshdesk.read(doc, TICKET_URL).snapshot.ticketNumber).toBe('4822'); // what the page shows wins
    doc.querySelector('.breadcrumb')!.remove();
    expect(freshdesk.read(doc, TICKET_URL).snapshot.ticketNumber).toBe('4821');
  });
});
