// @vitest-environment happy-dom
/**
 * The osTicket adapter against real osTicket 1.18.1 staff pages (shared/helpdesks/captures),
 * plus copies with parts removed. No osTicket script runs here: where the adapter relies on
 * osTicket reacting to a click (the "Post Internal Note" tab), a tiny stand-in does what osTicket does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freescout } from '../../../src/adapters/freescout';
import { osticket } from '../../../src/adapters/osticket';
import { ticketTools } from '../../../src/ui/sidebar/tools';
import { TicketSnapshot } from '../../../src/ticket/snapshot';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

// shared/ sits beside the repo. (Not `new URL(…, import.meta.url)`: Vite rewrites that into a dev-server URL.)
const captures = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/helpdesks/captures');
const capture = (file: string) => readFileSync(join(captures, file), 'utf8');

function load(name: string): { doc: Document; url: URL } {
  const source = /<meta name="x-capture-source" content="([^"]+)"/.exec(capture(`${name}.inlined.html`))?.[1];
  if (!source) throw new Error(`${name}: no x-capture-source`);
  return { doc: new DOMParser().parseFromString(capture(`${name}.html`), 'text/html'), url: new URL(source) };
}

const THREADS = ['osticket-ticket-thread', 'osticket-ticket-thread-reply-open', 'osticket-ticket-thread-note-open'];
const FREESCOUT = ['freescout-ticket-list', 'freescout-ticket-list-unassigned', 'freescout-ticket-thread', 'freescout-ticket-thread-reply-open', 'freescout-ticket-thread-note-open', 'freescout-ticket-angry'];

/** Every other helpdesk's fixture page in the repo (hosted reconstructions, the demo helpdesk). */
function otherFixtures(): { name: string; doc: Document; url: URL }[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !/(^|\/)(freescout|osticket)\//.test(f));
  return files.map((name) => {
    const html = readFileSync(join(root, name), 'utf8');
    const source = /<meta name="x-capture-source" content="([^"]+)"/.exec(html)?.[1] ?? 'https://example.test/';
    return { name, doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(source) };
  });
}

describe('osticket: URL matrix', () => {
  const all = [...ADAPTER_URLS[osticket.id]!.ticket, ...ADAPTER_URLS[osticket.id]!.list, ...ADAPTER_URLS[osticket.id]!.other];
  const blank = document.implementation.createHTMLDocument('');
  it.each(all)('%s', (href) => {
    const url = new URL(href);
    expect(osticket.isTicketPage(url, blank)).toBe(ADAPTER_URLS[osticket.id]!.ticket.includes(href));
    expect(osticket.isListPage(url, blank)).toBe(ADAPTER_URLS[osticket.id]!.list.includes(href));
    expect(osticket.matches(url, blank)).toBe(false); // markers decide, and a blank page has none
  });
  it('ticket ids come from the URL', () => {
    const blank = document.implementation.createHTMLDocument('');
    expect(osticket.ticketId(new URL('http://10.0.0.5/support/scp/tickets.php?id=7'), blank)).toBe('7');
    expect(osticket.ticketId(new URL('http://10.0.0.5/support/scp/tickets.php'), blank)).toBeNull();
  });
});

describe('osticket: which pages it claims', () => {
  it.each([...THREADS, 'osticket-ticket-angry', 'osticket-ticket-list'])('matches %s', (name) => {
    const { doc, url } = load(name);
    expect(osticket.matches(url, doc)).toBe(true);
    expect(osticket.matches(new URL(`https://acme.test:8443/helpdesk/upload${url.pathname}${url.search}`), doc)).toBe(true);
  });
  it.each(FREESCOUT)('does not match %s', (name) => {
    const { doc, url } = load(name);
    expect(osticket.matches(url, doc)).toBe(false);
    expect(freescout.matches(url, doc)).toBe(true);
  });
  it('does not match any other helpdesk fixture in the repo', () => {
    for (const { name, doc, url } of otherFixtures()) expect(osticket.matches(url, doc), name).toBe(false);
  });
  it('does not match an ordinary page, even at an osTicket-like URL', () => {
    const doc = new DOMParser().parseFromString('<html><body><div id="content"><table class="list"><tr><td>x</td></tr></table></div></body></html>', 'text/html');
    expect(osticket.matches(new URL('https://example.com/scp/tickets.php?id=1'), doc)).toBe(false);
  });
});

