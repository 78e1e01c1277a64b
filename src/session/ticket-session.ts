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
import { checklistFor, progress, type ChecklistItem } from '../handoff/checklist';
import type { Prefill } from '../handoff/prefill';
import { prefillAnswers } from '../handoff/prefill-answers';
import { currentRoute, defaultMovement, type Movement } from '../handoff/movement';
import type { CaseRecord } from '../handoff/record-line';
import { destinationName, levelName } from '../policy/names';
import type { FactId, FactValue } from '../policy/fact-names';
import type { AgentFacts, LevelChoice } from '../triage/decide';
import type { CaseTimers, HandoffDraft, HandoffPolicy, StoredOverride, TimerAction, TriageReply } from '../store/protocol';
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';
import type { NoteFormat } from '../settings/registry';

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

/** The handoff note the form asks for (its checklist's answers and the case's record line). */
export interface HandoffNote {
  fields: Record<string, string>;
  items: readonly Pick<ChecklistItem, 'id' | 'label'>[];
  record: CaseRecord;
}

/** The guard stopped one of the helpdesk's own escalate controls. */
export interface GuardStop {
  /** What the control is ("the escalate-to-group picker"). */
  control: string;
  /** The value that escalates ("Engineering"). */
  matched: string;
  destination: string;
}

/** Which of the helpdesk's own escalate controls the guard watches on this page. */
export interface GuardStatus {
  found: string[];
  missing: string[];
}

/** What the sidebar can ask for; each is provided by one feature. */
export interface SessionCommands {
  /** Read the page again (and the agent's selected text, on the generic reader). */
  retry(): void;
  readPasted(text: string): void;
  /** Read the text the agent selected on the page (kept when they reached for the sidebar). */
  readSelection(): void;
  /** Put the escalation note into the helpdesk's internal-note editor, and on the clipboard (with the handoff's answers and record line when given). */
  insertNote(handoff?: HandoffNote): Promise<void>;
  /** Copy the escalation note in this format, without touching the ticket ("Put the note in" copies in the remembered format, `noteFormat`). */
  copyNote(format: NoteFormat): Promise<void>;
  /** Escalate to the destination of the form: log it, put the full note in the ticket. With a reason: escalate anyway, the checklist incomplete. */
  escalate(options?: { overrideReason?: string }): Promise<void>;
  /** Forget this ticket's draft (the prefill from the ticket stays). */
  discardDraft(): Promise<void>;
  /** Copy a customer message (text and HTML). */
  copyText(text: string, html: string): Promise<boolean>;
  /** Put a customer message into the helpdesk's public reply editor (and on the clipboard); says what happened. */
  insertReply(message: { text: string; html: string }): Promise<{ ok: boolean; text: string }>;
  override(choice: OverrideChoice): Promise<void>;
  /** Withdraw the agent's override: the suggestion (or the level of the facts the agent confirmed) is in force again (logged in the case log). */
  useSuggestion(): Promise<void>;
  /** Confirm or change one impact fact (`null` fact: confirm every fact as read); the level follows the decision table at once, stored for the ticket. */
  setFact(fact: FactId | null, value?: FactValue): Promise<void>;
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
  // Facts the agent set whose save has not been answered: a re-read read before they were stored must not put the old ones back.
  let unsavedFacts: { facts: AgentFacts; choice: LevelChoice } | null = null;
  const error = signal<string | null>(null);
  /** Why there is nothing to judge (phase 'nothing'). */
  const nothing = signal<string | null>(null);
  const noteStatus = signal<{ ok: boolean; text: string } | null>(null);
  /** Features that failed, by what the user knows them as ("the escalation note"). */
  const broken = signal<string[]>([]);
  /** The ticket's timers as last fetched, and when (this page's clock: the panel ticks from the difference). */
  const timers = signal<{ reply: CaseTimers; receivedAt: number } | null>(null);
  const commands = new Map<CommandName, (...args: never[]) => unknown>();
  // ── the handoff ──
  const handoffPolicy = signal<HandoffPolicy | null>(null);
  /** What the agent typed or changed in the checklist (the draft); the prefill is read from the ticket. */
  const edits = signal<Record<string, string>>({});
  const draftSavedAt = signal<number | null>(null);
  /** Set by the guard: the form opens on this destination, with what stopped. */
  const guardStop = signal<GuardStop | null>(null);
  const guardStatus = signal<GuardStatus | null>(null);
  /** After "Escalate anyway" from the guard: the agent's next escalating use of the helpdesk's control goes through, once. */
  const guardPass = signal<string | null>(null);
  /** Counts requests to open the form (the guard's); the sidebar opens and focuses what is missing. */
  const handoffRequest = signal(0);
  const escalated = signal<CaseRecord | null>(null);
  const handoffStatus = signal<{ ok: boolean; text: string } | null>(null);
  /** Who escalates ("by"): your name from the settings, else the helpdesk's signed-in agent. */
  const by = signal<{ name: string; from: 'settings' | 'helpdesk' | null } | null>(null);
  /** The agent's choice of escalation or transfer; null: the default from the route. */
  const movementChoice = signal<Movement | null>(null);
  const openedAt = Date.now();

