/**
 * The contract between the always-on content script and the sidebar UI, which is loaded only
 * on ticket pages (the background injects sidebar-ui.js into the tab's isolated world, which
 * content scripts share). Types and a name only: importing this costs the content script nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter, AdapterEditor, SelectorTable } from '../../adapters/types';
import type { installEscalateGuard } from '../../content/guard';
import type { copyRich, copyText, noteRequest } from '../../content/note-kit';
import type { chooseLevel } from '../../triage/decide';
import type { caseReference } from '../../handoff/record-line';
import type { SessionInit, TicketSession } from '../../session/ticket-session';
import type { DockPlan } from '../dock';

export const SIDEBAR_UI_GLOBAL = '__tierlineSidebarUi';

export interface MountedSidebar {
  /** Our shadow host in the page. */
  host: Element;
  /** Show this ticket's session (a new one on every ticket), docked. */
  show(session: TicketSession): void;
  /** Off a ticket page: detached, the page undocked. */
  hide(): void;
  /** Where the sidebar is and how wide (the page's side is docked by the content script: src/ui/dock.ts). */
  setLayout(plan: DockPlan): void;
  /** Move the keyboard focus into the sidebar (its tab when folded). */
  focus(): void;
  /** The keyboard focus is inside the sidebar. */
  hasFocus(): boolean;
  /** The extension was updated or reloaded under this tab: stay, say so, keep what is typed. */
  orphan(): void;
}

/**
 * Heavier code the ticket features call, shipped in the lazily loaded bundle to keep the
 * always-on content script small. The heaviest (the prefill's extractors, the note's
 * renderer, the record line's parser) run in the background instead: the triage reply
 * carries the prefill and the shared record, `handoff/render-note` renders the note.
 */
export interface TicketTools {
  caseReference: typeof caseReference;
  /** The escalate guard's listeners for one ticket (src/content/guard.ts). */
  installEscalateGuard: typeof installEscalateGuard;
  /** The decision table for the facts in force (src/triage/decide.ts). */
  chooseLevel: typeof chooseLevel;
  /** The self-hosted adapters' editor code by adapter id, given the adapter's selector table (src/adapters/types.ts AdapterEditor). */
  editors: Readonly<Record<string, (table: SelectorTable) => AdapterEditor>>;
  /** The escalation note's render request (src/content/note-kit.ts). */
  noteRequest: typeof noteRequest;
  /** The clipboard, text and HTML together where the browser can. */
  copyRich: typeof copyRich;
  copyText: typeof copyText;
  /** Where an adapter's editor code is: in `editors`, else on the adapter itself (hosted helpdesks). */
  editorFor(adapter: Adapter): AdapterEditor;
}

export interface SidebarUi {
  /** A new ticket session: the UI bundle owns the one copy of the signals library. */
  createSession(init: SessionInit): TicketSession;
  tools: TicketTools;
  mount(plan: DockPlan): Promise<MountedSidebar>;
}

/** What the sidebar asks of the tab (not of one ticket). */
export interface TabActions {
  /** `source` tells a key press from its echo as a browser command. */
  toggle(source?: 'click' | 'key' | 'command'): void;
  /** The agent drags (or arrow-keys) the sidebar's edge; `done` when the drag ends: then it is remembered. */
  resize(width: number, done: boolean): void;
}

export interface SidebarUiModule {
  create(ctx: ContentScriptContext, tab: TabActions): SidebarUi;
}
