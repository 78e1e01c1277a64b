// @vitest-environment happy-dom
/**
 * The FreeScout adapter against real FreeScout 1.8.235 pages (shared/helpdesks/captures),
 * plus copies with parts removed. No FreeScout script runs here: where the adapter relies on
 * FreeScout reacting to a click (Note button), a tiny stand-in does what FreeScout does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freescout } from '../../../src/adapters/freescout';
import { ticketTools } from '../../../src/ui/sidebar/tools';
import { osticket } from '../../../src/adapters/osticket';
import { TicketSnapshot } from '../../../src/ticket/snapshot';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

// shared/ sits beside the repo. (Not `new URL(…, import.meta.url)`: Vite rewrites that into a dev-server URL.)
const captures = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/helpdesks/captures');
const capture = (file: string) => readFileSync(join(captures, file), 'utf8');

function load(name: string): { doc: Document; url: URL } {
  const html = capture(`${name}.html`);
  const inlined = capture(`${name}.inlined.html`);
  const source = /<meta name="x-capture-source" content="([^"]+)"/.exec(inlined)?.[1];
  if (!source) throw new Error(`${name}: no x-capture-source`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(source) };
}

const local = (text: string) => new Date(text).toISOString(); // FreeScout tooltips are in the viewer's time

const THREADS = ['freescout-ticket-thread', 'freescout-ticket-thread-reply-open', 'freescout-ticket-thread-note-open'];
const LISTS = {
  'freescout-ticket-list': ['3', '5'],
  'freescout-ticket-list-unassigned': ['2'],
};
const OSTICKET = ['osticket-ticket-list', 'osticket-ticket-thread', 'osticket-ticket-thread-reply-open', 'osticket-ticket-thread-note-open', 'osticket-ticket-angry'];

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

describe('freescout: URL matrix', () => {
  const all = [...ADAPTER_URLS[freescout.id]!.ticket, ...ADAPTER_URLS[freescout.id]!.list, ...ADAPTER_URLS[freescout.id]!.other];
  const blank = document.implementation.createHTMLDocument('');
  it.each(all)('%s', (href) => {
    const url = new URL(href);
    expect(freescout.isTicketPage(url, blank)).toBe(ADAPTER_URLS[freescout.id]!.ticket.includes(href));
    expect(freescout.isListPage(url, blank)).toBe(ADAPTER_URLS[freescout.id]!.list.includes(href));
    expect(freescout.matches(url, blank)).toBe(false); // markers decide, and a blank page has none
  });
});

describe('freescout: which pages it claims', () => {
  it.each([...THREADS, 'freescout-ticket-angry', ...Object.keys(LISTS)])('matches %s', (name) => {
    const { doc, url } = load(name);
    expect(freescout.matches(url, doc)).toBe(true);
    // Same page on another host and path prefix: still FreeScout.
    expect(freescout.matches(new URL(`https://help.acme.test/desk${url.pathname}${url.search}`), doc)).toBe(true);
  });
  it.each(OSTICKET)('does not match %s', (name) => {
    const { doc, url } = load(name);
    expect(freescout.matches(url, doc)).toBe(false);
    expect(osticket.matches(url, doc)).toBe(true);
  });
  it('does not match any other helpdesk fixture in the repo', () => {
    for (const { name, doc, url } of otherFixtures()) expect(freescout.matches(url, doc), name).toBe(false);
  });
  it('does not match an ordinary page, even at a FreeScout-like URL', () => {
    const doc = new DOMParser().parseFromString('<html><body data-id="1"><main><table class="table"><tr><td>x</td></tr></table></main></body></html>', 'text/html');
    expect(freescout.matches(new URL('https://example.com/conversation/1'), doc)).toBe(false);
    expect(freescout.matches(new URL('https://example.com/mailbox/1'), doc)).toBe(false);
  });
});

describe('freescout: conversation 1 (thread, reply open, note open)', () => {
  it.each(THREADS)('%s', (name) => {
    const { doc, url } = load(name);
    expect(freescout.isTicketPage(url, doc)).toBe(true);
    expect(freescout.isListPage(url, doc)).toBe(false);
    expect(freescout.ticketId(url, doc)).toBe('1');

    const { snapshot, health, problems } = freescout.read(doc, url);
    expect(problems).toEqual([]);
    expect(health.filter((h) => h.required && !h.found)).toEqual([]);
    for (const key of freescout.escalateControlKeys!) expect(health.find((h) => h.name === key)?.found, key).toBe(true);
    expect(health.some((h) => h.name === 'listRow')).toBe(false); // list-page selectors are not a ticket page's concern
    expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot); // what the background will accept
    expect(snapshot.adapter).toBe('freescout');
    expect(snapshot.ticketId).toBe('1');
    expect(snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
    // 3 customer messages, 2 replies and 2 notes; the page shows them newest first.
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'internal', 'agent', 'customer', 'internal']);
    // Alex is signed in: his posts read "you", the navbar names him "Alex".
    expect(snapshot.messages.map((m) => m.authorName)).toEqual(['Dana Whitfield', 'Alex', 'Dana Whitfield', 'Alex', 'Alex', 'Dana Whitfield', 'Priya Nair']);
    const notes = snapshot.messages.filter((m) => m.author === 'internal');
    expect(notes.map((n) => n.authorName)).toEqual(['Alex', 'Priya Nair']);
    expect(notes[1]!.text).toMatch(/^Checked all enterprise workspaces with SFTP schedules: 3 others are affected/);
    expect(snapshot.messages.map((m) => m.at)).toEqual(
      ['Nov 20, 2026 05:36', 'Nov 20, 2026 07:36', 'Nov 20, 2026 09:36', 'Nov 20, 2026 10:06', 'Nov 20, 2026 10:36', 'Nov 21, 2026 14:36', 'Nov 22, 2026 10:36'].map(local),
    );
    expect(snapshot.createdAt).toBe(local('Nov 20, 2026 05:36'));
    expect(snapshot.messages[5]!.text).toBe(
      "Alex — this morning's file had 48,213 rows. Looks good. Can you let me know when 4.12.3 is out so we can remove the override?\n\nDana",
    );
    for (const m of snapshot.messages) expect(m.text).not.toMatch(/Edit|Outgoing Emails|Show Original/); // menu chrome stays out
    expect(snapshot.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@northwind-logistics.test', org: 'Northwind Logistics' });
    expect(snapshot.status).toBe('Active');
    expect(snapshot.priority).toBeUndefined(); // core FreeScout has no priority
    expect(snapshot.assignee).toBe('Alex'); // shown as "Me"
    expect(snapshot.group).toBe('Acme Analytics Support');
    expect(snapshot.tags).toEqual([]);
    expect(snapshot.truncated).toBe(false);
  });

  it('finds every escalate control and editor part', () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    const { health } = freescout.read(doc, new URL('http://127.0.0.1:8081/conversation/1'));
    const found = new Set(health.filter((h) => h.found).map((h) => h.name));
    // read() does not look for controls; check them the way "diagnose this page" does
    for (const key of [...freescout.escalateControlKeys!, 'noteToggle', 'replyToggle', 'noteEditor', 'editorSource', 'noteModeField']) {
      const spec = freescout.selectors[key]!;
      expect(spec.selectors.some((s) => doc.querySelector(s)), key).toBe(true);
    }
    expect(found.has('ticketNumber') || doc.querySelector(freescout.selectors.ticketNumber!.selectors[0]!)?.textContent).toBeTruthy();
    expect(doc.querySelector(freescout.selectors[freescout.readyKey]!.selectors[0]!)).not.toBeNull();
  });
});

describe('freescout: conversation 3 (angry customer, assigned to Priya)', () => {
  it('reads it', () => {
    const { doc, url } = load('freescout-ticket-angry');
    expect(freescout.isTicketPage(url, doc)).toBe(true);
    expect(freescout.ticketId(url, doc)).toBe('3');
    const { snapshot, problems } = freescout.read(doc, url);
    expect(problems).toEqual([]);
    expect(snapshot.subject).toBe('Your logo on our invoice PDF is STRETCHED - this is embarrassing');
    expect(snapshot.messages.map((m) => [m.author, m.authorName])).toEqual([['customer', 'Greg Paine']]);
    expect(snapshot.messages[0]!.text).toMatch(/^Seriously\?\?\n\nWe pay you almost \$30k a year/);
    expect(snapshot.requester).toEqual({ name: 'Greg Paine', email: 'greg.paine@brightline-media.test', org: 'Brightline Media' });
    expect(snapshot.status).toBe('Active');
    expect(snapshot.assignee).toBe('Priya Nair');
  });
});

describe('freescout: folder lists', () => {
  it.each(Object.entries(LISTS))('%s', (name, ids) => {
    const { doc, url } = load(name);
    expect(freescout.isListPage(url, doc)).toBe(true);
    expect(freescout.isTicketPage(url, doc)).toBe(false);
    const rows = freescout.listRows!(doc);
    expect(rows.map((r) => r.ticketId)).toEqual(ids);
    for (const { row, ticketId } of rows) {
      expect(row.tagName).toBe('TR');
      expect(row.querySelector('td.conv-number')?.textContent?.replace(/\s+/g, '')).toBe(`#${ticketId}`);
    }
  });
});

describe('freescout: an empty folder', () => {
  it('has no conversations table: still FreeScout by its folder marker and URL, no rows', () => {
    const { doc, url } = load('freescout-ticket-list');
    doc.querySelector('table.table-conversations')!.remove();
    expect(freescout.matches(url, doc)).toBe(true);
    expect(freescout.isListPage(url, doc)).toBe(true);
    expect(freescout.listRows!(doc)).toEqual([]);
    expect(freescout.matches(new URL('https://help.acme.test/settings'), doc)).toBe(false);
  });
});

describe('freescout: damaged pages report what is missing, never throw', () => {
  it('thread column removed', () => {
    const { doc, url } = load('freescout-ticket-thread');
    doc.querySelector('#conv-layout-main')!.remove();
    const result = freescout.read(doc, url);
    expect(result.problems).toEqual(['could not find the messages on this page']);
    expect(result.snapshot.messages).toEqual([]);
    expect(result.snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
  });
  it('messages removed', () => {
    const { doc, url } = load('freescout-ticket-thread');
    for (const thread of doc.querySelectorAll('#conv-layout-main .thread')) thread.remove();
    const result = freescout.read(doc, url);
    expect(result.problems).toEqual(['could not find the messages on this page']);
    expect(result.health.find((h) => h.name === 'message')).toMatchObject({ found: false, required: true });
  });
  it('subject removed: falls back to the page title, health still shows the selector failing', () => {
    const { doc, url } = load('freescout-ticket-angry');
    doc.querySelector('#conv-subject .conv-subjtext')!.remove();
    const result = freescout.read(doc, url);
    expect(result.snapshot.subject).toBe('Your logo on our invoice PDF is STRETCHED - this is embarrassing');
    expect(result.problems).toEqual([]);
    expect(result.health.find((h) => h.name === 'subject')?.found).toBe(false);
  });
  it('subject and title removed', () => {
    const { doc, url } = load('freescout-ticket-angry');
    doc.querySelector('#conv-subject .conv-subjtext')!.remove();
    doc.title = '';
    expect(freescout.read(doc, url).problems).toEqual(['could not find the subject on this page']);
  });
  it('customer sidebar and status removed: read still works, fields left out', () => {
    const { doc, url } = load('freescout-ticket-thread');
    doc.querySelector('#conv-layout-customer')!.remove();
    doc.querySelector('#conv-status')!.remove();
    const { snapshot, problems } = freescout.read(doc, url);
    expect(problems).toEqual([]);
    expect(snapshot.requester).toEqual({});
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.messages).toHaveLength(7);
  });
  it('an empty document', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const result = freescout.read(doc, new URL('https://help.acme.test/conversation/9'));
    expect(result.snapshot.ticketId).toBe('9');
    expect(result.problems).toContain('could not find the conversation on this page');
  });
});

/** What FreeScout's own script does when the Note button is clicked. */
function standInForFreeScout(doc: Document) {
  doc.querySelector('.conv-add-note')!.addEventListener('click', () => {
    const block = doc.querySelector('.conv-reply-block')!;
    block.classList.remove('hidden');
    block.classList.add('conv-note-block');
    doc.querySelector<HTMLInputElement>('.conv-reply-block input[name="is_note"]')!.value = '1';
  });
}