  /** The level before any override: the engine's, or the table's once the agent touched a fact (src/triage/decide.ts chooseLevel, run by the background and the facts feature). */
  const factsChoice = computed<LevelChoice | null>(() => reply.value?.choice ?? null);
  const effective = computed(() => {
    const current = reply.value;
    const choice = factsChoice.value;
    if (!current || !choice) return null;
    const chosen = current.override ?? choice;
    return {
      severity: chosen.severity,
      destination: chosen.destination,
      overridden: current.override !== null,
      levelName: levelName(current.policy, chosen.severity),
      destinationName: destinationName(current.policy, chosen.destination),
    };
  });
  // Extracted by the background with the triage (the extractors stay out of this bundle).
  const prefilled = computed<Prefill | null>(() => reply.value?.prefill ?? null);
  const itemsFor = (destination: string): ChecklistItem[] => {
    const policy = handoffPolicy.value;
    const level = effective.value?.severity;
    if (!policy || !level) return [];
    return checklistFor(policy, destination, level, { now: openedAt });
  };
  /** The form's answers for these items: the suggested value, then the ticket's prefill, then the agent's edits. */
  const answersFor = (items: readonly ChecklistItem[]): Record<string, string> => {
    const p = prefilled.value;
    const proposed = p ? prefillAnswers(items, p) : {};
    const out: Record<string, string> = {};
    for (const item of items) {
      const value = Object.hasOwn(edits.value, item.id) ? edits.value[item.id] : (proposed[item.id] ?? item.suggested);
      if (value !== undefined) out[item.id] = value;
    }
    return out;
  };
  const handoffDestination = computed(() => guardStop.value?.destination ?? effective.value?.destination ?? null);
  const checklist = computed(() => (handoffDestination.value ? itemsFor(handoffDestination.value) : []));
  const answers = computed(() => answersFor(checklist.value));
  /** Where the ticket sits now (its group, by the policy's names) and so the default movement. */
  const movementFrom = computed(() => (handoffPolicy.value ? currentRoute(handoffPolicy.value, read.value?.snapshot.group) : 'support'));
  const movement = computed<Movement>(() => movementChoice.value ?? defaultMovement(movementFrom.value, handoffDestination.value ?? 'support'));
  // Escalated here just now; else the newer of the ticket's record line (any teammate's) and this browser's own case log.
  const caseRecord = computed(() => escalated.value ?? newer(reply.value?.sharedRecord ?? null, reply.value?.localRecord ?? null));

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
    /** The level and destination in force: the agent's override, else the facts' (once touched), else the suggestion. */
    effective,
    factsChoice,

