/**
 * "Acme Help", the demo helpdesk served by `npm run demo` (tests/fixtures/demo-helpdesk).
 * Detected by its own marker, like a self-hosted helpdesk, on any host.
 */
import { LIMITS } from '../ticket/limits';
import { createReader, firstMatch, isoDate, readableText, readKept, shownNumber } from './dom';
import { buildSnapshot } from './snapshot';
import type { Adapter, AdapterEditor } from './types';

const TICKET_PATH = /^\/tickets\/(\d+)\/?$/;
const ROLES = { customer: 'customer', agent: 'agent', internal: 'internal' } as const;

export const demo: Adapter = {
  id: 'demo',
  name: 'Acme Help (demo)',
  kind: 'demo',
  matches: (_url, doc) => doc.querySelector('meta[name="tierline-demo-helpdesk"]') !== null,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  isListPage: (url) => url.pathname === '/',
  ticketId: (url) => TICKET_PATH.exec(url.pathname)?.[1] ?? null,
  selectors: {
    ticket: { what: 'the ticket', selectors: ['article.ticket[data-ticket-id]'], required: true },
    subject: { what: 'the subject', selectors: ['.ticket-subject'], required: true },
    // The breadcrumb "← All tickets · Ticket #1042".
    ticketNumber: { what: 'the ticket number', selectors: ['nav.crumbs'] },
    thread: { what: 'the conversation', selectors: ['ol.thread'], required: true },
    message: { what: 'the messages', selectors: ['li.message[data-role]'] },
    author: { what: 'the message author', selectors: ['.author'] },
    time: { what: 'the message time', selectors: ['time[datetime]'] },
    body: { what: 'the message text', selectors: ['.body'] },
    requesterName: { what: 'the requester', selectors: ['.requester-name'] },
    requesterEmail: { what: "the requester's email", selectors: ['.requester-email'] },
    requesterOrg: { what: "the requester's organisation", selectors: ['.requester-org'] },
    requesterPlan: { what: "the requester's plan", selectors: ['.requester-plan'] },
    status: { what: 'the status', selectors: ['.ticket-status'] },
    priority: { what: 'the priority', selectors: ['.ticket-priority'] },
    assignee: { what: 'the assignee', selectors: ['.ticket-assignee'] },
    group: { what: 'the group', selectors: ['.ticket-group'] },
    tags: { what: 'the tags', selectors: ['.ticket-tags .tag'] },
    created: { what: 'the creation time', selectors: ['.ticket-created time[datetime]'] },
    noteTab: { what: 'the internal-note tab', selectors: ['#tab-note'], page: 'composer' },
    replyTab: { what: 'the reply tab', selectors: ['#tab-reply'], page: 'composer' },
    currentAgent: { what: 'the signed-in agent', selectors: ['header.topbar .agent'] },
    editor: { what: 'the editor', selectors: ['#composer-text'], page: 'composer' },
    escalateGroup: { what: 'the escalate-to-group picker', selectors: ['#escalate-group'], page: 'composer' },
    submit: { what: 'the send button', selectors: ['#submit'], page: 'composer' },
    listRow: { what: 'the ticket list', selectors: ['table.ticket-list tr[data-ticket-id]'], page: 'list' },
  },
  readyKey: 'ticket',
  threadRoot: (doc) => firstMatch(doc, demo.selectors.thread),
  escalateControlKeys: ['escalateGroup', 'submit'],

  read(doc, url) {
    const r = createReader(doc, demo.selectors);
    const ticket = r.one('ticket');
    const scope = ticket ?? doc;
    r.one('thread', scope);
    r.one('currentAgent', doc); // outside the ticket: for the health list (agentName reads it)
    // Only the messages the snapshot keeps are queried (oldest first on the page).
    const { messages, cut } = readKept(r.all('message', scope), (item) => {
      const role = item.getAttribute('data-role') as keyof typeof ROLES;
      const body = r.one('body', item);
      return {
        author: ROLES[role] ?? 'customer',
        authorName: r.text('author', item),
        at: isoDate(r.one('time', item)?.getAttribute('datetime')),
        text: body ? readableText(body, undefined, LIMITS.messageChars) : '',
      };
    }, false);
    const snapshot = buildSnapshot(demo.id, url, {
      ticketId: ticket?.getAttribute('data-ticket-id') ?? demo.ticketId(url, doc),
      ticketNumber: shownNumber(r.text('ticketNumber', scope)),
      subject: r.text('subject', scope),
      messages,
      cut,
      requester: { name: r.text('requesterName', scope), email: r.text('requesterEmail', scope), org: r.text('requesterOrg', scope), plan: r.text('requesterPlan', scope) },
      status: r.text('status', scope),
      priority: r.text('priority', scope),
      assignee: r.text('assignee', scope),
      group: r.text('group', scope),
      tags: r.all('tags', scope).map((tag) => tag.textContent?.trim() ?? '').filter(Boolean),
      createdAt: isoDate(r.one('created', scope)?.getAttribute('datetime')),
    });
    return { snapshot, health: r.health(), problems: r.problems() };
  },

  agentName(doc) {
    const shown = createReader(doc, demo.selectors).text('currentAgent');
    return shown?.replace(/^Signed in as\s+/i, '').trim() || null;
  },

  listRows(doc) {
    return createReader(doc, demo.selectors)
      .all('listRow')
      .map((row) => ({ ticketId: row.getAttribute('data-ticket-id') ?? '', row, anchor: row.querySelector('td.subject a') ?? row }));
  },
};

/** The demo's editor code, used on the agent's click only: shipped in the sidebar bundle (TicketTools.editors). */
export const demoEditor = (): AdapterEditor => ({
  async insertNote(doc, note) {
    const noteTab = doc.querySelector<HTMLElement>('#tab-note');
    const editor = doc.querySelector<HTMLTextAreaElement>('#composer-text');
    if (!noteTab || !editor) return { ok: false, reason: 'could not find the note editor on this page' };
    noteTab.click();
    editor.focus();
    editor.value = editor.value ? `${editor.value}\n\n${note.text}` : note.text;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    return { ok: true, where: 'internal note editor' };
  },

  async insertReply(doc, message) {
    const replyTab = doc.querySelector<HTMLElement>('#tab-reply');
    const editor = doc.querySelector<HTMLTextAreaElement>('#composer-text');
    if (!replyTab || !editor) return { ok: false, reason: 'could not find the reply editor on this page' };
    const wasNote = replyTab.getAttribute('aria-selected') !== 'true';
    // One editor serves both modes: text written as a note must never become part of a reply.
    if (wasNote && editor.value.trim()) return { ok: false, reason: 'the editor holds an internal note: add or clear it first' };
    replyTab.click();
    // Sure only when the helpdesk itself shows reply mode after its own tab was used.
    if (replyTab.getAttribute('aria-selected') !== 'true' || editor.classList.contains('is-note')) return { ok: false, reason: 'the composer did not switch to a reply to the customer' };
    editor.focus();
    editor.value = editor.value ? `${editor.value}\n\n${message.text}` : message.text;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    return { ok: true, where: 'reply editor' };
  },
});
