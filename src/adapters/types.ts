/**
 * The adapter contract. An adapter is the only code that knows a helpdesk's DOM: one file
 * per helpdesk, its selectors kept together as data (a table a non-programmer can fix),
 * each with fallbacks, each reported as found / not found.
 */
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';

export interface SelectorSpec {
  /** Tried in order; the first that matches wins. */
  selectors: string[];
  /** Plain words for the sidebar: "could not find {what} on this page". */
  what: string;
  /** Required for a useful read; missing ones are reported to the user. */
  required?: boolean;
  /**
   * The page kind the element belongs to (default "ticket"). Health checks list only the
   * current kind's selectors; "composer" ones exist only once the reply/note editor (or a dialog of the helpdesk) is open.
   */
  page?: 'ticket' | 'list' | 'composer';
  /**
   * An escalate control that is a dropdown menu of links (FreeScout's status and assignee
   * menus, osTicket's status menu): the selectors match the menu's items, and a click on
   * one (Enter on a focused link arrives as a click) picks the item's value: its text, else
   * its `data-value`, `aria-label` or title. The item in force carries `active`,
   * `aria-checked`, `aria-selected` or `aria-current`.
   */
  menuItems?: boolean;
}

export type SelectorTable = Record<string, SelectorSpec>;

export interface ReadResult {
  snapshot: TicketSnapshot;
  health: SelectorHealth[];
  /** Plain sentences for the user ("could not find the conversation on this page"). */
  problems: string[];
}

export interface NoteContent {
  /** Plain text, for textareas and the clipboard. */
  text: string;
  /** Escaped HTML, for rich editors. */
  html: string;
}

export type InsertResult =
  | { ok: true; where: string }
  | { ok: false; reason: string };

/** A row of a ticket list, and where its badge goes: beside the ticket's subject or number, never in a column of its own. */
export interface ListRow {
  ticketId: string;
  row: Element;
  /** The subject or number element; the badge goes right after it (or, `at: 'start'`, first inside it). */
  anchor: Element;
  at?: 'after' | 'start';
}

/**
 * How the sidebar makes room beside this helpdesk (src/ui/dock.ts). Omitted: 'narrow'.
 */
export type DockSpec =
  /** A fluid layout: narrow the page. `minPageWidth`: below it the helpdesk's own layout breaks (default 600). */
  | { mode: 'narrow'; minPageWidth?: number }
  /** A fixed-width layout, measured from `layout` (a selector): float over its gutter, shift it, or fold to the tab. */
  | { mode: 'fixed'; layout: string; minPageWidth?: number };

export interface Adapter {
  /** File name and registry key, e.g. "freescout". */
  id: string;
  /** Shown to users, e.g. "FreeScout". */
  name: string;
  kind: 'hosted' | 'self-hosted' | 'demo' | 'generic';
  /** Cheap: does this helpdesk serve this page? Hosted adapters check the URL; self-hosted ones the page's own markers. */
  matches(url: URL, doc: Document): boolean;
  isTicketPage(url: URL, doc: Document): boolean;
  isListPage(url: URL, doc: Document): boolean;
  ticketId(url: URL, doc: Document): string | null;
  selectors: SelectorTable;
  /** Key in `selectors` whose element shows the ticket has rendered (waited for after navigation). */
  readyKey: string;
  read(doc: Document, url: URL): ReadResult;
  /**
   * The element holding the ticket's messages. The re-read follows changes inside it only:
   * typing in the helpdesk's editor, its menus, counters and draft status elsewhere on the
   * page never re-read the thread. Omitted or null (not rendered yet): any change counts.
   * Cheap: it is looked up again whenever the element it gave leaves the page.
   */
  threadRoot?(doc: Document, url: URL): Element | null;
  /**
   * Where the generic reader may read when this adapter cannot: omitted, the whole page;
   * null, nowhere (several tickets are mounted and the active one is unknown, so the page's
   * text would mix tickets — the agent selects or pastes the text instead).
   */
  fallbackRoot?(doc: Document, url: URL): Element | null;
  /** Put the escalation note into the internal-note editor as a real edit; the signal ends its waits when the agent moves on. (Self-hosted adapters: in their AdapterEditor, below.) */
  insertNote?(doc: Document, note: NoteContent, signal?: AbortSignal): Promise<InsertResult>;
  /**
   * Put a customer message into the **public reply** editor as a real edit, switching the
   * composer to reply mode through the helpdesk's own control where it can; never submits.
   * Refuses (ok: false) whenever it cannot be sure the editor is the public reply: a note
   * typed there would stay internal, but a reply typed into a note would never reach the
   * customer, and the caller keeps the message on the clipboard instead.
   */
  insertReply?(doc: Document, message: NoteContent, signal?: AbortSignal): Promise<InsertResult>;
  /** The signed-in agent's name, where the helpdesk shows it (the escalation's "by" when "your name" is not set). */
  agentName?(doc: Document): string | null;
  /** Keys in `selectors` of the helpdesk's own escalate controls (pickers, urgent priority, submit). */
  escalateControlKeys?: string[];
  /** Ticket-list rows with their ticket id, for list badges. */
  listRows?(doc: Document): ListRow[];
  /** How the sidebar docks beside this helpdesk's layout; omitted, it narrows the page. */
  dock?: DockSpec;
}

/**
 * An adapter's editor code (putting a note or a customer message into the helpdesk's editors),
 * run on the agent's click only. The self-hosted adapters keep theirs apart from the adapter
 * (TicketTools.editors, shipped in the sidebar bundle): their always-on bundle carries every
 * ticket feature too. Hosted adapters carry theirs on the adapter.
 */
export type AdapterEditor = Pick<Adapter, 'insertNote' | 'insertReply'>;
