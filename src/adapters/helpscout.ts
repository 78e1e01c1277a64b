/**
 * Help Scout.
 *
 * Verified by four or more sources (hosted-dom-facts.md §3: Toggl 2024, Clockify 2026, LC
 * 2026, Maestro 2025–26): the URL `/conversation/{id}/{number}`, the title format, the
 * subject, the customer name and email in the sidebar, the thread container and items.
 * LOW confidence, UNVERIFIED: every thread-role hook except the legacy `customer` class (see
 * `role()`), the customer's company, the note control and the editor (`ConvoEditor` comes
 * from one unverified adapter), list paths and rows. The note editor is the one this adapter
 * opened from a control labelled "Note". No live instance was reachable: tested on
 * reconstructed fixtures only. The ticket id is the conversation number agents see.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, isoDate, newestFirstByTime, readableText, readKept, shownNumber } from './dom';
import { insertThroughNoteControl, oldestFirst, rowsByLink } from './insert';
import { buildSnapshot, type RawTicket } from './snapshot';
import type { Adapter, InsertResult, NoteContent, ReadResult, SelectorTable } from './types';
import type { AuthorRole } from '../ticket/snapshot';

const TICKET_PATH = /^\/conversations?\/(\d+)\/(\d+)\/?$/;
// Unverified: mailbox folders and the newer inbox views.
const LIST_PATH = /^\/(?:mailbox\/\d+(?:\/\d+)?|inboxes\/\d+\/views\/\d+)\/?$/;

const selectors: SelectorTable = {
  subject: { what: 'the conversation subject', required: true, selectors: ['[aria-label="Conversation Subject"]', '[data-cy="EditableTextarea"]', '#subjectLine'] },
  // The header's "#31877" (Toggl 2024); the title and the URL carry the same number.
  ticketNumber: { what: 'the conversation number', selectors: ['[data-cy="ConversationHeader"] [data-cy="Text"]', 'header [data-cy="Text"]'] },
  messages: {
    what: 'the conversation',
    required: true,
    selectors: ['ol[data-testid="ThreadContainer"] li.ThreadListItem', 'ol[data-testid="ThreadContainer"] > li', 'ol[aria-label="Thread Items"] > li', 'article.thread'],
  },
  messageText: { what: 'the text of a message', selectors: ['.is-ignoring-table', '.messageBody'] },
  // Unverified hooks, shown in the diagnosis: when missing, roles are guessed from the customer's name.
  roleHints: { what: 'who wrote each message (else guessed by name)', selectors: ['[data-thread-type]', '[data-type]', 'article.thread.customer', '[class*="note" i]'] },
  messageAuthor: { what: 'the author of a message', selectors: ['span[data-nocollapse="true"]', '.threadHeader .meta strong'] },
  messageTime: { what: 'the time of a message', selectors: ['time[datetime]'] },
  requesterName: { what: 'the customer', selectors: ['[data-cy="Sidebar.CustomerName"] .c-Truncate__content', '[data-cy="Sidebar.CustomerName"]'] },
  requesterEmail: {
    what: "the customer's email",
    selectors: ['[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"] .c-Truncate__content', '[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"]'],
  },
  // Unverified guesses, by analogy with the sidebar hooks above.
  requesterOrg: {
    what: "the customer's company",
    selectors: ['[data-cy="Sidebar.CustomerCompany"] .c-Truncate__content', '[data-cy="Sidebar.CustomerCompany"]', '[data-testid="Sidebar.CustomerProfile"] [data-cy*="Company"]'],
  },
  tags: { what: 'the tags', selectors: ['[data-cy="Tag"]', '.actions__wrapper .tag'] },
  // Composer and the escalate controls.
  replyBar: { what: 'the reply bar', selectors: ['[data-testid="reply-bar"]', '[data-cy="ConversationHeader.Actions"]'], page: 'composer' },
  noteEditor: {
    what: 'the note editor',
    selectors: ['[data-cy="ConvoEditor"] [contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '.redactor_editor[contenteditable="true"]'],
    page: 'composer',
  },
  statusAssignee: { what: 'the status and assignee pickers', selectors: ['[class^="StatusAssigneecss__ContainerUI"]', '[class*=" StatusAssigneecss__ContainerUI"]'] },
  send: { what: 'the send button', selectors: ['[data-cy="ConvoEditor"] button[type="submit"]', '#sendBtn'], page: 'composer' },
  // Health only (rows are found through their links by listRows): reconstruction.
  listRow: { what: 'the conversation rows', selectors: ['tr a[href*="/conversation/"]', '[role="row"] a[href*="/conversation/"]', 'li a[href*="/conversation/"]'], page: 'list' },
};

/** The helpdesk's own escalate controls (pickers, submit), guarded by the sidebar. */
const ESCALATE = ['statusAssignee', 'send'];

