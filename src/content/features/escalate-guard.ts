/**
 * The helpdesk's own escalate controls (the adapter names them: pickers, transfer, priority,
 * status, the forms' submits) go through the handoff checklist too: an escalating action is
 * stopped while the checklist for its destination is incomplete, and the sidebar opens on
 * what is missing (the rules: src/content/guard.ts).
 */
import type { TicketFeature } from '../feature';

export const escalateGuardFeature: TicketFeature = {
  id: 'escalate-guard',
  on: 'ticket',
  title: "the check on the helpdesk's own escalate controls",
  // The guard's code comes with the sidebar bundle (TicketTools), already loaded when ticket
  // features start: installed at once, its listeners stop an action synchronously.
  init: (ctx, signal) => ctx.tools.installEscalateGuard(ctx, signal),
};
