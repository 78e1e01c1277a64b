/**
 * Sidebar state, one object per mounted sidebar (a factory, not module globals).
 *
 *   idle ──ticket page──► reading ──read + triaged──► ready
 *                            │                          │
 *                            └──────── error ◄──────────┘ (background unreachable, …)
 * Navigating to another ticket goes back to `reading`; the previous ticket's work is aborted.
 */
import { computed, signal } from '@preact/signals';
import type { TriageReply } from '../store/protocol';
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';

export type Phase = 'idle' | 'reading' | 'ready' | 'error';

export function createSidebarState() {
  const state = {
    collapsed: signal(false),
    phase: signal<Phase>('idle'),
    adapterName: signal(''),
    snapshot: signal<TicketSnapshot | null>(null),
    reply: signal<TriageReply | null>(null),
    /** Plain sentences: what the adapter could not read. */
    problems: signal<string[]>([]),
    /** The helpdesk adapter failed and the generic reader supplied the text. */
    fallback: signal(false),
    error: signal<string | null>(null),
    health: signal<SelectorHealth[]>([]),
    /** Outcome of the last "put the note in the ticket". */
    noteStatus: signal<{ ok: boolean; text: string } | null>(null),
  };
  return {
    ...state,
    /** The level and destination in force: the agent's override, else the suggestion. */
    effective: computed(() => {
      const reply = state.reply.value;
      if (!reply) return null;
      const chosen = reply.override ?? reply.suggestion;
      return {
        severity: chosen.severity,
        destination: chosen.destination,
        overridden: reply.override !== null,
        levelName: reply.policy.levels.find((l) => l.level === chosen.severity)?.name ?? `Sev ${chosen.severity}`,
        destinationName: reply.policy.destinations.find((d) => d.id === chosen.destination)?.name ?? chosen.destination,
      };
    }),
  };
}

export type SidebarState = ReturnType<typeof createSidebarState>;

export interface SidebarActions {
  /** `source` tells a key press from its echo as a browser command. */
  toggle(source?: 'click' | 'key' | 'command'): void;
  retry(): void;
  readPasted(text: string): void;
  /** Put the escalation note into the helpdesk's internal-note editor, and on the clipboard. */
  insertNote(): Promise<void>;
  override(choice: { severity: 1 | 2 | 3 | 4; destination: string; reason: string }): Promise<void>;
}
