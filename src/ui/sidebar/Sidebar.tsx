/** The sidebar: collapsed to a slim tab, or the panel with the ticket's suggestion and why. */
import type { SidebarActions, SidebarState } from '../state';
import { NoteAction } from './NoteAction';
import { Override } from './Override';
import { PageCheck, WhatWasRead } from './Inspect';
import { Problems } from './Problems';
import { Rules } from './Rules';
import { SuggestionCard } from './SuggestionCard';

interface Props {
  state: SidebarState;
  actions: SidebarActions;
}

export function Sidebar({ state, actions }: Props) {
  if (state.collapsed.value) {
    return (
      <div class="tl-root tl-collapsed" data-testid="tierline-sidebar" data-state="collapsed">
        <button class="tl-tab" type="button" aria-expanded="false" aria-label="Open the Tierline sidebar (Alt+Shift+Y)" title="Open Tierline (Alt+Shift+Y)" onClick={() => actions.toggle('click')}>
          <span aria-hidden="true">T</span>
          {state.effective.value && <span class={`tl-tab-sev tl-sev-${state.effective.value.severity}`}>{state.effective.value.severity}</span>}
        </button>
      </div>
    );
  }
  const snapshot = state.snapshot.value;
  return (
    <aside class="tl-root" data-testid="tierline-sidebar" data-state="open" data-phase={state.phase.value} aria-label="Tierline">
      <header class="tl-header">
        <div class="tl-title">
          <strong>Tierline</strong>
          <span class="tl-muted" data-testid="tl-adapter">{state.adapterName.value}</span>
        </div>
        <button class="tl-icon-button" type="button" aria-expanded="true" aria-label="Collapse the Tierline sidebar (Alt+Shift+Y)" title="Collapse (Alt+Shift+Y)" onClick={() => actions.toggle('click')}>
          <span aria-hidden="true">»</span>
        </button>
      </header>
      {/* Keyed by ticket: forms (override, paste) start fresh on every ticket. */}
      <div class="tl-body" key={snapshot?.url ?? ''}>
        {snapshot && (
          <h2 class="tl-subject" data-testid="tl-subject" title={snapshot.subject}>
            {snapshot.ticketNumber && <span class="tl-muted" data-testid="tl-ticket-number">#{snapshot.ticketNumber} </span>}
            <span data-testid="tl-subject-text">{snapshot.subject || '(no subject)'}</span>
          </h2>
        )}
        <Problems state={state} actions={actions} />
        {state.phase.value === 'reading' && (
          <p class="tl-status" role="status" data-testid="tl-reading">
            Reading the ticket…
          </p>
        )}
        {state.phase.value === 'error' && (
          <div class="tl-error" role="alert" data-testid="tl-error">
            <p>Could not get a suggestion: {state.error.value}</p>
            <button type="button" class="tl-button" onClick={actions.retry}>
              Try again
            </button>
          </div>
        )}
        {state.reply.value && (
          <>
            <SuggestionCard state={state} />
            <Rules state={state} />
            <NoteAction state={state} actions={actions} />
            <Override state={state} actions={actions} />
          </>
        )}
        <WhatWasRead state={state} />
        <PageCheck state={state} />
      </div>
    </aside>
  );
}
