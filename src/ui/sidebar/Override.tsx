/** The agent picks another level or destination, with a one-line reason; stored for review. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TicketSessionView } from '../../session/ticket-session';

export function Override({ session }: { session: TicketSessionView }) {
  const reply = session.reply.value;
  const effective = session.effective.value;
  const [open, setOpen] = useState(false);
  const [severity, setSeverity] = useState<number>(effective?.severity ?? 3);
  const [destination, setDestination] = useState<string>(effective?.destination ?? 'support');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The keyboard focus follows the form: into its first field when it opens, back to the
  // button that opened it when it closes (saved, cancelled, Escape).
  const [focusNext, setFocusNext] = useState<'field' | 'opener' | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const target = focusNext === 'field' ? fieldRef.current : focusNext === 'opener' ? openerRef.current : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    setFocusNext(null);
  });
  if (!reply || !effective) return null;
  const close = () => {
    setOpen(false);
    setError(null);
    setFocusNext('opener');
  };

  if (!open) {
    const opener = (
      <button
        ref={openerRef}
        type="button"
        class="tl-button tl-secondary"
        data-testid="tl-override-open"
        onClick={() => {
          setSeverity(effective.severity);
          setDestination(effective.destination);
          setOpen(true);
          setFocusNext('field');
        }}
      >
        Choose another level or destination…
      </button>
    );
    if (!effective.overridden || !session.can('useSuggestion')) return opener;
    // The way back from an override: the suggestion in force again, logged for the review.
    const useSuggestion = async () => {
      setError(null);
      try {
        await session.run('useSuggestion');
        setFocusNext('opener');
      } catch (e) {
        setError(`Not saved: ${(e as Error).message}`);
      }
    };
    return (
      <div class="tl-row">
        {opener}
        <button type="button" class="tl-button tl-secondary" data-testid="tl-use-suggestion" onClick={() => void useSuggestion()}>
          Use the suggestion again
        </button>
        {error && (
          <p class="tl-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError('Say in one line why (it goes into the review data).');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await session.run('override', { severity: severity as 1 | 2 | 3 | 4, destination, reason: reason.trim() });
      setReason('');
      close();
    } catch (e) {
      setError(`Not saved: ${(e as Error).message}`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      class="tl-override"
      onSubmit={submit}
      data-testid="tl-override"
      aria-label="Override the suggestion"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation(); // Escape closes this form, not whatever the page does with it
        close();
      }}
    >
      <label class="tl-label" for="tl-ov-level">
        Level
      </label>
      <select ref={fieldRef} id="tl-ov-level" value={String(severity)} onChange={(e) => setSeverity(Number(e.currentTarget.value))}>
        {reply.policy.levels.map((l) => (
          <option key={l.level} value={String(l.level)}>
            Sev {l.level} · {l.name}
          </option>
        ))}
      </select>
      <label class="tl-label" for="tl-ov-dest">
        Destination
      </label>
      <select id="tl-ov-dest" value={destination} onChange={(e) => setDestination(e.currentTarget.value)}>
        {reply.policy.destinations.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <label class="tl-label" for="tl-ov-reason">
        Why (one line)
      </label>
      <input id="tl-ov-reason" type="text" maxLength={300} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      <div class="tl-row">
        <button type="submit" class="tl-button" disabled={saving}>
          {saving ? 'Saving…' : 'Save my choice'}
        </button>
        <button type="button" class="tl-button tl-secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
