/**
 * osTicket staff panel (self-hosted, any domain or path prefix, under /scp/): server-rendered
 * PHP with pjax navigation (#pjax-container swapped, URL pushed), Redactor editors.
 * Detected by the page's own markers; the URL shape tells a ticket from a queue.
 * The URL id (tickets.php?id=1) is the ticket id; the number humans see (#639656) differs.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, firstMatch, isoDate, isShown, readableText, readKept, shownNumber, waitFor } from './dom';
import { insertIntoEditor } from './insert';
import { buildSnapshot } from './snapshot';
import type { AuthorRole } from '../ticket/snapshot';
import type { Adapter, AdapterEditor, SelectorTable } from './types';

const STAFF_PAGE = /\/scp\/(?:tickets\.php|index\.php)?$/;

/** Info-table fields that are not the priority (its own span id depends on the install's form field id). */
const NOT_PRIORITY = ':not(#field_source):not(#field_assign):not(#field_sla):not(#field_duedate):not(#field_topic)';

const selectors: SelectorTable = {
  thread: { what: 'the ticket thread', selectors: ['#ticketThread #thread-items', '#thread-items', '#ticketThread'], required: true },
  subject: { what: 'the subject', selectors: ['.tixTitle h3', '.tixTitle', '#thread-items .thread-entry.message .header span.faded.title'], required: true },
  ticketNumber: { what: 'the ticket number', selectors: ['.sticky.bar h2 a[href*="tickets.php?id="]', '.sticky.bar h2'] },
  message: { what: 'the messages', selectors: ['#thread-items .thread-entry', '.thread-entry'], required: true },
  messageBody: { what: 'the message text', selectors: ['.thread-body > div:first-child', '.thread-body'] },
  author: { what: 'the message author', selectors: ['.header > b', '.header b'] },
  time: { what: 'the message time', selectors: ['.header time[datetime]', 'time[datetime]'] },
  noteTitle: { what: 'the note title', selectors: ['.header span.faded.title'] },
  infoLabel: { what: 'the ticket details', selectors: ['table.ticket_info th'] },
  status: { what: 'the status', selectors: ['table.ticket_info td > a.tickets-action[href="#statuses"]', 'table.ticket_info a.tickets-action'] },
  priority: { what: 'the priority', selectors: [`table.ticket_info a.inline-edit[href*="/field/"] > span[id^="field_"]${NOT_PRIORITY}`] },
  department: { what: 'the department', selectors: ['table.ticket_info a.ticket-action[href$="/transfer"]'] },
  assignee: { what: 'the assignee', selectors: ['#field_assign', 'table.ticket_info a.inline-edit[href$="/assign"]'] },
  currentAgent: { what: 'the signed-in agent', selectors: ['#info > strong', 'p#info strong'] },
  requesterName: { what: 'the requester', selectors: ['table.ticket_info span[id^="user-"][id$="-name"]'] },
  requesterEmail: { what: "the requester's email", selectors: ['table.ticket_info span[id^="user-"][id$="-email"]'] },
  requesterOrg: { what: "the requester's organization", selectors: ['table.ticket_info td:has(> i.icon-building)'] },
  replyTab: { what: 'the Post Reply tab', selectors: ['#response-tabs a#post-reply-tab', 'a#post-reply-tab'] },
  noteTab: { what: 'the Post Internal Note tab', selectors: ['#response-tabs a#post-note-tab', 'a#post-note-tab'] },
  replyForm: { what: 'the reply form', selectors: ['form#reply[name="reply"]', 'form#reply'] },
  // form#note keeps its "hidden" class while shown: visibility comes from its inline style.
  noteForm: { what: 'the internal note form', selectors: ['form#note[name="note"]', 'form#note'] },
  replyEditor: { what: 'the reply editor', selectors: ['form#reply .redactor-in[contenteditable="true"]', 'form#reply [contenteditable="true"]'] },
  noteEditor: { what: 'the internal note editor', selectors: ['form#note .redactor-in[contenteditable="true"]', 'form#note [contenteditable="true"]'] },
  replySource: { what: "the reply's text field", selectors: ['textarea#response[name="response"]', 'form#reply textarea[name="response"]'] },
  noteSource: { what: "the note's text field", selectors: ['textarea#internal_note', 'form#note textarea[name="note"]'] },
  submitReply: { what: 'the Post Reply button', selectors: ['form#reply input[type="submit"].save', 'form#reply [type="submit"]'] },
  submitNote: { what: 'the Post Note button', selectors: ['form#note input[type="submit"].save', 'form#note [type="submit"]'] },
  replyStatus: { what: "the reply's status choice", selectors: ['form#reply select[name="reply_status_id"]'] },
  noteStatus: { what: "the note's status choice", selectors: ['form#note select[name="note_status_id"]'] },
  // The toolbar's status dropdown is a menu of links (one per status, its name as text); a pick opens osTicket's confirmation, so it is guarded at the click.
  statusMenu: { what: 'the status menu', selectors: ['#action-dropdown-statuses a[href*="/status/"]'], menuItems: true },
  assignControl: { what: 'the assign button', selectors: ['a#ticket-assign', '#action-dropdown-assign'] },
  transferControl: { what: 'the transfer (department) button', selectors: ['a#ticket-transfer', 'table.ticket_info a.ticket-action[href$="/transfer"]'] },
  priorityControl: { what: 'the priority editor', selectors: [`table.ticket_info a.inline-edit[href*="/field/"]:has(> span[id^="field_"]${NOT_PRIORITY})`] },
  // Transfer and Assign open osTicket's #popup dialog, its body loaded on demand (empty in the captures): these follow
  // osTicket 1.18's transfer.tmpl.php and assign.tmpl.php (tests/fixtures/helpdesks/osticket/dialogs.html), not a capture.
  transferDialog: { what: "the Transfer dialog's department", selectors: ['#popup form#transfer select', 'form[name="transfer"] select'], page: 'composer' },
  transferSubmit: { what: "the Transfer dialog's submit", selectors: ['#popup form#transfer [type="submit"]', 'form[name="transfer"] [type="submit"]'], page: 'composer' },
  assignDialog: { what: "the Assign dialog's assignee", selectors: ['#popup form[name="assign"] select', 'form[name="assign"] select'], page: 'composer' },
  assignSubmit: { what: "the Assign dialog's submit", selectors: ['#popup form[name="assign"] [type="submit"]', 'form[name="assign"] [type="submit"]'], page: 'composer' },
  // Row checkboxes carry the id; agents without mass-action rights get no checkboxes, only the number links.
  listRowId: {
    what: 'the ticket rows',
    selectors: ['table.list.queue.tickets input.ckb[name="tids[]"][value]', 'input.ckb[name="tids[]"][value]', 'table.list.queue.tickets a.preview[href*="tickets.php?id="]'],
    page: 'list',
  },
};

