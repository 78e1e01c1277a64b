/**
 * FreeScout (self-hosted, any domain or path prefix): Laravel pages, Bootstrap 3, Summernote.
 * Detected by the page's own markers (body data attributes, #conv-layout, the conversations
 * table); the URL shape only tells a conversation from a folder list.
 * Conversations show the newest message first; read() returns them oldest first.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, firstMatch, isoDate, readableText, readKept, shownNumber, waitFor } from './dom';
import { insertIntoEditor } from './insert';
import { buildSnapshot } from './snapshot';
import type { AuthorRole } from '../ticket/snapshot';
import type { Adapter, AdapterEditor, SelectorTable } from './types';

const CONVERSATION_PATH = /\/conversation\/(\d+)\/?$/;
const FOLDER_PATH = /\/mailbox\/\d+(?:\/\d+)?\/?$/;

const selectors: SelectorTable = {
  conversation: { what: 'the conversation', selectors: ['#conv-layout-main', '#conv-layout'], required: true },
  subject: { what: 'the subject', selectors: ['#conv-subject .conv-subjtext > span', 'input#conv-subj-value'], required: true },
  ticketNumber: { what: 'the conversation number', selectors: ['#conv-subject .conv-numnav strong', '.conv-numnav strong'] },
  message: { what: 'the messages', selectors: ['.thread[data-thread_id]', '.thread[id^="thread-"]'], required: true },
  messageBody: { what: 'the message text', selectors: ['.thread-body .thread-content', '.thread-content', '.thread-body'] },
  author: { what: 'the message author', selectors: ['.thread-person strong a', '.thread-person strong', '.thread-person'] },
  time: { what: 'the message time', selectors: ['.thread-info a.thread-date', '.thread-date'] },
  currentAgent: { what: 'the signed-in agent', selectors: ['.navbar .nav-user', '.nav-user'] },
  requesterName: { what: 'the requester', selectors: ['#conv-layout-customer .customer-name', '.customer-data .customer-name'] },
  requesterEmail: {
    what: "the requester's email",
    selectors: ['#conv-layout-customer .customer-email a.contact-main', '#conv-layout-customer .customer-email'],
  },
  // FreeScout lists company then job title, unlabelled; the first line is the company.
  requesterOrg: { what: "the requester's company", selectors: ['#conv-layout-customer .customer-extra .customer-section > div:first-child'] },
  status: { what: 'the status', selectors: ['#conv-status .conv-info-val span:first-child', 'ul.conv-status li.active a'] },
  assignee: { what: 'the assignee', selectors: ['#conv-assignee .conv-info-val span:first-child', 'ul.conv-user li.active a'] },
  assigneeId: { what: 'the assignee', selectors: ['ul.conv-user li.active a[data-user_id]'] },
  mailbox: { what: 'the mailbox', selectors: ['.sidebar-title .mailbox-name', '.mailbox-name'] },
  // One shared form serves replies and notes; note mode adds .conv-note-block and is_note=1.
  editorBlock: { what: 'the reply and note editor', selectors: ['.conv-reply-block.conv-action-block', '.conv-reply-block'] },
  replyEditor: { what: 'the reply editor', selectors: ['.conv-reply-block .note-editable[contenteditable="true"]', '.note-editable[contenteditable="true"]'] },
  noteEditor: { what: 'the internal note editor', selectors: ['.conv-reply-block.conv-note-block .note-editable[contenteditable="true"]'], page: 'composer' },
  editorSource: { what: "the editor's text field", selectors: ['.conv-reply-block textarea#body', 'textarea#body[name="body"]'] },
  noteModeField: { what: 'the note mode field', selectors: ['.conv-reply-block input[name="is_note"]', 'form.form-reply input[name="is_note"]'] },
  replyToggle: { what: 'the Reply button', selectors: ['#conv-toolbar .conv-reply', '.conv-reply'] },
  noteToggle: { what: 'the Note button', selectors: ['#conv-toolbar .conv-add-note', '.conv-add-note'] },
  // Shown only in reply mode when the last post is another agent's note.
  switchToNote: { what: 'the "switch to a note" link', selectors: ['.conv-reply-block a.switch-to-note'], page: 'composer' },
  submitReply: { what: 'the Send Reply button', selectors: ['.conv-reply-block .btn-reply-submit.btn-send-text'] },
  submitNote: { what: 'the Add Note button', selectors: ['.conv-reply-block .btn-reply-submit.btn-add-note-text'] },
  // The toolbar's dropdowns are menus of links; FreeScout saves a pick at once (AJAX), so the pick itself is guarded.
  statusMenu: { what: 'the status menu', selectors: ['#conv-status ul.conv-status a[data-status]', 'ul.conv-status a[data-status]'], menuItems: true },
  assigneeMenu: { what: 'the assignee menu', selectors: ['#conv-assignee ul.conv-user a[data-user_id]', 'ul.conv-user a[data-user_id]'], menuItems: true },
  editorStatus: { what: "the editor's status choice", selectors: ['.conv-reply-block select[name="status"]'] },
  editorAssignee: { what: "the editor's assign-to choice", selectors: ['.conv-reply-block select[name="user_id"]'] },
  listRow: { what: 'the conversation rows', selectors: ['table.table-conversations tr.conv-row[data-conversation_id]', 'tr.conv-row[data-conversation_id]'], page: 'list' },
};

/** FreeScout's own escalate controls (status/assignee menus, the editor's pickers, submits), guarded by the sidebar. */
const ESCALATE = ['statusMenu', 'assigneeMenu', 'editorStatus', 'editorAssignee', 'submitReply', 'submitNote'];

