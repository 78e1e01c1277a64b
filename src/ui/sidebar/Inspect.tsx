/**
 * What Tierline read from the page, and the adapter's selector check. Shown on demand; also
 * what `npm run diagnose` reads, so a bug report shows exactly what the sidebar saw.
 */
import type { TicketSessionView } from '../../session/ticket-session';
import { healthState, summarizeHealth } from '../../ticket/health';

export function WhatWasRead({ session }: { session: TicketSessionView }) {
  const snapshot = session.snapshot.value;
  if (!snapshot) return null;
  const { requester } = snapshot;
  const fields: [string, string | undefined][] = [
    ['requester', requester.name],
    ['email', requester.email],
    ['org', requester.org],
    ['status', snapshot.status],
    ['priority', snapshot.priority],
    ['assignee', snapshot.assignee],
    ['group', snapshot.group],
    ['tags', snapshot.tags.join(', ') || undefined],
  ];
  return (
    <details class="tl-details" data-testid="tl-read" data-ticket-id={snapshot.ticketId ?? ''} data-adapter={snapshot.adapter}>
      <summary>What Tierline read ({snapshot.messages.length} messages)</summary>
      <dl class="tl-fields">
        {fields.map(([name, value]) =>
          value ? (
            <>
              <dt>{name}</dt>
              <dd data-field={name}>{value}</dd>
            </>
          ) : null,
        )}
      </dl>
      <ol class="tl-messages">
        {snapshot.messages.map((message, i) => (
          <li key={i} data-testid="tl-message" data-author={message.author}>
            <span class={`tl-role tl-role-${message.author}`}>{message.author === 'internal' ? 'internal note' : message.author}</span>
            {message.authorName && <span class="tl-muted"> {message.authorName}</span>}
            <p class="tl-message-text">{message.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function PageCheck({ session }: { session: TicketSessionView }) {
  const health = session.health.value;
  if (!health.length) return null;
  const summary = summarizeHealth(health);
  return (
    <details class="tl-details" data-testid="tl-health">
      <summary>Page check: {summary.text}</summary>
      <ul class="tl-health">
        {health.map((h) => {
          const state = healthState(h);
          return (
            <li key={h.name} data-testid="tl-health-row" data-name={h.name} data-found={String(h.found)} data-state={state}>
              <span aria-hidden="true">{state === 'found' ? '✓' : state === 'missing' ? '✗' : '–'}</span> {h.name}
              {state === 'missing' ? ' (needed)' : state === 'absent' ? ' (optional, not on this page)' : ''}
              <code>{h.selector}</code>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