const HOSTILE = { text: 'Customer wrote: <img src=x onerror=alert(1)>\n\nSeverity: S1', html: '<p>Customer wrote: &lt;img src=x onerror=alert(1)&gt;</p><p>Severity: S1</p>' };

describe('freescout: insertNote', () => {
  it.each(['freescout-ticket-thread-note-open', 'freescout-ticket-thread-reply-open', 'freescout-ticket-thread'])('%s: lands in the note editor as text', async (name) => {
    const { doc } = load(name);
    standInForFreeScout(doc);
    const block = doc.querySelector('.conv-reply-block')!;
    const events: string[] = [];
    const editable = doc.querySelector<HTMLElement>('.note-editable')!;
    for (const type of ['input', 'keyup', 'change']) editable.addEventListener(type, () => events.push(type));

    const result = await ticketTools.editorFor(freescout).insertNote!(doc, HOSTILE);
    expect(result).toEqual({ ok: true, where: 'internal note editor' });
    expect(block.classList.contains('conv-note-block')).toBe(true);
    expect(block.classList.contains('hidden')).toBe(false);
    expect(doc.querySelector<HTMLInputElement>('input[name="is_note"]')!.value).toBe('1');
    expect(editable.querySelector('img')).toBeNull();
    expect(editable.textContent).toContain('Customer wrote: <img src=x onerror=alert(1)>');
    expect(editable.textContent).toContain('Severity: S1');
    expect([...editable.children].map((c) => c.tagName)).toEqual(['DIV', 'DIV', 'DIV']); // the empty placeholder was replaced
    expect(events).toEqual(['input', 'keyup', 'change']);
    const source = doc.querySelector<HTMLTextAreaElement>('textarea#body')!;
    expect(source.value).toBe(HOSTILE.html);
  });

  it('appends after a draft the agent already typed', async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    const editable = doc.querySelector<HTMLElement>('.note-editable')!;
    editable.replaceChildren(Object.assign(doc.createElement('div'), { textContent: 'Draft line' }));
    await ticketTools.editorFor(freescout).insertNote!(doc, { text: 'Escalated to Tier 2', html: '<p>Escalated to Tier 2</p>' });
    expect([...editable.children].map((c) => c.textContent)).toEqual(['Draft line', 'Escalated to Tier 2']);
  });

  it('uses insertHTML where the browser has it, and checks it worked', async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    const calls: unknown[][] = [];
    // A browser that claims success but inserts nothing: the adapter falls back to building nodes.
    Object.assign(doc, { execCommand: (...args: unknown[]) => (calls.push(args), true) });
    const result = await ticketTools.editorFor(freescout).insertNote!(doc, HOSTILE);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([['insertHTML', false, HOSTILE.html]]);
    expect(doc.querySelector('.note-editable')!.textContent).toContain('Severity: S1');
  });

  it('does not add the note twice when insertHTML works', async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    // Stand-in for a browser's insertHTML: parses the caller's (escaped) HTML at the caret.
    Object.assign(doc, {
      execCommand: (command: string, _ui: boolean, html: string) => {
        // (happy-dom keeps no selection on parsed documents: the caret is the empty editor)
        const parsed = doc.importNode(new DOMParser().parseFromString(html, 'text/html').body, true);
        doc.querySelector('.note-editable')!.replaceChildren(...parsed.childNodes);
        return command === 'insertHTML';
      },
    });
    const result = await ticketTools.editorFor(freescout).insertNote!(doc, HOSTILE);
    expect(result.ok).toBe(true);
    const editable = doc.querySelector('.note-editable')!;
    // The caller's two paragraphs, not also the three built from the text.
    expect([...editable.children].map((c) => `${c.tagName}:${c.textContent}`)).toEqual(['P:Customer wrote: <img src=x onerror=alert(1)>', 'P:Severity: S1']);
    expect(editable.querySelector('img')).toBeNull();
  });

  it('refuses when the page does not switch to note mode (never types into a reply)', async () => {
    const { doc } = load('freescout-ticket-thread-reply-open'); // no FreeScout script: the Note click does nothing
    const result = await ticketTools.editorFor(freescout).insertNote!(doc, HOSTILE);
    expect(result).toEqual({ ok: false, reason: 'the note editor did not open' });
    expect(doc.querySelector('.note-editable')!.textContent).toBe('');
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#body')!.value).toBe('');
  });

  it('says so when there is no editor', async () => {
    const { doc } = load('freescout-ticket-list');
    expect(await ticketTools.editorFor(freescout).insertNote!(doc, HOSTILE)).toEqual({ ok: false, reason: 'could not find the note editor on this page' });
  });
});