const ROLE_BY_TYPE: [string, AuthorRole][] = [
  ['thread-type-customer', 'customer'],
  ['thread-type-message', 'agent'],
  ['thread-type-note', 'internal'],
];

function roleOf(thread: Element, authorHref: string): AuthorRole | null {
  for (const [cls, role] of ROLE_BY_TYPE) if (thread.classList.contains(cls)) return role;
  if (thread.classList.contains('thread-type-lineitem')) return null; // status/assignment lines, not messages
  if (authorHref.includes('/customers/')) return 'customer';
  return authorHref.includes('/users/') ? 'agent' : null;
}

/** <title> is "#1 Subject - Customer Name" (the subject may itself contain " - "). */
function subjectFromTitle(title: string): string | undefined {
  const text = title.trim().replace(/^#\d+\s+/, '');
  const cut = text.lastIndexOf(' - ');
  return (cut > 0 ? text.slice(0, cut) : text).trim() || undefined;
}

export const freescout: Adapter = {
  id: 'freescout',
  name: 'FreeScout',
  kind: 'self-hosted',
  matches(url, doc) {
    const body = doc.body as HTMLElement | null; // null on a document still parsing
    if (!body?.hasAttribute('data-mailbox_id') || !body.hasAttribute('data-auth_user_id')) return false;
    if (body.hasAttribute('data-conversation_id') && doc.querySelector('#conv-layout')) return true;
    if (doc.querySelector('table.table-conversations')) return true;
    // An empty folder has no table: the folder marker plus the URL shape is enough.
    return body.hasAttribute('data-folder_id') && FOLDER_PATH.test(url.pathname);
  },
  isTicketPage(url, doc) {
    return CONVERSATION_PATH.test(url.pathname) || doc.querySelector('body[data-conversation_id] #conv-layout') !== null;
  },
  isListPage(url, doc) {
    return FOLDER_PATH.test(url.pathname) || (!freescout.isTicketPage(url, doc) && doc.querySelector('table.table-conversations') !== null);
  },
  ticketId(url, doc) {
    return doc.body?.getAttribute('data-conversation_id') || CONVERSATION_PATH.exec(url.pathname)?.[1] || null;
  },
  selectors,
  readyKey: 'conversation',
  // A fluid Bootstrap layout: it reflows when narrowed, down to about 600 px.
  dock: { mode: 'narrow', minPageWidth: 600 },
  threadRoot: (doc) => firstMatch(doc, selectors.conversation),
  escalateControlKeys: ESCALATE,

  read(doc, url) {
    const reader = createReader(doc, selectors);
    for (const key of ESCALATE) reader.one(key); // so the health list shows them as found or not
    const authId = doc.body?.getAttribute('data-auth_user_id') ?? null;
    const me = reader.text('currentAgent');
    const isMe = (href: string) => authId !== null && href.replace(/\/$/, '').endsWith(`/users/profile/${authId}`);

    const container = reader.one('conversation');
    // Only the messages the snapshot keeps are queried; the page shows the newest first.
    const { messages, cut } = readKept(container ? reader.all('message', container) : [], (thread) => {
      const authorLink = reader.one('author', thread);
      const href = authorLink?.getAttribute('href') ?? '';
      const author = roleOf(thread, href);
      if (!author) return null;
      const date = reader.one('time', thread);
      const body = reader.one('messageBody', thread);
      const shownName = authorLink ? readableText(authorLink) : undefined;
      return {
        author,
        // The signed-in agent's own posts read "you"; name them when the page says who that is.
        authorName: isMe(href) ? (me ?? shownName) : shownName,
        at: isoDate(date?.getAttribute('data-original-title') || date?.getAttribute('title')),
        text: body ? readableText(body, undefined, LIMITS.messageChars) : '',
      };
    }, true);

    let subject = reader.text('subject');
    let problems = reader.problems();
    if (!subject) {
      subject = subjectFromTitle(doc.title);
      // Health still shows the selector missing; the read itself is fine.
      if (subject) problems = problems.filter((p) => p !== `could not find ${selectors.subject!.what} on this page`);
    }

    const assigneeId = reader.one('assigneeId')?.getAttribute('data-user_id');
    let assignee = reader.text('assignee');
    if (assigneeId === '-1') assignee = undefined; // "Anyone"
    else if (assigneeId && assigneeId === authId && me) assignee = me; // "Me"

    const snapshot = buildSnapshot('freescout', url, {
      ticketId: freescout.ticketId(url, doc),
      // The conversation number can differ from its id (imports, merged mailboxes): never the id.
      ticketNumber: shownNumber(reader.text('ticketNumber')) ?? /^#(\d+)\s/.exec(doc.title.trim())?.[1],
      subject,
      messages,
      cut,
      requester: { name: reader.text('requesterName'), email: reader.text('requesterEmail'), org: reader.text('requesterOrg') },
      status: reader.text('status'),
      assignee,
      group: reader.text('mailbox'),
      createdAt: messages[0]?.at,
    });
    return { snapshot, health: reader.health(), problems };
  },

  listRows(doc) {
    const reader = createReader(doc, selectors);
    // The badge leads the subject line: FreeScout fades out long subjects at the right edge.
    return reader
      .all('listRow')
      .map((row) => {
        const subject = row.querySelector('td.conv-subject a p:not(.conv-preview)');
        return { ticketId: row.getAttribute('data-conversation_id') ?? '', row, anchor: subject ?? row, at: subject ? ('start' as const) : ('after' as const) };
      })
      .filter((r) => r.ticketId);
  },

  agentName: (doc) => createReader(doc, selectors).text('currentAgent') ?? null,
};

/**
 * FreeScout's editor code, used on the agent's click only: shipped in the sidebar bundle
 * (TicketTools.editors), not the always-on script. Given the adapter's table (the sidebar
 * bundle does not carry a second copy of it).
 */
export const freescoutEditor = (table: SelectorTable): AdapterEditor => ({
  async insertReply(doc, message, signal) {
    const reader = createReader(doc, table);
    const block = reader.one('editorBlock');
    if (!block) return { ok: false, reason: 'could not find the reply editor on this page' };
    // Reply mode, as FreeScout's own script leaves it: the form shown, no note class, is_note empty (a form without the flag is not trusted).
    const inReplyMode = () => {
      const flag = reader.one('noteModeField') as HTMLInputElement | null;
      return !block.classList.contains('hidden') && !block.classList.contains('conv-note-block') && flag !== null && flag.value !== '1';
    };
    const editable = block.querySelector('.note-editable[contenteditable="true"]');
    if (!(editable instanceof HTMLElement)) return { ok: false, reason: 'could not find the reply editor on this page' };
    if (!inReplyMode()) {
      // One form serves both modes: text written as a note must never become part of a reply.
      // Shown or hidden: whatever is written there may be a note, so it is never switched to a reply.
      if ((editable.textContent ?? '').trim()) return { ok: false, reason: 'the editor holds an internal note: add or clear it first' };
      (reader.one('replyToggle') as HTMLElement | null)?.click();
      await waitFor(inReplyMode, 1_000, 50, signal);
    }
    if (!inReplyMode()) return { ok: false, reason: 'the reply editor did not open (the open editor may be a note)' };
    return insertIntoEditor(editable, message, { where: 'reply editor', source: reader.one('editorSource') as HTMLTextAreaElement | null, block: 'div', signal });
  },

  async insertNote(doc, note, signal) {
    const reader = createReader(doc, table);
    const block = reader.one('editorBlock');
    if (!block) return { ok: false, reason: 'could not find the note editor on this page' };
    const inNoteMode = () => {
      const flag = reader.one('noteModeField') as HTMLInputElement | null;
      return !block.classList.contains('hidden') && block.classList.contains('conv-note-block') && (!flag || flag.value === '1');
    };
    // Only FreeScout's own script may switch modes: a half-switched form could send the note to the customer.
    for (const toggle of ['noteToggle', 'switchToNote']) {
      if (inNoteMode()) break;
      (reader.one(toggle) as HTMLElement | null)?.click();
      await waitFor(inNoteMode, 1_000, 50, signal);
    }
    if (!inNoteMode()) return { ok: false, reason: 'the note editor did not open' };
    const editable = reader.one('noteEditor');
    if (!(editable instanceof HTMLElement)) return { ok: false, reason: 'could not find the note editor on this page' };
    return insertIntoEditor(editable, note, { where: 'internal note editor', source: reader.one('editorSource') as HTMLTextAreaElement | null, block: 'div', signal });
  },
});
