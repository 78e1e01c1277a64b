/** The sidebar: collapsed to a slim tab, or the panel with the ticket's suggestion and why. */
import { useEffect, useRef } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';
import { SIDEBAR_WIDTH } from '../dock';
import type { SidebarState } from '../state';
import type { TabActions } from './api';
import { CustomerMessages } from './CustomerMessages';
import { Handoff } from './Handoff';
import { NoteAction } from './NoteAction';
import { Override } from './Override';
import { PageCheck, WhatWasRead } from './Inspect';
import { Problems } from './Problems';
import { Rules } from './Rules';
import { SuggestionCard } from './SuggestionCard';
import { Timers } from './Timers';

interface Props {
  state: SidebarState;
  tab: TabActions;
}

export function Sidebar({ state, tab }: Props) {
  const session = state.session.value;
  const layout = state.layout.value;
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const request = state.focus.value;
  // Keep the keyboard focus on every change of state: folded → the tab, opened → the collapse
  // button, the shortcut → the panel (its next Tab is the first control).
  useEffect(() => {
    if (!request) return;
    const target = { tab: tabRef, collapse: collapseRef, panel: panelRef }[request.target].current;
    if (!target) return;
    target.focus({ preventScroll: true });
    state.focus.value = null;
  });
  // The guard stopped an escalation: the sidebar opens on the form.
  const handoffRequest = session?.handoffRequest.value ?? 0;
  const seenRequest = useRef(handoffRequest);
  useEffect(() => {
    if (handoffRequest === seenRequest.current) return;
    seenRequest.current = handoffRequest;
    if (state.collapsed.value) tab.toggle('click');
  }, [handoffRequest]);
  const announce = <Announcer session={session} tooNarrow={layout.state === 'collapsed' ? layout.tooNarrow : null} />;

  if (state.collapsed.value) {
    const effective = session?.effective.value;
    return (
      <>
        {announce}
        <div class="tl-root tl-collapsed" data-testid="tierline-sidebar" data-state="collapsed" data-dock={layout.how} data-too-narrow={layout.tooNarrow ? 'true' : undefined}>
          <button
            ref={tabRef}
            class="tl-tab"
            type="button"
            aria-expanded="false"
            aria-label="Open the Tierline sidebar (Alt+Shift+Y)"
            aria-describedby={layout.tooNarrow ? 'tl-too-narrow' : undefined}
            title={layout.tooNarrow ?? 'Open Tierline (Alt+Shift+Y)'}
            onClick={() => {
              state.focus.value = { target: 'collapse' };
              tab.toggle('click');
            }}
          >
            <span aria-hidden="true">T</span>
            {effective && <span class={`tl-tab-sev tl-sev-${effective.severity}`}>{effective.severity}</span>}
            {layout.tooNarrow && (
              <span class="tl-tab-narrow" aria-hidden="true">
                ⇹
              </span>
            )}
          </button>
          {layout.tooNarrow && (
            <span id="tl-too-narrow" class="tl-sr-only" data-testid="tl-too-narrow">
              {layout.tooNarrow}
            </span>
          )}
        </div>
      </>
    );
  }
  return (
    <>
      {announce}
      <aside
        ref={panelRef}
        tabIndex={-1}
        class={`tl-root${layout.overlay ? ' tl-overlay' : ''}`}
        style={{ width: `${layout.width}px` }}
        data-testid="tierline-sidebar"
        data-state="open"
        data-dock={layout.how}
        data-phase={session?.phase.value ?? 'idle'}
        aria-label="Tierline"
      >
        <ResizeHandle width={layout.width} tab={tab} />
        <header class="tl-header">
          <div class="tl-title">
            <strong>Tierline</strong>
            <span class="tl-muted" data-testid="tl-adapter">{session?.adapterName}</span>
          </div>
          <button
            ref={collapseRef}
            class="tl-icon-button"
            type="button"
            aria-expanded="true"
            aria-label="Collapse the Tierline sidebar (Alt+Shift+Y)"
            title="Collapse (Alt+Shift+Y)"
            onClick={() => {
              state.focus.value = { target: 'tab' };
              tab.toggle('click');
            }}
          >
            <span aria-hidden="true">»</span>
          </button>
        </header>
        {state.orphaned.value && (
          <div class="tl-warn" role="alert" data-testid="tl-orphaned">
            <p>
              <strong>Tierline was updated: reload this tab to go on.</strong> What you typed stays here until you do; nothing more can be read or saved.
            </p>
            <button type="button" class="tl-button" onClick={() => location.reload()}>
              Reload this tab
            </button>
          </div>
        )}
        {layout.overlay && (
          <p class="tl-warn tl-overlay-note" data-testid="tl-overlay">
            Over the page: the window is too narrow to show Tierline beside it. Widen the window or zoom out to dock it.
          </p>
        )}
        {/* Keyed by ticket: forms (override, paste) start fresh on every ticket. */}
        {session && <TicketBody key={session.serial} session={session} />}
      </aside>
    </>
  );
}

/** A polite live region: the level in force, said once when it changes (and why the sidebar folded). */
function Announcer({ session, tooNarrow }: { session: TicketSessionView | null; tooNarrow: string | null }) {
  const effective = session?.effective.value;
  const level = effective ? `${effective.overridden ? 'Your choice' : 'Suggested'}: Sev ${effective.severity} ${effective.levelName}, to ${effective.destinationName}` : '';
  return (
    <div class="tl-sr-only" role="status" aria-live="polite" data-testid="tl-announce">
      {tooNarrow ?? level}
    </div>
  );
}

const STEP = 16;

/** The sidebar's left edge: drag it, or focus it and use the arrow keys (Home/End: narrowest/widest). */
function ResizeHandle({ width, tab }: { width: number; tab: TabActions }) {
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    const startX = event.clientX;
    const startWidth = width;
    let last = width;
    handle.setPointerCapture(event.pointerId);
    event.preventDefault();
    const move = (e: PointerEvent) => {
      last = startWidth + (startX - e.clientX);
      tab.resize(last, false);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      tab.resize(last, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = { ArrowLeft: width + STEP, ArrowRight: width - STEP, PageUp: width + 4 * STEP, PageDown: width - 4 * STEP, Home: SIDEBAR_WIDTH.min, End: SIDEBAR_WIDTH.max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    tab.resize(next, true);
  };
  return (
    <div
      class="tl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Tierline sidebar width (arrow keys)"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="tl-resize"
      title="Drag to resize (or focus and use the arrow keys)"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
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
          {session.can('escalate') && <Handoff session={session} />}
          {session.can('insertReply') && <CustomerMessages session={session} />}
          {session.can('insertNote') && <NoteAction session={session} />}
          {session.can('override') && <Override session={session} />}
          {session.can('loadTimers') && <Timers session={session} />}
        </>
      )}
      <WhatWasRead session={session} />
      <PageCheck session={session} />
    </div>
  );
}
