// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as FileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { intercom } from '../../../src/adapters/intercom';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

const TICKET_URL = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215471234567890');

/** Parse a fixture; with `scripts`, run its inline stand-ins for the helpdesk's own code. */
function load(name: string, scripts = false): Document {
  const html = readFileSync(new FileURL(`../../fixtures/helpdesks/intercom/${name}`, import.meta.url), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (scripts) for (const s of doc.querySelectorAll('script')) new Function('document', s.textContent ?? '')(doc);
  return doc;
}

/** Strip the fixture's role hooks (alignment classes, note marker) so another strategy can be tried. */
function stripHooks(doc: Document): Element[] {
  const parts = [...doc.querySelectorAll('[data-part-id]')];
  for (const part of parts) {
    part.classList.remove('justify-start', 'justify-end');
    part.removeAttribute('data-part-type');
  }
  return parts;
}

describe('intercom adapter', () => {
  it('matches app.intercom.com only and detects pages from the URL', () => {
    for (const u of [...ADAPTER_URLS[intercom.id]!.ticket, ...ADAPTER_URLS[intercom.id]!.list]) expect(intercom.matches(new URL(u), document), u).toBe(true);
    for (const u of ['https://www.intercom.com/a/inbox/abc123/inbox/conversation/1', 'https://intercom.help/acme']) expect(intercom.matches(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[intercom.id]!.ticket) expect(intercom.isTicketPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[intercom.id]!.list, ...ADAPTER_URLS[intercom.id]!.other]) expect(intercom.isTicketPage(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[intercom.id]!.list) expect(intercom.isListPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[intercom.id]!.ticket, ...ADAPTER_URLS[intercom.id]!.other]) expect(intercom.isListPage(new URL(u), document), u).toBe(false);
    expect(intercom.ticketId(TICKET_URL, document)).toBe('215471234567890');
  });

  it('reads the conversation: title, parts in order with roles, the note, customer details', () => {
    const { snapshot, health, problems } = intercom.read(load('ticket.html'), TICKET_URL);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Payouts delayed for EU merchants since 06:00');
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(snapshot.messages.map((m) => m.authorName)).toEqual(['Lars Eriksson', 'Nina Patel', 'Nina Patel', 'Lars Eriksson']);
    expect(snapshot.messages[2]!.text).toBe('SEPA batch job failed at 05:58 with a bank cutoff error. Payments on-call needs to re-run it.');
    expect(snapshot.messages[3]!.at).toBe('2026-11-23T07:31:00.000Z');
    expect(snapshot.requester).toEqual({ name: 'Lars Eriksson', email: 'lars.eriksson@woodgrovepay.com', org: 'Woodgrove Payments' });
    for (const name of ['subject', 'messages']) expect(health.find((h) => h.name === name)).toMatchObject({ found: true, required: true });
    for (const key of intercom.escalateControlKeys!) if (intercom.selectors[key]!.page !== 'composer') expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => intercom.selectors[h.name]!.page === 'composer')).toBe(false); // editor parts are diagnosed, not read
  });

  it('detects roles by the legacy group category and a note class', () => {
    const doc = load('ticket.html');
    const parts = stripHooks(doc);
    ['1', '3', '3', '1'].forEach((c, i) => parts[i]!.setAttribute('data-part-group-category', c));
    parts[2]!.classList.add('o__admin-note');
    expect(intercom.read(doc, TICKET_URL).snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
  });

  it('detects roles by data-author-type on an ancestor', () => {
    const doc = load('ticket.html');
    const parts = stripHooks(doc);
    ['user', 'admin', 'bot', 'lead'].forEach((t, i) => {
      const wrap = doc.createElement('div');
      wrap.setAttribute('data-author-type', t);
      parts[i]!.replaceWith(wrap);
      wrap.append(parts[i]!);
    });
    expect(intercom.read(doc, TICKET_URL).snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it('with no role hook at all, assumes the customer and says so', () => {
    const doc = load('ticket.html');
    stripHooks(doc);
    const { snapshot, problems, health } = intercom.read(doc, TICKET_URL);
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'customer', 'customer']);
    expect(problems).toEqual([]); // a problem would make the sidebar drop this read for the generic one
    expect(health.find((h) => h.name === 'roleHints')!.found).toBe(false);
  });

  it('keeps ticket text as text', () => {
    const doc = load('ticket.html');
    expect(intercom.read(doc, TICKET_URL).snapshot.messages[0]!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('.interblocks-html img')).toHaveLength(0);
  });

  it('reports a missing conversation as a problem, without throwing', () => {
    const doc = load('ticket.html');
    doc.querySelector('[data-testid="conversation-stream-scroll-container"]')!.remove();
    const { snapshot, problems } = intercom.read(doc, TICKET_URL);
    expect(problems).toEqual(['could not find the conversation on this page']);
    expect(snapshot.messages).toEqual([]);
  });

  it('lists inbox rows with their conversation ids', () => {
    expect(intercom.listRows!(load('list.html')).map((r) => r.ticketId)).toEqual(['215471234567890', '215471234500001', '215471234500002']);
  });

  it('switches to the Note tab and pastes into the ProseMirror composer', async () => {
    const doc = load('ticket.html', true);
    const result = await intercom.insertNote!(doc, { text: 'Escalated to Payments on-call\n<img src=x onerror=alert(1)>', html: '<p>Escalated to Payments on-call</p><p>&lt;img src=x onerror=alert(1)&gt;</p>' });
    expect(result).toEqual({ ok: true, where: 'note' });
    expect(doc.querySelector('[data-intercom-target="note-tab"]')!.classList.contains('o__selected')).toBe(true);
    const editor = doc.querySelector('.o__note .ProseMirror')!;
    expect(editor.textContent).toContain('Escalated to Payments on-call');
    expect(editor.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(editor.querySelector('img')).toBeNull();
    for (const key of intercom.escalateControlKeys!) expect(intercom.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
  });

  it('refuses to type into the reply composer when the Note tab does not switch', async () => {
    const doc = load('ticket.html'); // no page scripts: clicking the tab changes nothing
    const result = await intercom.insertNote!(doc, { text: 'x', html: 'x' });
    expect(result).toEqual({ ok: false, reason: 'the composer did not switch to Note' });
    expect(doc.querySelector('.ProseMirror')!.textContent).toBe('');
  });
});

describe('intercom: the conversation number', () => {
  it('is the conversation id (no separate number is known to be shown)', () => {
    expect(intercom.read(load('ticket.html'), TICKET_URL).snapshot).toMatchObject({ ticketId: '215471234567890', ticketNumber: '215471234567890' });
  });
});