describe('osticket: ticket 1 (#639656: thread, reply open, note open)', () => {
  it.each(THREADS)('%s', (name) => {
    const { doc, url } = load(name);
    expect(osticket.isTicketPage(url, doc)).toBe(true);
    expect(osticket.isListPage(url, doc)).toBe(false);
    expect(osticket.ticketId(url, doc)).toBe('1');

    const { snapshot, health, problems } = osticket.read(doc, url);
    expect(problems).toEqual([]);
    expect(health.filter((h) => h.required && !h.found)).toEqual([]);
    // The dialogs' controls (page 'composer') exist only while a dialog is open.
    for (const key of osticket.escalateControlKeys!) if (osticket.selectors[key]!.page !== 'composer') expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => h.name === 'listRowId')).toBe(false); // list-page selectors are not a ticket page's concern
    expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot); // what the background will accept
    expect(snapshot.adapter).toBe('osticket');
    expect(snapshot.ticketId).toBe('1');
    expect(snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'internal', 'agent', 'customer', 'internal']);
    expect(snapshot.messages.map((m) => m.authorName)).toEqual(['Dana Whitfield', 'Alex Morgan', 'Dana Whitfield', 'Alex Morgan', 'Alex Morgan', 'Dana Whitfield', 'Priya Nair']);
    expect(snapshot.messages.map((m) => m.at)).toEqual([
      '2026-11-20T05:40:21.000Z',
      '2026-11-20T07:40:21.000Z',
      '2026-11-20T09:40:21.000Z',
      '2026-11-20T10:10:21.000Z',
      '2026-11-20T10:40:21.000Z',
      '2026-11-21T14:40:21.000Z',
      '2026-11-22T10:25:21.000Z',
    ]);
    expect(snapshot.createdAt).toBe('2026-11-20T05:40:21.000Z');
    const notes = snapshot.messages.filter((m) => m.author === 'internal');
    expect(notes.map((n) => n.authorName)).toEqual(['Alex Morgan', 'Priya Nair']);
    // A note's title is what the agent wrote; the first message's title (a repeat of the subject) is not kept.
    expect(notes[0]!.text).toMatch(/^Root cause found — ENG-4471\n\nReproduced on staging with Dana's schedule config\./);
    expect(notes[0]!.text).toContain('export.max_rows_scheduled=10000');
    expect(notes[1]!.text).toMatch(/^Other affected workspaces\n\n/);
    expect(snapshot.messages[0]!.text).toMatch(/^Hi Acme team,\n\nSince your v4.12 release last Tuesday/);
    for (const m of snapshot.messages) expect(m.text).not.toMatch(/Create Task|Edit and Resend|posted/); // header and menus stay out
    expect(snapshot.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@northwind-logistics.test', org: 'Northwind Logistics' });
    expect(snapshot.status).toBe('Open');
    expect(snapshot.priority).toBe('High');
    expect(snapshot.assignee).toBe('Alex Morgan');
    expect(snapshot.group).toBe('Technical Support');
    expect(snapshot.tags).toEqual([]);
  });

  it('finds every escalate control and editor part', () => {
    const { doc } = load('osticket-ticket-thread');
    for (const key of [...osticket.escalateControlKeys!.filter((k) => osticket.selectors[k]!.page !== 'composer'), 'replyTab', 'noteTab', 'replyEditor', 'noteEditor', 'replySource', 'noteSource', 'ticketNumber', osticket.readyKey]) {
      const spec = osticket.selectors[key]!;
      expect(spec.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
    }
    // The human ticket number differs from the URL id.
    expect(doc.querySelector(osticket.selectors.ticketNumber!.selectors[0]!)?.textContent?.trim()).toBe('Ticket #639656');
    expect(doc.querySelector(osticket.selectors.priorityControl!.selectors[0]!)?.getAttribute('href')).toBe('#tickets/1/field/22/edit');
  });

  it("finds the Transfer and Assign dialogs' controls once osTicket loads a dialog into its #popup (reconstructed bodies)", () => {
    const { doc } = load('osticket-ticket-thread');
    const dialogKeys = osticket.escalateControlKeys!.filter((k) => osticket.selectors[k]!.page === 'composer');
    expect(dialogKeys).toEqual(['transferDialog', 'transferSubmit', 'assignDialog', 'assignSubmit']);
    const body = doc.querySelector('#popup > .body')!; // in the capture, empty
    expect(body.children).toHaveLength(0);
    for (const key of dialogKeys) expect(osticket.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(false);
    const dialogs = new DOMParser().parseFromString(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/helpdesks/osticket/dialogs.html'), 'utf8'), 'text/html');
    for (const name of ['transfer', 'assign']) {
      body.innerHTML = dialogs.querySelector<HTMLTemplateElement>(`template#${name}`)!.innerHTML;
      for (const key of dialogKeys.filter((k) => k.startsWith(name))) expect(osticket.selectors[key]!.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
    }
  });
});

describe('osticket: ticket 3 (#120370, angry customer)', () => {
  it('reads it', () => {
    const { doc, url } = load('osticket-ticket-angry');
    expect(osticket.isTicketPage(url, doc)).toBe(true);
    expect(osticket.ticketId(url, doc)).toBe('3');
    const { snapshot, problems } = osticket.read(doc, url);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Your logo on our invoice PDF is STRETCHED - this is embarrassing');
    expect(snapshot.messages.map((m) => [m.author, m.authorName])).toEqual([['customer', 'Greg Paine']]);
    expect(snapshot.messages[0]!.text).toMatch(/^Seriously\?\?/);
    expect(snapshot.requester).toEqual({ name: 'Greg Paine', email: 'greg.paine@brightline-media.test', org: 'Brightline Media' });
    expect(snapshot.status).toBe('Open');
    expect(snapshot.priority).toBe('Normal');
    expect(snapshot.assignee).toBe('Priya Nair');
    expect(snapshot.group).toBe('Technical Support');
  });
});

describe('osticket: open queue', () => {
  it('lists the rows with their URL ids', () => {
    const { doc, url } = load('osticket-ticket-list');
    expect(osticket.isListPage(url, doc)).toBe(true);
    expect(osticket.isTicketPage(url, doc)).toBe(false);
    expect(osticket.ticketId(url, doc)).toBeNull();
    const rows = osticket.listRows!(doc);
    expect(rows.map((r) => r.ticketId)).toEqual(['2', '1', '3', '5']);
    for (const { row, ticketId } of rows) {
      expect(row.tagName).toBe('TR');
      expect(row.querySelector('a.preview')?.getAttribute('href')).toBe(`/scp/tickets.php?id=${ticketId}`);
    }
  });
});

describe('osticket: queue without row checkboxes (agent without mass-action rights)', () => {
  it('takes the ids from the ticket-number links', () => {
    const { doc } = load('osticket-ticket-list');
    for (const box of doc.querySelectorAll('input.ckb')) box.remove();
    expect(osticket.listRows!(doc).map((r) => r.ticketId)).toEqual(['2', '1', '3', '5']);
  });
});

describe('osticket: damaged pages report what is missing, never throw', () => {
  it('thread removed', () => {
    const { doc, url } = load('osticket-ticket-thread');
    doc.querySelector('#ticketThread')!.remove();
    const result = osticket.read(doc, url);
    expect(result.problems).toEqual(['could not find the ticket thread on this page']);
    expect(result.snapshot.messages).toEqual([]);
    expect(result.snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
  });
  it('entries removed', () => {
    const { doc, url } = load('osticket-ticket-thread');
    for (const entry of doc.querySelectorAll('.thread-entry')) entry.remove();
    expect(osticket.read(doc, url).problems).toEqual(['could not find the messages on this page']);
  });
  it('subject removed: the first message title stands in', () => {
    const { doc, url } = load('osticket-ticket-angry');
    doc.querySelector('.tixTitle')!.remove();
    const { snapshot, problems } = osticket.read(doc, url);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Your logo on our invoice PDF is STRETCHED - this is embarrassing');
  });
  it('subject and thread titles removed', () => {
    const { doc, url } = load('osticket-ticket-angry');
    doc.querySelector('.tixTitle')!.remove();
    for (const title of doc.querySelectorAll('.thread-entry .header span.title')) title.remove();
    expect(osticket.read(doc, url).problems).toEqual(['could not find the subject on this page']);
  });
  it('priority span renamed: found by its label instead', () => {
    const { doc, url } = load('osticket-ticket-thread');
    doc.querySelector('#field_22')!.removeAttribute('id');
    const { snapshot, health } = osticket.read(doc, url);
    expect(snapshot.priority).toBe('High');
    expect(health.find((h) => h.name === 'priority')?.found).toBe(false);
  });
  it('info tables removed: read still works, fields left out', () => {
    const { doc, url } = load('osticket-ticket-thread');
    for (const table of doc.querySelectorAll('table.ticket_info')) table.remove();
    const { snapshot, problems } = osticket.read(doc, url);
    expect(problems).toEqual([]);
    expect(snapshot.requester).toEqual({});
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.priority).toBeUndefined();
    expect(snapshot.messages).toHaveLength(7);
  });
  it('unassigned ticket', () => {
    const { doc, url } = load('osticket-ticket-thread');
    doc.querySelector('#field_assign')!.textContent = '— Unassigned —';
    expect(osticket.read(doc, url).snapshot.assignee).toBeUndefined();
  });
  it('an empty document', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const result = osticket.read(doc, new URL('https://helpdesk.acme.test/scp/tickets.php?id=9'));
    expect(result.snapshot.ticketId).toBe('9');
    expect(result.problems).toEqual(['could not find the ticket thread on this page', 'could not find the subject on this page']);
  });
});

/** What osTicket's own tab script does when "Post Internal Note" is clicked. */
function standInForOsTicket(doc: Document) {
  doc.querySelector('#post-note-tab')!.addEventListener('click', (event) => {
    event.preventDefault();
    doc.querySelector<HTMLElement>('form#reply')!.style.display = 'none';
    doc.querySelector<HTMLElement>('form#note')!.style.display = 'block';
    doc.querySelector('#post-reply-tab')!.parentElement!.className = '';
    doc.querySelector('#post-note-tab')!.parentElement!.className = 'active';
  });
}

const HOSTILE = { text: 'Customer wrote: <img src=x onerror=alert(1)>\n\nSeverity: S1', html: '<p>Customer wrote: &lt;img src=x onerror=alert(1)&gt;</p><p>Severity: S1</p>' };

describe('osticket: insertNote', () => {
  it.each(['osticket-ticket-thread-note-open', 'osticket-ticket-thread-reply-open', 'osticket-ticket-thread'])('%s: lands in the note editor as text', async (name) => {
    const { doc } = load(name);
    standInForOsTicket(doc);
    const noteEditor = doc.querySelector<HTMLElement>('form#note .redactor-in')!;
    const replyEditor = doc.querySelector<HTMLElement>('form#reply .redactor-in')!;
    const events: string[] = [];
    for (const type of ['input', 'keyup', 'change']) noteEditor.addEventListener(type, () => events.push(type));

    const result = await ticketTools.editorFor(osticket).insertNote!(doc, HOSTILE);
    expect(result).toEqual({ ok: true, where: 'internal note editor' });
    expect(doc.querySelector<HTMLElement>('form#note')!.style.display).toBe('block');
    expect(noteEditor.querySelector('img')).toBeNull();
    expect(noteEditor.textContent).toContain('Customer wrote: <img src=x onerror=alert(1)>');
    expect([...noteEditor.children].map((c) => c.tagName)).toEqual(['P', 'P', 'P']); // Redactor's empty <p> replaced
    expect(events).toEqual(['input', 'keyup', 'change']);
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#internal_note')!.value).toBe(HOSTILE.html);
    expect(noteEditor.classList.contains('redactor-placeholder')).toBe(false); // no "Note details" over the note
    expect(replyEditor.textContent).toBe(''); // the reply to the customer is untouched
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#response')!.value).toBe('');
  });

  it('refuses when the note form does not open (never types into the reply)', async () => {
    const { doc } = load('osticket-ticket-thread-reply-open'); // no osTicket script: the tab click does nothing
    const result = await ticketTools.editorFor(osticket).insertNote!(doc, HOSTILE);
    expect(result).toEqual({ ok: false, reason: 'the note editor did not open' });
    expect(doc.querySelector('form#note .redactor-in')!.textContent).toBe('');
    expect(doc.querySelector('form#reply .redactor-in')!.textContent).toBe('');
  });

  it('says so on a queue page', async () => {
    const { doc } = load('osticket-ticket-list');
    expect(await ticketTools.editorFor(osticket).insertNote!(doc, HOSTILE)).toEqual({ ok: false, reason: 'the note editor did not open' });
  });
});

describe('osticket: the ticket number agents see (not the URL id)', () => {
  it.each([
    ['osticket-ticket-thread', '1', '639656'],
    ['osticket-ticket-thread-note-open', '1', '639656'],
    ['osticket-ticket-angry', '3', '120370'],
  ])('%s: id %s, number #%s', (name, id, number) => {
    const { doc, url } = load(name);
    const { snapshot, health } = osticket.read(doc, url);
    expect(snapshot.ticketId).toBe(id);
    expect(snapshot.ticketNumber).toBe(number);
    expect(health.find((h) => h.name === 'ticketNumber')?.found).toBe(true);
  });
  it('falls back to the page title when the toolbar heading is gone, never to the URL id', () => {
    const { doc, url } = load('osticket-ticket-thread');
    doc.querySelector('.sticky.bar h2')!.remove();
    expect(osticket.read(doc, url).snapshot.ticketNumber).toBe('639656');
    doc.title = 'osTicket';
    const { snapshot } = osticket.read(doc, url);
    expect(snapshot.ticketId).toBe('1');
    expect(snapshot).not.toHaveProperty('ticketNumber');
  });
  it('keeps a lettered number format as shown', () => {
    const { doc, url } = load('osticket-ticket-thread');
    doc.querySelector('.sticky.bar h2 a')!.lastChild!.textContent = '\n Ticket #HD-2026-0042';
    expect(osticket.read(doc, url).snapshot.ticketNumber).toBe('HD-2026-0042');
  });
});

describe('osticket: insertReply (a customer message)', () => {
  it('reply open: lands in the Post Reply editor and its text field, the note untouched', async () => {
    const { doc } = load('osticket-ticket-thread-reply-open');
    const result = await ticketTools.editorFor(osticket).insertReply!(doc, HOSTILE);
    expect(result).toEqual({ ok: true, where: 'reply editor' });
    const reply = doc.querySelector<HTMLElement>('form#reply .redactor-in')!;
    expect(reply.textContent).toContain('Customer wrote: <img src=x onerror=alert(1)>');
    expect(reply.querySelector('img')).toBeNull();
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#response')!.value).toBe(HOSTILE.html);
    expect(doc.querySelector('form#note .redactor-in')!.textContent).toBe('');
  });

  it("note open: switches through osTicket's own Post Reply tab, then inserts", async () => {
    const { doc } = load('osticket-ticket-thread-note-open');
    doc.querySelector('#post-reply-tab')!.addEventListener('click', (event) => {
      event.preventDefault();
      doc.querySelector<HTMLElement>('form#note')!.style.display = 'none';
      doc.querySelector<HTMLElement>('form#reply')!.style.display = 'block';
    });
    expect(await ticketTools.editorFor(osticket).insertReply!(doc, HOSTILE)).toEqual({ ok: true, where: 'reply editor' });
    expect(doc.querySelector('form#reply .redactor-in')!.textContent).toContain('Severity: S1');
  });

  it('refuses when only the note form is open and the tab does not switch (never types into the note)', async () => {
    const { doc } = load('osticket-ticket-thread-note-open'); // no osTicket script
    expect(await ticketTools.editorFor(osticket).insertReply!(doc, HOSTILE)).toEqual({ ok: false, reason: 'the reply editor did not open (the open editor may be a note)' });
    expect(doc.querySelector('form#reply .redactor-in')!.textContent).toBe('');
    expect(doc.querySelector('form#note .redactor-in')!.textContent).toBe('');
  });
});

describe('osticket: the signed-in agent', () => {
  it.each(['osticket-ticket-thread', 'osticket-ticket-thread-reply-open', 'osticket-ticket-thread-note-open', 'osticket-ticket-list'])('%s: "Welcome, Alex."', (name) => {
    expect(osticket.agentName!(load(name).doc)).toBe('Alex');
  });

  it('is null when the welcome line is gone', () => {
    const { doc } = load('osticket-ticket-thread');
    doc.querySelector('#info')!.remove();
    expect(osticket.agentName!(doc)).toBeNull();
  });
});
