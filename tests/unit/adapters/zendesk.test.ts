// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as FileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zendesk } from '../../../src/adapters/zendesk';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

const URL_1234 = new URL('https://acme.zendesk.com/agent/tickets/1234');

/** Parse a fixture; with `scripts`, run its inline stand-ins for the helpdesk's own code. */
function load(name: string, scripts = false): Document {
  const html = readFileSync(new FileURL(`../../fixtures/helpdesks/zendesk/${name}`, import.meta.url), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (scripts) for (const s of doc.querySelectorAll('script')) new Function('document', s.textContent ?? '')(doc);
  return doc;
}

describe('zendesk adapter', () => {
  it('matches Zendesk hosts only and detects pages from the URL', () => {
    for (const u of [...ADAPTER_URLS[zendesk.id]!.ticket, ...ADAPTER_URLS[zendesk.id]!.list]) expect(zendesk.matches(new URL(u), document)).toBe(true);
    expect(zendesk.matches(new URL('https://acme.freshdesk.com/a/tickets/1'), document)).toBe(false);
    expect(zendesk.matches(new URL('https://evil.example/acme.zendesk.com/agent/tickets/1'), document)).toBe(false);
    for (const u of ADAPTER_URLS[zendesk.id]!.ticket) expect(zendesk.isTicketPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[zendesk.id]!.list, ...ADAPTER_URLS[zendesk.id]!.other]) expect(zendesk.isTicketPage(new URL(u), document), u).toBe(false);
    for (const u of ADAPTER_URLS[zendesk.id]!.list) expect(zendesk.isListPage(new URL(u), document), u).toBe(true);
    for (const u of [...ADAPTER_URLS[zendesk.id]!.ticket, ...ADAPTER_URLS[zendesk.id]!.other]) expect(zendesk.isListPage(new URL(u), document), u).toBe(false);
    expect(zendesk.ticketId(URL_1234, document)).toBe('1234');
    expect(zendesk.ticketId(new URL('https://acme.zendesk.com/agent/tickets/1234/events'), document)).toBe('1234');
    expect(zendesk.ticketId(new URL('https://acme.zendesk.com/agent/filters/9'), document)).toBeNull();
  });

  it('reads the ticket: subject, messages in order with roles, requester, fields', () => {
    const { snapshot, health, problems } = zendesk.read(load('ticket.html'), URL_1234);
    expect(problems).toEqual([]);
    expect(snapshot.ticketId).toBe('1234');
    expect(snapshot.subject).toBe('SSO login fails for all users after certificate rotation');
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(snapshot.messages.map((m) => m.authorName)).toEqual(['Dana Whitfield', 'Sam Ortega', 'Sam Ortega', 'Dana Whitfield']);
    expect(snapshot.messages[0]!.at).toBe('2026-11-23T08:12:00.000Z');
    expect(snapshot.messages[2]!.text).toMatch(/^Logs show the IdP certificate/);
    expect(snapshot.messages[2]!.text).not.toContain('Internal note'); // the tag is UI, not text
    expect(snapshot.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@northwind-logistics.com', org: 'Northwind Logistics' });
    expect(snapshot).toMatchObject({ status: 'Open', priority: 'High', group: 'Tier 1', assignee: 'Sam Ortega', tags: ['sso', 'enterprise_plan'] });
    for (const name of ['subject', 'messages']) expect(health.find((h) => h.name === name)).toMatchObject({ found: true, required: true });
    for (const key of zendesk.escalateControlKeys!) if (zendesk.selectors[key]!.page !== 'composer') expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => zendesk.selectors[h.name]!.page === 'composer')).toBe(false); // editor parts are diagnosed, not read
  });

  it('keeps ticket text as text', () => {
    const doc = load('ticket.html');
    const { snapshot } = zendesk.read(doc, URL_1234);
    expect(snapshot.messages[0]!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('[data-test-id="omni-log-container"] img')).toHaveLength(0);
  });

  it('with two tickets mounted, reads only the one in the URL, never the background tab', () => {
    const doc = load('ticket-two-tabs.html');
    // The background ticket comes first in the page: an unscoped query would read it.
    expect((doc.querySelector('[data-test-id="omni-header-subject"]') as HTMLInputElement).value).toBe('Invoice shows wrong VAT number');
    const { snapshot, problems } = zendesk.read(doc, URL_1234);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('SSO login fails for all users after certificate rotation');
    expect(snapshot.messages).toHaveLength(4);
    expect(snapshot.requester.name).toBe('Dana Whitfield');
    const json = JSON.stringify(snapshot);
    for (const leak of ['BACKGROUND TICKET TEXT', 'Priya', 'Contoso', 'VAT', 'Billing', 'Lee Chan']) expect(json).not.toContain(leak);
    // And the other way round: the URL decides, not the active flag.
    const other = zendesk.read(doc, new URL('https://acme.zendesk.com/agent/tickets/1199')).snapshot;
    expect(other.subject).toBe('Invoice shows wrong VAT number');
    expect(JSON.stringify(other)).not.toContain('Dana');
  });

  it('scopes by the side-conversations anchor when the pane has no other marker', () => {
    const doc = load('ticket-two-tabs.html');
    for (const pane of doc.querySelectorAll('.ticket-panes-grid-layout')) {
      pane.removeAttribute('data-ticket-id');
      pane.removeAttribute('data-test-id');
      pane.classList.remove('ticket-panes-grid-layout');
    }
    const { snapshot, problems } = zendesk.read(doc, URL_1234);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('SSO login fails for all users after certificate rotation');
    expect(JSON.stringify(snapshot)).not.toContain('BACKGROUND TICKET TEXT');
  });

  it('falls back to the visible pane when nothing carries an id', () => {
    const doc = load('ticket-two-tabs.html');
    const panes = [...doc.querySelectorAll('.ticket-panes-grid-layout')];
    for (const pane of panes) {
      for (const attr of ['data-ticket-id', 'data-test-id', 'data-is-active']) pane.removeAttribute(attr);
      pane.classList.remove('active');
      pane.querySelector('[data-side-conversations-anchor-id]')!.removeAttribute('data-side-conversations-anchor-id');
    }
    panes[0]!.setAttribute('style', 'display:none'); // the background tab
    const { snapshot, problems } = zendesk.read(doc, URL_1234);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('SSO login fails for all users after certificate rotation');
    expect(JSON.stringify(snapshot)).not.toContain('BACKGROUND TICKET TEXT');
  });

  it('fails closed when no pane carries the ticket id', () => {
    const { snapshot, problems } = zendesk.read(load('ticket-two-tabs.html'), new URL('https://acme.zendesk.com/agent/tickets/5555'));
    expect(problems[0]).toBe('could not find the open ticket on this page');
    expect(snapshot.messages).toEqual([]);
  });

  it('reports a missing conversation as a problem, without throwing', () => {
    const doc = load('ticket.html');
    doc.querySelector('[data-test-id="omni-log-container"]')!.remove();
    const { snapshot, problems, health } = zendesk.read(doc, URL_1234);
    expect(problems).toContain('could not find the conversation on this page');
    expect(snapshot.messages).toEqual([]);
    expect(snapshot.subject).toBe('SSO login fails for all users after certificate rotation');
    expect(health.find((h) => h.name === 'messages')!.found).toBe(false);
  });

  it('lists view rows with their ticket ids, ignoring the header tabs', () => {
    const rows = zendesk.listRows!(load('list.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(['1234', '1231', '1199']);
    expect(rows.every((r) => r.row.tagName === 'TR')).toBe(true);
  });

  it('switches the active ticket to internal note and pastes into its CKEditor', async () => {
    const doc = load('ticket-two-tabs.html', true);
    const note = { text: 'Escalating to Tier 2\nCustomer: <img src=x onerror=alert(1)>', html: '<p>Escalating to Tier 2</p><p>Customer: &lt;img src=x onerror=alert(1)&gt;</p>' };
    const [bg, active] = [...doc.querySelectorAll('[data-test-id="omnicomposer-rich-text-ckeditor"]')];
    let fallbackInputs = 0;
    active!.addEventListener('input', () => fallbackInputs++);
    const result = await zendesk.insertNote!(doc, note);
    expect(result).toEqual({ ok: true, where: 'internal note' });
    expect(fallbackInputs).toBe(0); // landed through the fixture's paste handler, not the last resort
    expect(active!.textContent).toContain('Escalating to Tier 2');
    expect(active!.textContent).toContain('Customer: <img src=x onerror=alert(1)>');
    expect(active!.querySelector('img')).toBeNull();
    expect(active!.textContent!.match(/Escalating/g)).toHaveLength(1); // pasted once, no fallback on top
    expect(bg!.textContent).toBe('');
    const switchers = doc.querySelectorAll('[data-test-id="omnichannel-channel-switcher-button"]');
    expect(switchers[1]!.getAttribute('data-channel')).toBe('internal');
    expect(switchers[0]!.getAttribute('data-channel')).toBe('web');
  });

  it('falls back when the editor ignores the paste, building text nodes', async () => {
    const doc = load('ticket.html'); // no page scripts: the switcher must be driven by the test
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    const editor = doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    let inputs = 0;
    editor.addEventListener('input', () => inputs++);
    const result = await zendesk.insertNote!(doc, { text: '<b>bold?</b> no', html: '&lt;b&gt;bold?&lt;/b&gt; no' });
    expect(result.ok).toBe(true);
    expect(editor.textContent).toContain('<b>bold?</b> no');
    expect(editor.querySelector('b')).toBeNull();
    expect(inputs).toBe(1);
  });

  it('refuses to write into a public reply when it cannot switch to internal note', async () => {
    const doc = load('ticket.html'); // no page scripts: clicking the switcher opens nothing
    doc.querySelector('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]')!.remove();
    const result = await zendesk.insertNote!(doc, { text: 'x', html: 'x' });
    expect(result.ok).toBe(false);
    expect(doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.textContent).toBe('');
  });

  it('puts a customer message into the public reply when the switcher says so', async () => {
    const doc = load('ticket.html'); // the composer opens as "Public reply"
    const result = await zendesk.insertReply!(doc, { text: 'Hi Dana,\nYour case reference is TL-1', html: '<p>Hi Dana,</p><p>Your case reference is TL-1</p>' });
    expect(result).toEqual({ ok: true, where: 'public reply' });
    expect(doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.textContent).toContain('Your case reference is TL-1');
  });

  it('refuses a customer message when the composer is on internal note and does not switch back', async () => {
    const doc = load('ticket.html', true); // the stand-in switches to internal only
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    switcher.setAttribute('aria-label', 'Internal note');
    switcher.textContent = 'Internal note';
    const result = await zendesk.insertReply!(doc, { text: 'Hi Dana', html: '<p>Hi Dana</p>' });
    expect(result).toEqual({ ok: false, reason: 'the composer did not switch to public reply' });
    expect(doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.textContent).toBe('');
  });

  it('refuses a customer message while the internal-note composer holds a note', async () => {
    const doc = load('ticket.html');
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    switcher.setAttribute('aria-label', 'Internal note');
    const editor = doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    editor.textContent = 'ESCALATION: internal only';
    expect(await zendesk.insertReply!(doc, { text: 'Hi', html: '<p>Hi</p>' })).toEqual({ ok: false, reason: 'the editor holds an internal note: add or clear it first' });
    expect(editor.textContent).toBe('ESCALATION: internal only');
  });

  /** The composer on internal note, its switcher reading so. */
  const onInternalNote = (doc: Document) => {
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    switcher.setAttribute('aria-label', 'Internal note');
    switcher.textContent = 'Internal note';
    return switcher;
  };

  it('finds "Public reply" in the open channel menu by its text when the item has no data-test-id we know', async () => {
    const doc = load('ticket.html');
    const switcher = onInternalNote(doc);
    const menu = doc.querySelector<HTMLElement>('[data-test-id="channel-menu"]')!;
    const item = doc.querySelector('[data-test-id="omnichannel-channel-switcher-menuitem-public"]')!;
    item.setAttribute('data-test-id', 'channel-switcher-item-web'); // an id we never guessed
    switcher.addEventListener('click', () => (menu.hidden = false));
    item.addEventListener('click', () => {
      switcher.setAttribute('data-channel', 'web');
      switcher.setAttribute('aria-label', 'Public reply');
      switcher.textContent = 'Public reply';
      menu.hidden = true;
    });
    expect(await zendesk.insertReply!(doc, { text: 'Hi Dana', html: '<p>Hi Dana</p>' })).toEqual({ ok: true, where: 'public reply' });
    expect(doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.textContent).toContain('Hi Dana');
  });

  it('never picks an item of a menu that is not showing', async () => {
    const doc = load('ticket.html');
    onInternalNote(doc);
    const item = doc.querySelector('[data-test-id="omnichannel-channel-switcher-menuitem-public"]')!;
    item.setAttribute('data-test-id', 'channel-switcher-item-web');
    let picked = false;
    item.addEventListener('click', () => (picked = true));
    // The menu stays hidden: the switcher's click opens nothing here.
    expect((await zendesk.insertReply!(doc, { text: 'Hi', html: '<p>Hi</p>' })).ok).toBe(false);
    expect(picked).toBe(false);
  });

  it('refuses a customer message when the switcher names a channel it does not know', async () => {
    const doc = load('ticket.html');
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'side-conversation');
    switcher.setAttribute('aria-label', 'Side conversation');
    switcher.textContent = 'Side conversation';
    doc.querySelector('[data-test-id="omnichannel-channel-switcher-menuitem-public"]')!.remove();
    expect((await zendesk.insertReply!(doc, { text: 'Hi', html: '<p>Hi</p>' })).ok).toBe(false);
    expect(doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!.textContent).toBe('');
  });

  it('names escalate controls that exist on the ticket page', () => {
    const doc = load('ticket.html');
    for (const key of zendesk.escalateControlKeys!) {
      expect(zendesk.selectors[key], key).toBeDefined();
      expect(zendesk.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
    }
    expect(zendesk.selectors[zendesk.readyKey]).toBeDefined();
  });
});

describe('zendesk: the ticket number agents see', () => {
  it('is the ticket id itself, the number Zendesk shows and searches by', () => {
    expect(zendesk.read(load('ticket.html'), URL_1234).snapshot).toMatchObject({ ticketId: '1234', ticketNumber: '1234' });
    expect(zendesk.read(load('ticket-two-tabs.html'), URL_1234).snapshot.ticketNumber).toBe('1234'); // the active tab's, not the background one's
  });
});
