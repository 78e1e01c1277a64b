/**
 * Freshdesk (agent UI "mint").
 *
 * Verified by several public sources (hosted-dom-facts.md §2: Toggl 2018–21, TMetric 2023,
 * Clockify 2026, MWR 2026, Kodex): the URL pattern and the subject heading.
 * One iterated 2026 source (MWR): the description and conversation wrappers, `data-album`
 * starting with `note_` for notes, the reply bar with "Add note", the Froala editable.
 * One source (Kodex): requester name/email, contact fields, Ember power-select properties.
 * Reconstructed, no source: customer vs agent for replies (by the requester's name), the
 * company contact field name, message times, and list rows by link. No marker tells the
 * note composer from the reply composer, so the note editor is the one this adapter opened
 * from "Add note". No live instance was reachable: tested on reconstructed fixtures only.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, isoDate, newestFirstByTime, readableText, readKept, shownNumber } from './dom';
import { insertThroughNoteControl, oldestFirst, ownText, rowsByLink } from './insert';
import { buildSnapshot, type RawTicket } from './snapshot';
import type { Adapter, InsertResult, NoteContent, ReadResult, SelectorTable } from './types';

const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)\/?$/;
const LIST_PATH = /^\/a\/tickets(?:\/filters\/[\w-]+)?\/?$/;

const power = (hook: string) => `${hook} .ember-power-select-selected-item`;

const selectors: SelectorTable = {
  subject: { what: 'the ticket subject', required: true, selectors: ['.ticket-subject-heading', '.sentiment-ticket-heading', 'h2.subject'] },
  messages: {
    what: 'the conversation',
    required: true,
    selectors: ['[data-test-id="ticket-description"], [data-test-id="conversation-wrapper"]'],
  },
  // The breadcrumb's last item ("#4821"): Toggl 2018–21, Clockify 2026, MWR.
  ticketNumber: { what: 'the ticket number', selectors: ['.breadcrumb__item.active', '#mainactionbar .breadcrumb__item:last-child'] },
  messageText: {
    what: 'the text of a message',
    selectors: ['#ticket_original_request', '[data-test-conversation="conversation-text"]', '.ticket_note', '.text-content-wrapper', '.ticket-details__item__content', '[data-test-id="conversation-content-wrapper"]'],
  },
  messageAuthor: { what: 'the author of a message', selectors: ['[data-test-id="user-name"]', '.sender-info'] },
  messageTime: { what: 'the time of a message', selectors: ['time[datetime]'] },
  requesterName: {
    what: 'the requester',
    selectors: ['.requester-wrap [data-test-id="user-name"]', '.widget-requestor-info [data-test-id="user-name"]', '[data-test-id="ticket-description"] .sender-info [data-test-id="user-name"]'],
  },
  requesterEmail: {
    what: "the requester's email",
    selectors: ['[data-test-id="requester-info-contact-email"] .info-details-content', '.widget-requestor-info a[href^="mailto:"]', '.requester-wrap a[href^="mailto:"]'],
  },
  // Reconstructed field names: the source gives the pattern requester-info-contact-{field} only.
  requesterOrg: {
    what: "the requester's company",
    selectors: ['[data-test-id="requester-info-contact-company_name"] .info-details-content', '[data-test-id^="requester-info-contact-company"] .info-details-content'],
  },
  status: { what: 'the ticket status', selectors: [power('[data-test-id="tkt-properties-status"]')] },
  priority: { what: 'the priority', selectors: [power('[data-test-id="priority"]'), power('[data-test-id="tkt-properties-priority"]')] },
  group: { what: 'the group', selectors: [power('[data-test-id="Group"]'), power('[data-test-id="tkt-properties-group"]')] },
  assignee: { what: 'the agent', selectors: [power('[data-test-id="Agent"]'), power('[data-test-id="tkt-properties-agent"]')] },
  tags: { what: 'the tags', selectors: ['.ticket-tags ul li .tag-options', '[data-test-id="tkt-properties-tags"] .ember-power-select-multiple-option'] },
  // Composer and the escalate controls.
  replyBar: { what: 'the reply bar', selectors: ['ul.reply-bar .reply-bar__item', '.reply-bar-wrapper .reply-bar__item'], page: 'composer' },
  noteEditor: {
    what: 'the note editor',
    selectors: ['.ticket-editor .fr-element.fr-view[contenteditable="true"]', '.fr-element[contenteditable="true"]'],
    page: 'composer',
  },
  priorityField: { what: 'the priority picker', selectors: ['[data-test-id="priority"]', '[data-test-id="tkt-properties-priority"]'] },
  groupField: { what: 'the group picker', selectors: ['[data-test-id="Group"]', '[data-test-id="tkt-properties-group"]'] },
  agentField: { what: 'the agent picker', selectors: ['[data-test-id="Agent"]', '[data-test-id="tkt-properties-agent"]'] },
  send: { what: 'the send button', selectors: ['.ticket-editor__footer .reply-btn-wrapper .reply-btn'], page: 'composer' },
  // Health only (rows are found through their links by listRows): reconstruction.
  listRow: { what: 'the ticket rows', selectors: ['tr a[href*="/a/tickets/"]', '[role="row"] a[href*="/a/tickets/"]', 'li a[href*="/a/tickets/"]', '.ticket-card a[href*="/a/tickets/"]'], page: 'list' },
};

/** The helpdesk's own escalate controls (pickers, submit), guarded by the sidebar. */
const ESCALATE = ['priorityField', 'groupField', 'agentField', 'send'];

