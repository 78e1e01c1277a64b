/** Put the escalation note into the ticket: the internal-note editor when possible, the clipboard always. */
import { useState } from 'preact/hooks';
import type { SidebarActions, SidebarState } from '../state';

export function NoteAction({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const [busy, setBusy] = useState(false);
  const status = state.noteStatus.value;
  const run = async () => {
    setBusy(true);
    try {
      await actions.insertNote();
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
