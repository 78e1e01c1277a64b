/** Put the escalation note into the ticket: the internal-note editor when possible, the clipboard always. */
import { useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';

export function NoteAction({ session }: { session: TicketSessionView }) {
  const [busy, setBusy] = useState(false);
  const status = session.noteStatus.value;
  const run = async () => {
    setBusy(true);
    try {
      await session.run('insertNote');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="tl-note" aria-label="Escalation note">
      <button type="button" class="tl-button" data-testid="tl-insert-note" disabled={busy} onClick={run}>
        {busy ? 'Putting the note in…' : 'Put the escalation note in the ticket'}
      </button>
      {status && (
        <p class={status.ok ? 'tl-muted' : 'tl-error'} role="status" data-testid="tl-note-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