/** osTicket's own escalate controls (status, assign, transfer, priority, the forms' status and submits, the dialogs), guarded by the sidebar. */
const ESCALATE = ['statusMenu', 'assignControl', 'transferControl', 'priorityControl', 'replyStatus', 'noteStatus', 'submitReply', 'submitNote', 'transferDialog', 'transferSubmit', 'assignDialog', 'assignSubmit'];

const ROLE_BY_CLASS: [string, AuthorRole][] = [
  ['message', 'customer'],
  ['response', 'agent'],
  ['note', 'internal'],
];

/** Text of an info-table cell without its "(1) related tickets" link and hidden dropdowns. */
function cellText(cell: Element): string | undefined {
  return readableText(cell, (el) => el.tagName === 'A' || el.classList.contains('action-dropdown')) || undefined;
}

/** The value cell beside an English label, for fields whose markup has no stable hook. */
function byLabel(labels: Element[], label: string): Element | undefined {
  const th = labels.find((el) => readableText(el) === label);
  return th?.nextElementSibling ?? undefined;
}

export const osticket: Adapter = {
  id: 'osticket',
  name: 'osTicket',
  kind: 'self-hosted',
  matches(url, doc) {
    // The pjax shell is on every staff page (the meta survives pjax swaps); then a ticket or queue marker, or the URL.
    if (!doc.querySelector('#pjax-container')) return false;
    const staff = doc.querySelector('meta[http-equiv="x-pjax-version"]') !== null || url.pathname.includes('/scp/');
    return staff && (doc.querySelector('.tixTitle, #ticketThread, table.list.queue.tickets') !== null || STAFF_PAGE.test(url.pathname));
  },
  isTicketPage(url, doc) {
    if (STAFF_PAGE.test(url.pathname)) return /^\d+$/.test(url.searchParams.get('id') ?? '') && !url.searchParams.has('a');
    return doc.querySelector('#pjax-container .tixTitle') !== null;
  },
  isListPage(url, doc) {
    if (STAFF_PAGE.test(url.pathname)) return !url.searchParams.has('id') && ['', 'search'].includes(url.searchParams.get('a') ?? '');
    return doc.querySelector('#pjax-container table.list.queue.tickets') !== null;
  },
  ticketId(url, doc) {
    const id = url.searchParams.get('id');
    if (id && /^\d+$/.test(id)) return id;
    // After an unusual navigation the forms still carry it.
    return doc.querySelector('form#note input[name="id"], form#reply input[name="id"]')?.getAttribute('value') ?? null;
  },
  selectors,
  readyKey: 'thread',
  // A fixed 960 px layout centred in the window: it does not reflow when narrowed.
  dock: { mode: 'fixed', layout: '#container' },
  threadRoot: (doc) => firstMatch(doc, selectors.thread),
  escalateControlKeys: ESCALATE,

  read(doc, url) {
    const reader = createReader(doc, selectors);
    for (const key of ESCALATE) reader.one(key); // so the health list shows them as found or not
    const thread = reader.one('thread');
    // Only the messages the snapshot keeps are queried (osTicket shows the oldest first).
    const { messages, cut } = readKept(thread ? reader.all('message', thread) : [], (entry) => {
      const author = ROLE_BY_CLASS.find(([cls]) => entry.classList.contains(cls))?.[1];
      if (!author) return null;
      const body = reader.one('messageBody', entry);
      let text = body ? readableText(body, undefined, LIMITS.messageChars) : '';
      // A note's title is part of what the agent wrote; a message's title just repeats the subject.
      const title = author === 'internal' ? reader.text('noteTitle', entry) : undefined;
      if (title) text = `${title}\n\n${text}`;
      return {
        author,
        authorName: reader.text('author', entry),
        at: isoDate(reader.one('time', entry)?.getAttribute('datetime')),
        text,
      };
    }, false);

    const labels = reader.all('infoLabel');
    const priorityCell = reader.one('priority') ?? byLabel(labels, 'Priority:');
    const orgCell = reader.one('requesterOrg') ?? byLabel(labels, 'Organization:');
    let assignee = reader.text('assignee');
    if (assignee && /^[—–-]+.*[—–-]+$/.test(assignee)) assignee = undefined; // "— Unassigned —"

    const snapshot = buildSnapshot('osticket', url, {
      ticketId: osticket.ticketId(url, doc),
      // Never the URL id: osTicket numbers tickets apart from its ids (id 1 is "Ticket #639656").
      ticketNumber: shownNumber(reader.text('ticketNumber')) ?? (/^Ticket #/.test(doc.title) ? shownNumber(doc.title) : undefined),
      subject: reader.text('subject'),
      messages,
      cut,
      requester: { name: reader.text('requesterName'), email: reader.text('requesterEmail'), org: orgCell ? cellText(orgCell) : undefined },
      status: reader.text('status'),
      priority: priorityCell ? readableText(priorityCell) || undefined : undefined,
      assignee,
      group: reader.text('department'),
      createdAt: messages[0]?.at,
    });
    return { snapshot, health: reader.health(), problems: reader.problems() };
  },

  listRows(doc) {
    const reader = createReader(doc, selectors);
    return reader
      .all('listRowId')
      .map((el) => ({ ticketId: el.getAttribute('value') ?? /[?&]id=(\d+)/.exec(el.getAttribute('href') ?? '')?.[1] ?? '', row: el.closest('tr') }))
      .filter((r): r is { ticketId: string; row: HTMLTableRowElement } => /^\d+$/.test(r.ticketId) && r.row !== null)
      // Leading the subject, inside osTicket's one-line truncating span (the number column is too narrow).
      .map((r) => {
        const subject = r.row.querySelector('span.truncate a') ?? r.row.querySelector(`a[href*="id=${r.ticketId}"]:not(.preview)`);
        return { ...r, anchor: subject ?? r.row, at: subject ? ('start' as const) : ('after' as const) };
      });
  },

  agentName: (doc) => createReader(doc, selectors).text('currentAgent') ?? null,
};

/**
 * osTicket's editor code, used on the agent's click only: shipped in the sidebar bundle
 * (TicketTools.editors), not the always-on script. Given the adapter's table (the sidebar
 * bundle does not carry a second copy of it).
 */
export const osticketEditor = (table: SelectorTable): AdapterEditor => ({
  async insertReply(doc, message, signal) {
    const reader = createReader(doc, table);
    // osTicket keeps replies and notes in separate forms: the reply form, shown by osTicket's own tab script, is the public reply.
    const replyShown = () => {
      const form = reader.one('replyForm');
      const note = reader.one('noteForm');
      return form !== null && isShown(form) && !(note && isShown(note));
    };
    if (!replyShown()) {
      (reader.one('replyTab') as HTMLElement | null)?.click();
      await waitFor(replyShown, 1_500, 50, signal);
    }
    if (!replyShown()) return { ok: false, reason: 'the reply editor did not open (the open editor may be a note)' };
    const editable = reader.one('replyEditor');
    if (!(editable instanceof HTMLElement)) return { ok: false, reason: 'could not find the reply editor on this page' };
    const result = await insertIntoEditor(editable, message, { where: 'reply editor', source: reader.one('replySource') as HTMLTextAreaElement | null, block: 'p', signal });
    if (result.ok) editable.classList.remove('redactor-placeholder');
    return result;
  },

  async insertNote(doc, note, signal) {
    const reader = createReader(doc, table);
    const noteShown = () => {
      const form = reader.one('noteForm');
      return form !== null && isShown(form);
    };
    if (!noteShown()) {
      // osTicket's own tab script shows the note form; a form we showed ourselves would not be tracked by it.
      (reader.one('noteTab') as HTMLElement | null)?.click();
      await waitFor(noteShown, 1_500, 50, signal);
    }
    if (!noteShown()) return { ok: false, reason: 'the note editor did not open' };
    const editable = reader.one('noteEditor');
    if (!(editable instanceof HTMLElement)) return { ok: false, reason: 'could not find the note editor on this page' };
    const result = await insertIntoEditor(editable, note, { where: 'internal note editor', source: reader.one('noteSource') as HTMLTextAreaElement | null, block: 'p', signal });
    // Redactor greys out its placeholder by this class; it may not notice a change it did not make.
    if (result.ok) editable.classList.remove('redactor-placeholder');
    return result;
  },
});
