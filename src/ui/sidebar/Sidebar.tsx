/** The sidebar: collapsed to a slim tab, or the panel with the ticket's suggestion and why. */
import type { TicketSessionView } from '../../session/ticket-session';
import type { SidebarState } from '../state';
import type { TabActions } from './api';
import { NoteAction } from './NoteAction';
import { Override } from './Override';
import { PageCheck, WhatWasRead } from './Inspect';
import { Problems } from './Problems';
import { Rules } from './Rules';
import { SuggestionCard } from './SuggestionCard';

interface Props {
  state: SidebarState;
  tab: TabActions;
}

export function Sidebar({ state, tab }: Props) {
  const session = state.session.value;
  if (state.collapsed.value) {
    const effective = session?.effective.value;
    return (
      <div class="tl-root tl-collapsed" data-testid="tierline-sidebar" data-state="collapsed">
        <button class="tl-tab" type="button" aria-expanded="false" aria-label="Open the Tierline sidebar (Alt+Shift+Y)" title="Open Tierline (Alt+Shift+Y)" onClick={() => tab.toggle('click')}>
          <span aria-hidden="true">T</span>
          {effective && <span class={`tl-tab-sev tl-sev-${effective.severity}`}>{effective.severity}</span>}
        </button>
      </div>
    );
  }
  return (
    <aside class="tl-root" data-testid="tierline-sidebar" data-state="open" data-phase={session?.phase.value ?? 'idle'} aria-label="Tierline">
      <header class="tl-header">
        <div class="tl-title">
          <strong>Tierline</strong>
          <span class="tl-muted" data-testid="tl-adapter">{session?.adapterName}</span>
        </div>
        <button class="tl-icon-button" type="button" aria-expanded="true" aria-label="Collapse the Tierline sidebar (Alt+Shift+Y)" title="Collapse (Alt+Shift+Y)" onClick={() => tab.toggle('click')}>
          <span aria-hidden="true">»</span>
        </button>
      </header>
      {/* Keyed by ticket: forms (override, paste) start fresh on every ticket. */}
      {session && <TicketBody key={session.serial} session={session} />}
    </aside>
  );
}

function TicketBody({ session }: { session: TicketSessionView }) {
  const snapshot = session.snapshot.value;
  return (
    <div class="tl-body">
      {snapshot && (
        <h2 class="tl-subject" data-testid="tl-subject" title={snapshot.subject}>
          {snapshot.ticketNumber && <span class="tl-muted" data-testid="tl-ticket-number">#{snapshot.ticketNumber} </span>}
          <span data-testid="tl-subject-text">{snapshot.subject || '(no subject)'}</span>
        </h2>
      )}
      {session.broken.value.length > 0 && (
        <p class="tl-warn" role="alert" data-testid="tl-broken">
          Not working on this page: {session.broken.value.join(', ')}. The rest of Tierline carries on; reload the tab to try again.
        </p>
      )}
      <Problems session={session} />
      {session.phase.value === 'reading' && (
        <p class="tl-status" role="status" data-testid="tl-reading">
          Reading the ticket…
        </p>
      )}
      {session.phase.value === 'error' && (
        <div class="tl-error" role="alert" data-testid="tl-error">
          <p>Could not get a suggestion: {session.error.value}</p>
          {session.can('retry') && (
            <button type="button" class="tl-button" onClick={() => session.run('retry')}>
              Try again
            </button>
          )}
        </div>
      )}
      {session.reply.value && (
        <>
          <SuggestionCard session={session} />
          <Rules session={session} />
          {session.can('insertNote') && <NoteAction session={session} />}
          {session.can('override') && <Override session={session} />}
        </>
      )}
      <WhatWasRead session={session} />
      <PageCheck session={session} />
    </div>
  );
}