function read(doc: Document, url: URL): ReadResult {
  const r = createReader(doc, selectors);
  for (const key of ESCALATE) r.one(key); // so the health list shows them as found or not
  const subjectEl = r.one('subject');
  const title = parseTitle(doc.title);
  const subject =
    (subjectEl instanceof HTMLInputElement || subjectEl instanceof HTMLTextAreaElement ? subjectEl.value : subjectEl && readableText(subjectEl)) || title.subject;
  const requesterName = r.text('requesterName') ?? title.customer;

  r.one('roleHints');
  const items = r.all('messages');
  const timeOf = (item: Element) => isoDate(r.one('messageTime', item)?.getAttribute('datetime'));
  // Only the messages the snapshot keeps are queried; Help Scout shows the newest first by default.
  const { messages, cut } = readKept(items, (item) => {
    const body = r.one('messageText', item);
    const text = body ? readableText(body, undefined, LIMITS.messageChars) : '';
    if (!text) return null; // line items ("assigned to …") have no body
    const authorName = r.text('messageAuthor', item);
    // No hook: the customer by name, anyone else an agent.
    const author = role(item) ?? (authorName && requesterName && authorName !== requesterName ? 'agent' : 'customer');
    return { author, authorName, at: timeOf(item), text };
  }, newestFirstByTime(items, timeOf));

  const shown = r.text('ticketNumber');
  const raw: RawTicket = {
    ticketId: ticketId(url),
    // `[data-cy="Text"]` is a generic text component: only a "#number" in it counts.
    ticketNumber: (shown?.startsWith('#') ? shownNumber(shown) : undefined) ?? title.number ?? ticketId(url) ?? undefined,
    subject,
    messages: oldestFirst(messages),
    cut,
    requester: { name: requesterName, email: r.text('requesterEmail'), org: r.text('requesterOrg') },
    tags: r.all('tags').map((t) => readableText(t)).filter(Boolean),
  };
  return { snapshot: buildSnapshot('helpscout', url, raw), health: r.health(), problems: r.problems() };
}

/**
 * Thread type, by several UNVERIFIED strategies: the legacy `customer` / `note` / `message`
 * classes, `data-thread-type` / `data-type` attributes (values as in the API: customer,
 * message, reply, note), aria labels, and class-name styling hooks containing "note"
 * (Help Scout draws notes with a yellow border). Only the item and its direct wrapper are
 * looked at, never the message text.
 */
function role(item: Element): AuthorRole | undefined {
  const els = [item, ...item.querySelectorAll(':scope > [id^="thread-"], :scope > article')];
  const attrs = els.map((el) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-thread-type') ?? ''} ${el.getAttribute('data-type') ?? ''}`).join(' ').toLowerCase();
  const labels = els.map((el) => el.getAttribute('aria-label') ?? '').join(' ').toLowerCase(); // may hold names: whole words only
  if (/note/.test(attrs) || /\bnote\b/.test(labels)) return 'internal';
  if (/\bcustomer\b/.test(attrs)) return 'customer';
  if (/\b(message|reply|agent)\b/.test(attrs)) return 'agent';
  return undefined;
}

/** `#{number} {subject} - {customer}`, split on the last " - " (LC's parseHsTitle). */
function parseTitle(title: string): { number?: string; subject?: string; customer?: string } {
  const match = /^#(\d+)\s+(.*)$/.exec(title.trim());
  if (!match) return {};
  const [, number, rest] = match as unknown as [string, string, string];
  const cut = rest.lastIndexOf(' - ');
  return cut < 0 ? { number, subject: rest } : { number, subject: rest.slice(0, cut).trim(), customer: rest.slice(cut + 3).trim() };
}

function ticketId(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[2] ?? null;
}


async function insertNote(doc: Document, note: NoteContent, signal?: AbortSignal): Promise<InsertResult> {
  const r = createReader(doc, selectors);
  return insertThroughNoteControl(note, {
    editor: () => r.one('noteEditor'),
    // Unverified: a button in the reply bar labelled "Note" (aria-label or text).
    control: () =>
      [...(r.one('replyBar')?.querySelectorAll('button, a, [role="button"]') ?? [])].find((el) =>
        /^(add (a )?)?note$/i.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()),
      ) ?? null,
    controlName: 'the Note control',
  }, signal);
}

export const helpscout: Adapter = {
  id: 'helpscout',
  name: 'Help Scout',
  kind: 'hosted',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'secure.helpscout.net',
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  isListPage: (url) => LIST_PATH.test(url.pathname),
  ticketId: (url) => ticketId(url),
  selectors,
  readyKey: 'subject',
  read,
  // The list the `messages` selectors read from (not a table entry: it adds nothing to the health list).
  threadRoot: (doc) => doc.querySelector('ol[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]'),
  insertNote,
  escalateControlKeys: ESCALATE,
  // Reconstruction: rows found through links to /conversation/{id}/{number}.
  listRows: (doc) => rowsByLink(doc, /\/conversations?\/\d+\/(\d+)/, 'tr, [role="row"], li'),
};
