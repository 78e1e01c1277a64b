/** Put the escalation note into the ticket: the internal-note editor when possible, the clipboard always. */
import { useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';

export function NoteAction({ session }: { session: TicketSessionView }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const status = failed ? { ok: false, text: `Could not put the note in: ${failed}.` } : session.noteStatus.value;
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      await session.run('insertNote');
    } catch (error) {
      setFailed((error as Error).message); // said here, never thrown at the page
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
