/**
 * Intercom inbox.
 *
 * Verified by several public sources (hosted-dom-facts.md §4: Kenchi 2021–22, Toggl 2021,
 * Clockify 2026, Support Copilot 2026, an older userscript): the URL pattern, the header
 * title, the stream container and part fallbacks, the role hooks (`data-part-group-category`,
 * `data-author-type`, Tailwind alignment classes), the ProseMirror composer and the older
 * note tab / `.o__note` composer. Parts and roles churn (Tailwind since April 2026), hence
 * the several strategies in `role()`.
 * UNVERIFIED, no source: note-part hooks, author names, times, the requester details
 * sidebar, list rows by link. Intercom is said to use shadow DOM (one source); not handled.
 * No live instance was reachable: tested on reconstructed fixtures only.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, firstMatch, isoDate, newestFirstByTime, readableText, readKept, waitFor } from './dom';
import { insertIntoEditor, oldestFirst, press, rowsByLink } from './insert';
import { buildSnapshot, type RawTicket } from './snapshot';
import type { Adapter, InsertResult, NoteContent, ReadResult, SelectorTable } from './types';
import type { AuthorRole } from '../ticket/snapshot';

const TICKET_PATH = /^\/a\/inbox\/[a-z0-9]+\/(?:[\w-]+\/)*conversation\/(\d+)\/?$/;
const LIST_PATH = /^\/a\/inbox\/[a-z0-9]+\/inbox(?:\/[\w-]+)*\/?$/;

const selectors: SelectorTable = {
  subject: {
    what: 'the conversation title',
    required: true,
    selectors: ['[data-inbox-conversation-header-title] span', '[data-inbox-conversation-header-title]', '.conversation__card__title__text'],
  },
  stream: { what: 'the conversation stream', selectors: ['[data-testid="conversation-stream-scroll-container"]'] },
  messages: {
    what: 'the conversation',
    required: true,
    selectors: ['[class*="group/content-part"]', '[data-part-group-id]', '[data-part-id]', '[data-intercom-part-id]', '.inbox-2__conversation-part'],
  },
  messageText: { what: 'the text of a message', selectors: ['.interblocks-html', '.inbox-2__break-words'] },
  // Shown in the diagnosis: when none is found, roles come from geometry or default to the customer.
  roleHints: {
    what: 'who wrote each message (else assumed the customer)',
    selectors: ['[data-part-group-category]', '[data-author-type]', '.justify-end, .justify-start, .flex-row-reverse', '[data-part-type]'],
  },
  // Unverified: avatar alt text and <time datetime>.
  messageAuthor: { what: 'the author of a message', selectors: ['[data-author-name]', 'img[alt]'] },
  messageTime: { what: 'the time of a message', selectors: ['time[datetime]'] },
  // Unverified guesses: no public source describes the details sidebar.
  requesterName: { what: 'the customer', selectors: ['[data-testid="user-details-name"]', '[data-conversation-details-user-name]'] },
  requesterEmail: { what: "the customer's email", selectors: ['[data-testid="user-details-email"]', '[data-testid="user-details"] a[href^="mailto:"]'] },
  requesterOrg: { what: "the customer's company", selectors: ['[data-testid="user-details-company"]'] },
  // Composer and the escalate controls.
  noteTab: { what: 'the Note tab', selectors: ['[data-intercom-target="note-tab"]', '[data-conversation-reply-composer] [role="tab"][aria-label="Note"]'], page: 'composer' },
  noteEditor: {
    what: 'the note editor',
    selectors: [
      '.conversation__text.o__note .embercom-prosemirror-composer-editor',
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    ],
    page: 'composer',
  },
  toolbar: { what: 'the conversation toolbar (assign, snooze, close)', selectors: ['[data-intercom-target="conversation-toolbar"]'] },
  // Health only (rows are found through their links by listRows): reconstruction.
  listRow: { what: 'the conversation list', selectors: ['[role="row"] a[href*="/conversation/"]', 'li a[href*="/conversation/"]', 'tr a[href*="/conversation/"]'], page: 'list' },
};

/** The helpdesk's own escalate controls (pickers, submit), guarded by the sidebar. */
const ESCALATE = ['toolbar'];

const NOT_TEXT = '.channels__inbox__email-metadata-container';
const CUSTOMER_TYPES = /^(user|lead|contact|visitor|customer|end.?user)$/;
const AGENT_TYPES = /^(admin|teammate|bot|operator|agent)$/;