const NOT_TEXT = '.ticket-actions-container, .conversation-header, .ticket-details__item__header';

function read(doc: Document, url: URL): ReadResult {
  const r = createReader(doc, selectors);
  for (const key of ESCALATE) r.one(key); // so the health list shows them as found or not
  const subjectEl = r.one('subject');
  // The heading also holds controls and the ticket number (Toggl strips its children).
  const subject = subjectEl ? ownText(subjectEl) || readableText(subjectEl) : undefined;
  const requesterName = r.text('requesterName');

  const items = r.all('messages');
  const timeOf = (item: Element) => isoDate(r.one('messageTime', item)?.getAttribute('datetime'));
  // Only the messages the snapshot keeps are queried.
  const { messages, cut } = readKept(items, (item) => {
    const authorName = r.text('messageAuthor', item);
    const note = (item.getAttribute('data-album') ?? '').startsWith('note_');
    const description = item.matches('[data-test-id="ticket-description"]');
    const body = r.one('messageText', item);
    return {
      // The description is the requester's report; other replies by the requester's name (reconstructed).
      author: note ? ('internal' as const) : description || (authorName && authorName === requesterName) ? ('customer' as const) : ('agent' as const),
      authorName,
      at: timeOf(item),
      text: body ? readableText(body, (el) => el.matches(NOT_TEXT), LIMITS.messageChars) : '',
    };
  }, newestFirstByTime(items, timeOf));

  const raw: RawTicket = {
    ticketId: ticketId(url),
    // Freshdesk's URL id is the number it shows; the breadcrumb is read first, being what the agent sees.
    ticketNumber: shownNumber(r.text('ticketNumber')) ?? ticketId(url) ?? undefined,
    subject,
    messages: oldestFirst(messages),
    cut,
    requester: { name: requesterName, email: r.text('requesterEmail'), org: r.text('requesterOrg') },
    status: r.text('status'),
    priority: r.text('priority'),
    group: r.text('group'),
    assignee: r.text('assignee'),
    tags: r.all('tags').map((t) => readableText(t)).filter(Boolean),
  };
  return { snapshot: buildSnapshot('freshdesk', url, raw), health: r.health(), problems: r.problems() };
}

function ticketId(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}


async function insertNote(doc: Document, note: NoteContent, signal?: AbortSignal): Promise<InsertResult> {
  const r = createReader(doc, selectors);
  return insertThroughNoteControl(note, {
    editor: () => r.one('noteEditor'),
    control: () => {
      const item = r.all('replyBar').find((el) => /add note/i.test(el.textContent ?? ''));
      return item ? (item.querySelector('a, button') ?? item) : null;
    },
    controlName: '"Add note" in the reply bar',
  }, signal);
}

export const freshdesk: Adapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  kind: 'hosted',
  matches: (url) => url.protocol === 'https:' && url.hostname.endsWith('.freshdesk.com'),
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  isListPage: (url) => LIST_PATH.test(url.pathname),
  ticketId: (url) => ticketId(url),
  selectors,
  readyKey: 'subject',
  read,
  insertNote,
  escalateControlKeys: ESCALATE,
  // Reconstruction: rows found through links to /a/tickets/{id}.
  listRows: (doc) => rowsByLink(doc, /\/a\/tickets\/(\d+)(?:[/?#]|$)/, 'tr, [role="row"], li, .ticket-card', 'header, nav, .breadcrumb'),
};
