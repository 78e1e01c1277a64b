/**
 * What could not be read, said plainly: the adapter's misses, "nothing to judge" when no
 * ticket text was found (no level then), what the size limits left out, and the way out:
 * the agent's selection or a paste.
 */
import { useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';
import { describeCut } from '../../ticket/limits';

export function Problems({ session }: { session: TicketSessionView }) {
  const problems = session.problems.value;
  const snapshot = session.snapshot.value;
  const nothing = session.phase.value === 'nothing' ? session.nothing.value : null;
  const [pasted, setPasted] = useState('');
  const isGeneric = snapshot?.adapter === 'generic';
  const offerText = problems.length > 0 || isGeneric || nothing !== null;
  if (!offerText && !snapshot?.truncated) return null;
  return (
    <section class="tl-problems" data-testid="tl-problems">
      {nothing !== null && (
        <div role="status" class="tl-nothing" data-testid="tl-nothing">
          <p>
            <strong>Nothing to judge.</strong> {capitalize(nothing)}.
          </p>
          <p>Select the ticket’s text on the page and choose “Read the selected text”, or paste it below. Tierline gives no level until it has read a ticket.</p>
        </div>
      )}
      {problems.length > 0 && (
        <div role="alert" class="tl-warn">
          <p>
            <strong>Could not read all of this page.</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem} data-testid="tl-problem">
                {capitalize(problem)}.
              </li>
            ))}
          </ul>
          {session.fallback.value && nothing === null && <p class="tl-muted">The suggestion below uses the page's readable text instead.</p>}
        </div>
      )}
      {snapshot?.truncated && (
        <p class="tl-muted" data-testid="tl-cut">
          {snapshot.cut ? describeCut(snapshot.cut) : 'Some fields of this ticket were longer than Tierline reads; they were cut to their size limits.'}
        </p>
      )}
      {offerText && (
        <details class="tl-paste" open={nothing !== null}>
          <summary>Paste the ticket text instead</summary>
          <label class="tl-label" for="tl-paste-text">
            Ticket text
          </label>
          <textarea id="tl-paste-text" rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
          <button type="button" class="tl-button" disabled={pasted.trim().length < 10} onClick={() => session.run('readPasted', pasted)}>
            Suggest from this text
          </button>
          {session.can('readSelection') && (
            <button type="button" class="tl-button tl-secondary" onClick={() => session.run('readSelection')}>
              Read the selected text
            </button>
          )}
        </details>
      )}
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