describe('freescout: the conversation number agents see', () => {
  it.each([
    ['freescout-ticket-thread', '1'],
    ['freescout-ticket-angry', '3'],
  ])('%s: #%s', (name, number) => {
    const { doc, url } = load(name);
    const { snapshot, health } = freescout.read(doc, url);
    expect(snapshot.ticketNumber).toBe(number);
    expect(health.find((h) => h.name === 'ticketNumber')?.found).toBe(true);
  });
  it('is the number shown, even where it differs from the conversation id', () => {
    const { doc, url } = load('freescout-ticket-thread');
    doc.querySelector('#conv-subject .conv-numnav strong')!.textContent = '1207';
    const { snapshot } = freescout.read(doc, url);
    expect(snapshot.ticketId).toBe('1');
    expect(snapshot.ticketNumber).toBe('1207');
  });
  it('falls back to the "#1 Subject - Customer" title, never to the id', () => {
    const { doc, url } = load('freescout-ticket-angry');
    doc.querySelector('#conv-subject .conv-numnav')!.remove();
    expect(freescout.read(doc, url).snapshot.ticketNumber).toBe('3');
    doc.title = 'FreeScout';
    expect(freescout.read(doc, url).snapshot).not.toHaveProperty('ticketNumber');
  });
});

describe('freescout: insertReply (a customer message)', () => {
  it('reply open: lands in the public reply editor, the form still in reply mode', async () => {
    const { doc } = load('freescout-ticket-thread-reply-open');
    const result = await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE);
    expect(result).toEqual({ ok: true, where: 'reply editor' });
    const block = doc.querySelector('.conv-reply-block')!;
    expect(block.classList.contains('conv-note-block')).toBe(false);
    expect(doc.querySelector<HTMLInputElement>('input[name="is_note"]')!.value).toBe('');
    const editable = doc.querySelector<HTMLElement>('.note-editable')!;
    expect(editable.textContent).toContain('Customer wrote: <img src=x onerror=alert(1)>');
    expect(editable.querySelector('img')).toBeNull();
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#body')!.value).toBe(HOSTILE.html);
  });

  it("note open: switches to a reply through FreeScout's own Reply button, then inserts", async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    // What FreeScout's script does on Reply: the note class and flag go.
    doc.querySelector('.conv-reply')!.addEventListener('click', () => {
      doc.querySelector('.conv-reply-block')!.classList.remove('conv-note-block', 'hidden');
      doc.querySelector<HTMLInputElement>('.conv-reply-block input[name="is_note"]')!.value = '';
    });
    expect(await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE)).toEqual({ ok: true, where: 'reply editor' });
    expect(doc.querySelector('.note-editable')!.textContent).toContain('Severity: S1');
  });

  it('refuses when only the note editor is open and the page does not switch it to a reply', async () => {
    const { doc } = load('freescout-ticket-thread-note-open'); // no FreeScout script: the Reply click does nothing
    const result = await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE);
    expect(result).toEqual({ ok: false, reason: 'the reply editor did not open (the open editor may be a note)' });
    expect(doc.querySelector('.note-editable')!.textContent).toBe('');
    expect(doc.querySelector<HTMLTextAreaElement>('textarea#body')!.value).toBe('');
  });

  it('never turns a written note into a reply: refuses while the open note editor holds text', async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    let switched = false;
    doc.querySelector('.conv-reply')!.addEventListener('click', () => (switched = true));
    doc.querySelector('.note-editable')!.textContent = 'ESCALATION: internal only';
    expect(await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE)).toEqual({ ok: false, reason: 'the editor holds an internal note: add or clear it first' });
    expect(switched).toBe(false);
    expect(doc.querySelector('.note-editable')!.textContent).toBe('ESCALATION: internal only');
  });

  it('never switches a hidden editor that still holds text to a reply (it may be a note written before)', async () => {
    const { doc } = load('freescout-ticket-thread-note-open');
    let switched = false;
    doc.querySelector('.conv-reply')!.addEventListener('click', () => (switched = true));
    doc.querySelector('.note-editable')!.textContent = 'ESCALATION: internal only';
    doc.querySelector('.conv-reply-block, [class*="conv-reply-block"]')?.classList.add('hidden');
    expect(await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE)).toEqual({ ok: false, reason: 'the editor holds an internal note: add or clear it first' });
    expect(switched).toBe(false);
  });

  it('refuses a form that does not say which mode it is in', async () => {
    const { doc } = load('freescout-ticket-thread-reply-open');
    doc.querySelector('input[name="is_note"]')!.remove();
    expect((await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE)).ok).toBe(false);
    expect(doc.querySelector('.note-editable')!.textContent).toBe('');
  });

  it('says so when there is no editor', async () => {
    const { doc } = load('freescout-ticket-list');
    expect(await ticketTools.editorFor(freescout).insertReply!(doc, HOSTILE)).toEqual({ ok: false, reason: 'could not find the reply editor on this page' });
  });
});

describe('freescout: the signed-in agent', () => {
  it.each(THREADS)('%s: the navbar user menu names Alex', (name) => {
    expect(freescout.agentName!(load(name).doc)).toBe('Alex');
  });

  it('is null when the user menu is gone', () => {
    const { doc } = load('freescout-ticket-thread');
    for (const el of doc.querySelectorAll('.nav-user')) el.remove();
    expect(freescout.agentName!(doc)).toBeNull();
  });
});
