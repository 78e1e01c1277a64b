/** What the adapter could not read, said plainly, with the generic fallback and a paste box. */
import { useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';

export function Problems({ session }: { session: TicketSessionView }) {
  const problems = session.problems.value;
  const [pasted, setPasted] = useState('');
  const isGeneric = session.snapshot.value?.adapter === 'generic';
  if (!problems.length && !isGeneric && !session.snapshot.value?.truncated) return null;
  return (
    <section class="tl-problems" data-testid="tl-problems">
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
          {session.fallback.value && <p class="tl-muted">The suggestion below uses the page's readable text instead.</p>}
        </div>
      )}
      {session.snapshot.value?.truncated && <p class="tl-muted">This ticket is very long; Tierline read its first message and its latest part.</p>}
      {(problems.length > 0 || isGeneric) && (
        <details class="tl-paste">
          <summary>Paste the ticket text instead</summary>
          <label class="tl-label" for="tl-paste-text">
            Ticket text
          </label>
          <textarea id="tl-paste-text" rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
          <button type="button" class="tl-button" disabled={pasted.trim().length < 10} onClick={() => session.run('readPasted', pasted)}>
            Suggest from this text
          </button>
          {isGeneric && (
            <button type="button" class="tl-button tl-secondary" onClick={() => session.run('retry')}>
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
