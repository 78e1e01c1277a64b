/** The escalation note: into the ticket (the internal-note editor when possible, the clipboard always), or copied in a remembered format. */
import { useEffect, useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';
import { readSetting, SETTINGS, writeSetting, type NoteFormat } from '../../settings/registry';

export function NoteAction({ session }: { session: TicketSessionView }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [format, setFormat] = useState<NoteFormat>('text');
  useEffect(() => {
    void readSetting(SETTINGS.noteFormat).then((s) => setFormat(s.value), () => undefined);
  }, []);
  const choose = (next: NoteFormat) => {
    setFormat(next);
    void writeSetting(SETTINGS.noteFormat, next).catch(() => undefined); // remembered for the next note, in every tab
  };
  const status = failed ? { ok: false, text: `Could not put the note in: ${failed}.` } : session.noteStatus.value;
  const run = async (command: () => Promise<void>) => {
    setBusy(true);
    setFailed(null);
    try {
      await command();
    } catch (error) {
      setFailed((error as Error).message); // said here, never thrown at the page
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="tl-note" aria-label="Escalation note">
      <button type="button" class="tl-button" data-testid="tl-insert-note" disabled={busy} onClick={() => run(() => session.run('insertNote'))}>
        {busy ? 'Putting the note in…' : 'Put the escalation note in the ticket'}
      </button>
      <p class="tl-note-copy">
        <button type="button" class="tl-button tl-secondary" data-testid="tl-copy-note" disabled={busy} onClick={() => run(() => session.run('copyNote', format))}>
          Copy note
        </button>{' '}
        <label>
          as{' '}
          <select data-testid="tl-note-format" value={format} onChange={(e) => choose(e.currentTarget.value as NoteFormat)}>
            <option value="text">text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </label>
      </p>
      {status && (
        <p class={status.ok ? 'tl-muted' : 'tl-error'} role="status" data-testid="tl-note-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
