/**
 * One ticket's session: everything Tierline knows and does about the ticket on screen, as
 * signals and the actions that change them, in one model (the preact-signals `createModel`
 * shape). It is created when the content script routes to a ticket and dropped when the
 * route is aborted, so moving to another ticket starts from nothing by construction.
 *
 *   reading ──showRead──► (read shown) ──showReply──► ready
 *      ▲                        │  └──showNothing──► nothing (no ticket text: no verdict)
 *      └──── beginReading ──────┴──── showError ──► error
 *
 * Features (src/content/features) write through the actions and provide the commands the
 * sidebar runs; the sidebar gets the read-only view (`TicketSessionView`). The model lives
 * in the lazily loaded sidebar bundle (one copy of the signals library), and the content
 * script imports only its types.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { destinationName, levelName } from '../policy/names';
import type { CaseTimers, StoredOverride, TimerAction, TriageReply } from '../store/protocol';
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';

export type Phase = 'reading' | 'ready' | 'nothing' | 'error';

/** A read of the page: the snapshot, its selector health, what could not be read. */
export interface TicketRead {
  snapshot: TicketSnapshot;
  health: SelectorHealth[];
  /** Plain sentences for the user ("could not find the conversation on this page"). */
  problems: string[];
  /** The helpdesk adapter failed and the generic reader supplied the text. */
  fallback: boolean;
}

export interface SessionInit {
  /** The ticket's key (src/ticket/key.ts). */
  key: string;
  adapterId: string;
  adapterName: string;
}

export interface OverrideChoice {
  severity: 1 | 2 | 3 | 4;
  destination: string;
  reason: string;
}

/** What the sidebar can ask for; each is provided by one feature. */
export interface SessionCommands {
  /** Read the page again (and the agent's selected text, on the generic reader). */
  retry(): void;
  readPasted(text: string): void;
  /** Read the text the agent selected on the page (kept when they reached for the sidebar). */
  readSelection(): void;
  /** Put the escalation note into the helpdesk's internal-note editor, and on the clipboard. */
  insertNote(): Promise<void>;
  override(choice: OverrideChoice): Promise<void>;
  /** Withdraw the agent's override: the suggestion is in force again (logged in the case log). */
  useSuggestion(): Promise<void>;
  /** Fetch the ticket's timers again (the Timers panel, while it is displayed). */
  loadTimers(): Promise<void>;
  /** Update sent, snooze with a reason, pause / resume waiting on the customer. */
  timerAction(action: TimerAction): Promise<void>;
}
export type CommandName = keyof SessionCommands;

let sessions = 0;

export function createTicketSession(init: SessionInit) {
  const phase = signal<Phase>('reading');
  const read = signal<TicketRead | null>(null);
  const reply = signal<TriageReply | null>(null);
  const error = signal<string | null>(null);
  /** Why there is nothing to judge (phase 'nothing'). */
  const nothing = signal<string | null>(null);
  const noteStatus = signal<{ ok: boolean; text: string } | null>(null);
  /** Features that failed, by what the user knows them as ("the escalation note"). */
  const broken = signal<string[]>([]);
  /** The ticket's timers as last fetched, and when (this page's clock: the panel ticks from the difference). */
  const timers = signal<{ reply: CaseTimers; receivedAt: number } | null>(null);
  const commands = new Map<CommandName, (...args: never[]) => unknown>();
  // The generic reader's remembered selection: this ticket's only (the sidebar click clears the page's).
  let selection = '';

  const session = {
    ...init,
    /** Unique per session (the same ticket opened twice gets two): the sidebar keys its forms by it. */
    serial: ++sessions,
    phase: phase as ReadonlySignal<Phase>,
    snapshot: computed(() => read.value?.snapshot ?? null),
    problems: computed(() => read.value?.problems ?? []),
    health: computed(() => read.value?.health ?? []),
    fallback: computed(() => read.value?.fallback ?? false),
    reply: reply as ReadonlySignal<TriageReply | null>,
    error: error as ReadonlySignal<string | null>,
    nothing: nothing as ReadonlySignal<string | null>,
    noteStatus: noteStatus as ReadonlySignal<{ ok: boolean; text: string } | null>,
    broken: broken as ReadonlySignal<string[]>,
    timers: timers as ReadonlySignal<{ reply: CaseTimers; receivedAt: number } | null>,
    /** The level and destination in force: the agent's override, else the suggestion. */
    effective: computed(() => {
      const current = reply.value;
      if (!current) return null;
      const chosen = current.override ?? current.suggestion;
      return {
        severity: chosen.severity,
        destination: chosen.destination,
        overridden: current.override !== null,
        levelName: levelName(current.policy, chosen.severity),
        destinationName: destinationName(current.policy, chosen.destination),
      };
    }),

    // ── actions (features) ──
    beginReading() {
      batch(() => {
        phase.value = 'reading';
        error.value = null;
        nothing.value = null;
        reply.value = null;
        noteStatus.value = null;
      });
    },
    showRead(next: TicketRead) {
      read.value = next;
    },
    showReply(next: TriageReply) {
      batch(() => {
        reply.value = next;
        nothing.value = null;
        phase.value = 'ready';
      });
    },
    /** The read found no ticket text: no level, no note, ask for the text. */
    showNothing(reason: string) {
      batch(() => {
        reply.value = null;
        nothing.value = reason;
        phase.value = 'nothing';
      });
    },
    showError(message: string) {
      batch(() => {
        error.value = message;
        phase.value = 'error';
      });
    },
    setOverride(override: StoredOverride | null) {
      if (reply.value) reply.value = { ...reply.value, override };
    },
    setNoteStatus(status: { ok: boolean; text: string } | null) {
      noteStatus.value = status;
    },
    setTimers(reply: CaseTimers, receivedAt: number) {
      timers.value = { reply, receivedAt };
    },
    markBroken(what: string) {
      if (!broken.value.includes(what)) broken.value = [...broken.value, what];
    },
    rememberSelection(text: string) {
      if (text.trim().length >= 20) selection = text.trim();
    },
    get selection() {
      return selection;
    },

    // ── commands (the sidebar) ──
    provide<K extends CommandName>(name: K, run: SessionCommands[K], signal: AbortSignal) {
      commands.set(name, run as (...args: never[]) => unknown);
      signal.addEventListener('abort', () => commands.delete(name), { once: true });
    },
    can(name: CommandName): boolean {
      return commands.has(name);
    },
    run<K extends CommandName>(name: K, ...args: Parameters<SessionCommands[K]>): ReturnType<SessionCommands[K]> {
      const command = commands.get(name) as ((...a: Parameters<SessionCommands[K]>) => ReturnType<SessionCommands[K]>) | undefined;
      if (!command) throw new Error(`${name} is not available on this page`);
      return command(...args);
    },
  };
  return session;
}

export type TicketSession = ReturnType<typeof createTicketSession>;

/** What the sidebar sees: the signals and the commands, none of the writers. */
export type TicketSessionView = Omit<TicketSession, 'beginReading' | 'showRead' | 'showReply' | 'showNothing' | 'showError' | 'setOverride' | 'setNoteStatus' | 'setTimers' | 'markBroken' | 'rememberSelection' | 'provide'>;