function read(doc: Document, url: URL): ReadResult {
  const r = createReader(doc, selectors);
  for (const key of ESCALATE) r.one(key); // so the health list shows them as found or not
  const stream = r.one('stream');
  const found = r.all('messages', stream ?? doc);
  r.one('roleHints', stream ?? doc);
  // Outermost only; in document order an enclosing part comes just before the parts it holds (linear, not pairwise).
  const parts: Element[] = [];
  for (const part of found) if (!parts.length || !parts[parts.length - 1]!.contains(part)) parts.push(part);

  const timeOf = (part: Element) => isoDate(r.one('messageTime', part)?.getAttribute('datetime'));
  // Only the messages the snapshot keeps are queried.
  const { messages, cut } = readKept(parts, (part) => {
    const body = r.one('messageText', part);
    const text = readableText(body ?? part, (el) => el.matches(NOT_TEXT), LIMITS.messageChars);
    if (!text) return null;
    const author = role(part, stream) ?? 'customer'; // unknown: keep the text where triage looks for signals
    const who = r.one('messageAuthor', part);
    return { author, authorName: who?.getAttribute('data-author-name') ?? who?.getAttribute('alt') ?? undefined, at: timeOf(part), text };
  }, newestFirstByTime(parts, timeOf));

  const id = ticketId(url);
  const raw: RawTicket = {
    ticketId: id,
    // UNVERIFIED: no source shows a separate number; the conversation id is what Intercom's links and search use.
    ...(id ? { ticketNumber: id } : {}),
    subject: r.text('subject'),
    messages: oldestFirst(messages),
    cut,
    requester: { name: r.text('requesterName'), email: r.text('requesterEmail'), org: r.text('requesterOrg') },
  };
  return { snapshot: buildSnapshot('intercom', url, raw), health: r.health(), problems: r.problems() };
}

/**
 * Who wrote a part, strongest hint first: note hooks (UNVERIFIED: `data-part-type`, class
 * names containing "note" such as the older `o__note`), the legacy group category
 * (1 customer, 3 agent, 5 bot, 20 automated), `data-author-type`, Tailwind alignment
 * (agents on the right), then which half of the stream the bubble sits in.
 */
function role(part: Element, stream: Element | null): AuthorRole | undefined {
  const chain: Element[] = [];
  for (let el: Element | null = part; el && el !== stream; el = el.parentElement) chain.push(el);
  const near = [...chain, ...part.children]; // Intercom's own wrappers, never the message HTML
  const classes = near.map((el) => el.getAttribute('class') ?? '').join(' ').split(/\s+/);

  if (near.some((el) => /note/i.test(el.getAttribute('data-part-type') ?? '')) || classes.some((c) => /note/i.test(c))) return 'internal';
  const category = chain.find((el) => el.hasAttribute('data-part-group-category'))?.getAttribute('data-part-group-category');
  if (category === '1') return 'customer';
  if (category === '3' || category === '5' || category === '20') return 'agent';
  const type = (chain.find((el) => el.hasAttribute('data-author-type'))?.getAttribute('data-author-type') ?? '').toLowerCase();
  if (CUSTOMER_TYPES.test(type)) return 'customer';
  if (AGENT_TYPES.test(type)) return 'agent';
  if (classes.includes('justify-end') || classes.includes('flex-row-reverse')) return 'agent';
  if (classes.includes('justify-start')) return 'customer';
  const box = part.getBoundingClientRect();
  const area = stream?.getBoundingClientRect();
  if (area && area.width > 0 && box.width > 0) return box.left + box.width / 2 > area.left + area.width / 2 ? 'agent' : 'customer';
  return undefined;
}

function ticketId(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

async function insertNote(doc: Document, note: NoteContent, signal?: AbortSignal): Promise<InsertResult> {
  const r = createReader(doc, selectors);
  // Re-query each time: Ember may re-render the tab and the composer on switching.
  const inNoteMode = () => {
    const editor = r.one('noteEditor');
    const tab = r.one('noteTab');
    const selected = tab && (tab.classList.contains('o__selected') || tab.getAttribute('aria-selected') === 'true');
    return editor && (selected || editor.closest('.o__note')) ? editor : null;
  };
  if (!inNoteMode()) {
    const tab = r.one('noteTab');
    if (!tab) return { ok: false, reason: 'could not find the Note tab' };
    press(tab);
  }
  // Never type an escalation note into a reply to the customer: confirm note mode first.
  const editor = await waitFor(inNoteMode, 1_500, 50, signal);
  if (!(editor instanceof HTMLElement)) return { ok: false, reason: 'the composer did not switch to Note' };
  return insertIntoEditor(editor, note, { where: 'note', signal });
}

export const intercom: Adapter = {
  id: 'intercom',
  name: 'Intercom',
  kind: 'hosted',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'app.intercom.com',
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  isListPage: (url) => !TICKET_PATH.test(url.pathname) && LIST_PATH.test(url.pathname),
  ticketId: (url) => ticketId(url),
  selectors,
  readyKey: 'subject',
  read,
  threadRoot: (doc) => firstMatch(doc, selectors.stream),
  insertNote,
  escalateControlKeys: ESCALATE,
  // Reconstruction: rows found through links to …/conversation/{id}.
  listRows: (doc) => rowsByLink(doc, /\/conversation\/(\d+)/, '[role="row"], li, tr', '[data-testid="conversation-stream-scroll-container"]'),
};
