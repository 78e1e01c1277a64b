/**
 * The sidebar's own state, one object per mounted sidebar (a factory, not module globals):
 * where it is docked and how wide (set by the content script's dock, src/ui/dock.ts), which
 * of its controls should take the keyboard focus next, and the ticket session it shows.
 * Everything about the ticket is in the session (src/session/ticket-session.ts), which is
 * replaced on every ticket.
 */
import { computed, signal } from '@preact/signals';
import type { TicketSessionView } from '../session/ticket-session';
import { SIDEBAR_WIDTH, TAB_WIDTH, type DockPlan } from './dock';

/** A control to focus once rendered: the tab (folded), the collapse button (opened), the panel's first control. */
export type FocusTarget = 'tab' | 'collapse' | 'panel';

export function createSidebarState(plan?: DockPlan) {
  const layout = signal<DockPlan>(
    plan ?? { state: 'open', width: SIDEBAR_WIDTH.default, reserve: SIDEBAR_WIDTH.default, pageMinWidth: null, tooNarrow: null, overlay: false, how: 'margin' },
  );
  return {
    layout,
    collapsed: computed(() => layout.value.state === 'collapsed'),
    width: computed(() => (layout.value.state === 'collapsed' ? TAB_WIDTH : layout.value.width)),
    /** A new object on every request, so asking twice for the same control focuses it twice. */
    focus: signal<{ target: FocusTarget } | null>(null),
    session: signal<TicketSessionView | null>(null),
    /** The extension went away under this tab (updated, reloaded): nothing more can be saved or read. */
    orphaned: signal(false),
  };
}

export type SidebarState = ReturnType<typeof createSidebarState>;
