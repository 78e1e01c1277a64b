/**
 * The sidebar's own state, one object per mounted sidebar (a factory, not module globals):
 * whether it is collapsed, and the ticket session it shows. Everything about the ticket is
 * in the session (src/session/ticket-session.ts), which is replaced on every ticket.
 */
import { signal } from '@preact/signals';
import type { TicketSessionView } from '../session/ticket-session';

export function createSidebarState() {
  return {
    collapsed: signal(false),
    session: signal<TicketSessionView | null>(null),
  };
}

export type SidebarState = ReturnType<typeof createSidebarState>;