    // ── the handoff (see src/handoff) ──
    handoffPolicy: handoffPolicy as ReadonlySignal<HandoffPolicy | null>,
    /** Where the form escalates to: what the guard stopped, else the destination in force. */
    handoffDestination,
    checklist,
    answers,
    handoffProgress: computed(() => progress(checklist.value, answers.value)),
    prefilled,
    edits: edits as ReadonlySignal<Record<string, string>>,
    draftSavedAt: draftSavedAt as ReadonlySignal<number | null>,
    guardStop: guardStop as ReadonlySignal<GuardStop | null>,
    guardStatus: guardStatus as ReadonlySignal<GuardStatus | null>,
    guardPass: guardPass as ReadonlySignal<string | null>,
    handoffRequest: handoffRequest as ReadonlySignal<number>,
    /** The case as escalated: by this agent just now, else the newer of the ticket's record line (internal notes) and this browser's case log. */
    caseRecord,
    handoffStatus: handoffStatus as ReadonlySignal<{ ok: boolean; text: string } | null>,
    /** Is the checklist for this destination complete (the guard asks, synchronously)? */
    handoffComplete(destination: string): boolean {
      const items = itemsFor(destination);
      return progress(items, answersFor(items)).missing.length === 0;
    },
    /** Escalation (up a tier) or transfer (same tier, another team): the agent's choice, else the default from the route. */
    movement,
    movementFrom,
    /** The agent's own choice (kept in the draft), or null while the proposal stands. */
    movementChoice: movementChoice as ReadonlySignal<Movement | null>,
    setMovement(next: Movement) {
      movementChoice.value = next;
    },
    by: by as ReadonlySignal<{ name: string; from: 'settings' | 'helpdesk' | null } | null>,
    /** The agent edits one answer (the sidebar form); saved as the draft by the handoff feature. */
    setAnswer(id: string, value: string) {
      edits.value = { ...edits.value, [id]: value };
    },

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
        reply.value = unsavedFacts ? { ...next, ...unsavedFacts } : next;
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
    /** `saving`: the facts are on their way to the background; until agentFactsSaved, a re-read keeps them. */
    setAgentFacts(facts: AgentFacts, choice: LevelChoice, saving = false) {
      unsavedFacts = saving ? { facts, choice } : null;
      if (reply.value) reply.value = { ...reply.value, facts, choice };
    },
    agentFactsSaved(facts: AgentFacts) {
      if (unsavedFacts?.facts === facts) unsavedFacts = null;
    },
    setNoteStatus(status: { ok: boolean; text: string } | null) {
      noteStatus.value = status;
    },
    setBy(who: { name: string; from: 'settings' | 'helpdesk' | null }) {
      by.value = who;
    },
    setHandoffPolicy(policy: HandoffPolicy) {
      handoffPolicy.value = policy;
    },
    restoreDraft(draft: HandoffDraft | null) {
      batch(() => {
        // Edits made while the draft loaded win over the stored ones.
        edits.value = { ...(draft?.answers ?? {}), ...edits.value };
        if (draft?.movement && movementChoice.value === null) movementChoice.value = draft.movement;
        draftSavedAt.value = draft?.savedAt ?? null;
      });
    },
    draftSaved(at: number | null) {
      draftSavedAt.value = at;
    },
    clearEdits() {
      batch(() => {
        edits.value = {};
        movementChoice.value = null;
        draftSavedAt.value = null;
      });
    },
    stopByGuard(stop: GuardStop) {
      batch(() => {
        guardStop.value = stop;
        handoffRequest.value++;
      });
    },
    setGuardStatus(status: GuardStatus) {
      const now = guardStatus.value;
      if (now && now.found.join() === status.found.join() && now.missing.join() === status.missing.join()) return;
      guardStatus.value = status;
    },
    /** The next escalating use of the helpdesk's control to this destination goes through. */
    allowOnce(destination: string | null) {
      guardPass.value = destination;
    },
    /** The guard let the agent's repeated action through: the pass is used. */
    usePass() {
      guardPass.value = null;
    },
    setEscalated(record: CaseRecord) {
      escalated.value = record;
    },
    setHandoffStatus(status: { ok: boolean; text: string } | null) {
      handoffStatus.value = status;
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
export type TicketSessionView = Omit<
  TicketSession,
  | 'beginReading'
  | 'showRead'
  | 'showReply'
  | 'showNothing'
  | 'showError'
  | 'setOverride'
  | 'setAgentFacts'
  | 'agentFactsSaved'
  | 'setNoteStatus'
  | 'markBroken'
  | 'rememberSelection'
  | 'provide'
  | 'setHandoffPolicy'
  | 'setBy'
  | 'restoreDraft'
  | 'draftSaved'
  | 'clearEdits'
  | 'stopByGuard'
  | 'setGuardStatus'
  | 'allowOnce'
  | 'usePass'
  | 'setEscalated'
  | 'setHandoffStatus'
  | 'setTimers'
>;

function newer(a: CaseRecord | null, b: CaseRecord | null): CaseRecord | null {
  if (!a || !b) return a ?? b;
  return Date.parse(b.escalatedAt) > Date.parse(a.escalatedAt) ? b : a;
}
