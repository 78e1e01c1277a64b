/**
 * The handoff in the sidebar: the case as escalated (from the ticket's record line, or just
 * now), else "Escalate to …", the checklist for the destination in force (or the one the
 * guard stopped), prefilled from the ticket with each value's source, always editable.
 * "Escalate" is enabled once every required item is filled; "Escalate anyway" asks a reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistItem } from '../../handoff/checklist';
import type { Prefill, PrefillValue } from '../../handoff/prefill';
import type { TicketSessionView } from '../../session/ticket-session';
import { destinationName } from '../../policy/names';

export function Handoff({ session }: { session: TicketSessionView }) {
  const record = session.caseRecord.value;
  const destination = session.handoffDestination.value;
  const policy = session.handoffPolicy.value;
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const request = session.handoffRequest.value;
  const [focusOpener, setFocusOpener] = useState(false);
  // The guard asks: open on what is missing.
  useEffect(() => {
    if (request > 0) setOpen(true);
  }, [request]);
  useEffect(() => {
    if (!focusOpener) return;
    openerRef.current?.focus({ preventScroll: true });
    setFocusOpener(false);
  });
  const guard = <GuardLine session={session} />;
  if (record) {
    return (
      <>
        <CaseView session={session} />
        {session.guardPass.value !== null && (
          <p class="tl-warn" role="status" data-testid="tl-guard-pass">
            Escalated: now repeat your action in the helpdesk once, and it will go through.
          </p>
        )}
        {guard}
      </>
    );
  }
  if (!policy || !destination || destination === 'support') return guard;
  const name = destinationName(policy, destination);
  if (!open)
    return (
      <section class="tl-handoff" aria-label="Handoff">
        <button ref={openerRef} type="button" class="tl-button" data-testid="tl-handoff-open" onClick={() => setOpen(true)}>
          Escalate to {name}…
        </button>
        {session.draftSavedAt.value && <span class="tl-muted" data-testid="tl-draft-note"> (draft kept)</span>}
        {guard}
      </section>
    );
  return (
    <>
      <HandoffForm
        session={session}
        name={name}
        focusMissing={request}
        close={() => {
          setOpen(false);
          setFocusOpener(true);
        }}
      />
      {guard}
    </>
  );
}

function HandoffForm({ session, name, close, focusMissing }: { session: TicketSessionView; name: string; close: () => void; focusMissing: number }) {
  const items = session.checklist.value;
  const answers = session.answers.value;
  const progress = session.handoffProgress.value;
  const prefilled = session.prefilled.value;
  const stop = session.guardStop.value;
  const complete = progress.missing.length === 0;
  const [anyway, setAnyway] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened (or asked again by the guard): the first missing item, else the first field.
  useEffect(() => {
    const first = progress.missing[0]?.id;
    const target = formRef.current?.querySelector<HTMLElement>(first ? `[name="${CSS.escape(first)}"]` : 'input, textarea, select');
    target?.focus({ preventScroll: false });
  }, [focusMissing]);

  useEffect(() => {
    if (anyway) formRef.current?.querySelector<HTMLElement>('[name="overrideReason"]')?.focus();
  }, [anyway]);

  const escalate = async (overrideReason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await session.run('escalate', overrideReason ? { overrideReason } : {});
    } catch (e) {
      setError(`Not escalated: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (anyway) {
      if (reason.trim().length >= 3) void escalate(reason.trim());
      else setError('Give a one-line reason to escalate with the checklist incomplete.');
    } else if (complete) void escalate();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (anyway) setAnyway(false);
    else close();
  };

  return (
    <form ref={formRef} class="tl-handoff tl-form" aria-label={`Escalate to ${name}`} data-testid="tl-handoff-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <h3 class="tl-handoff-title">Escalate to {name}</h3>
      {stop && (
        <p class="tl-warn" role="alert" data-testid="tl-guard-stopped">
          Tierline stopped {stop.control} ("{stop.matched}"): the handoff checklist for {name} is not complete. Fill what is missing, or escalate anyway with a reason.
          {session.guardPass.value !== null && ' Now repeat your action in the helpdesk once: it will go through.'}
        </p>
      )}
      <div class="tl-field">
        <label for="tl-f-movement">This handoff is</label>
        <select id="tl-f-movement" name="movement" data-testid="tl-movement" value={session.movement.value} onChange={(e) => session.setMovement((e.currentTarget as HTMLSelectElement).value as 'escalation' | 'transfer')} aria-describedby="tl-f-movement-why">
          <option value="escalation">an escalation (up a tier)</option>
          <option value="transfer">a transfer (same tier, another team)</option>
        </select>
        <span id="tl-f-movement-why" class="tl-muted tl-why">
          Proposed from where the ticket is now ({session.movementFrom.value}) and where it goes; logged and written in the note.
        </span>
      </div>
      <ByLine session={session} />
      <p class="tl-muted" data-testid="tl-handoff-progress" aria-live="polite">
        {progress.done} of {progress.total}
      </p>
      {progress.missing.length > 0 && (
        <ul class="tl-missing" data-testid="tl-handoff-missing" aria-label="Still missing">
          {progress.missing.map((m) => (
            <li key={m.id} data-id={m.id}>
              <strong>{m.label}</strong>
              {m.problem !== 'empty' ? ` (${m.problem})` : ''}: <span class="tl-muted">{m.why}</span>
            </li>
          ))}
        </ul>
      )}
      {items.map((item) => (
        <Field key={item.id} item={item} value={answers[item.id] ?? ''} sources={sourcesFor(prefilled, item)} invalid={progress.missing.some((m) => m.id === item.id)} onInput={(v) => session.setAnswer(item.id, v)} />
      ))}
      {anyway && (
        <label class="tl-field">
          <span>Why escalate with the checklist incomplete? (logged)</span>
          <input name="overrideReason" data-testid="tl-anyway-reason" value={reason} maxLength={300} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
        </label>
      )}
      {error && (
        <p class="tl-error" role="alert" data-testid="tl-handoff-error">
          {error}
        </p>
      )}
      <div class="tl-actions">
        {!anyway && (
          <button type="submit" class="tl-button" data-testid="tl-escalate" disabled={!complete || busy}>
            Escalate
          </button>
        )}
        {!complete && !anyway && (
          <button type="button" class="tl-button tl-secondary" data-testid="tl-escalate-anyway" onClick={() => setAnyway(true)}>
            Escalate anyway…
          </button>
        )}
        {anyway && (
          <button type="submit" class="tl-button" data-testid="tl-anyway-confirm" disabled={busy}>
            Escalate anyway
          </button>
        )}
        {session.can('discardDraft') && Object.keys(session.edits.value).length > 0 && (
          <button
            type="button"
            class="tl-button tl-secondary"
            data-testid="tl-discard-draft"
            onClick={() => {
              if (!confirmDiscard) return setConfirmDiscard(true);
              setConfirmDiscard(false);
              void session.run('discardDraft');
            }}
          >
            {confirmDiscard ? 'Discard your edits? Click again' : 'Discard draft'}
          </button>
        )}
        <button type="button" class="tl-button tl-secondary" data-testid="tl-handoff-close" onClick={close}>
          Close
        </button>
      </div>
    </form>
  );
}

function Field({ item, value, sources, invalid, onInput }: { item: ChecklistItem; value: string; sources: PrefillValue[]; invalid: boolean; onInput: (v: string) => void }) {
  const id = `tl-f-${item.id}`;
  const describedBy = `${id}-why`;
  const common = { id, name: item.id, 'aria-describedby': describedBy, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-required': item.required ? ('true' as const) : undefined, 'data-testid': `tl-field-${item.id}` };
  const set = (e: Event) => onInput((e.currentTarget as HTMLInputElement).value);
  const shown = sources.filter((s) => value.includes(s.value));
  let control;
  if (item.kind === 'choice')
    control = (
      <select {...common} value={value} onChange={set}>
        <option value="">Choose…</option>
        {(item.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  else if (item.kind === 'datetime') control = <input {...common} type="datetime-local" value={toLocal(value)} onInput={(e) => onInput(fromLocal((e.currentTarget as HTMLInputElement).value))} />;
  else if (item.kind === 'longtext') control = <textarea {...common} rows={3} value={value} onInput={set} />;
  else control = <input {...common} type="text" value={value} onInput={set} />;
  return (
    <div class="tl-field" data-field={item.id}>
      <label for={id}>
        {item.label}
        {item.required ? ' *' : ' (optional)'}
      </label>
      {control}
      <span id={describedBy} class="tl-muted tl-why">
        {item.why}
      </span>
      {shown.map((s, i) =>
        s.evidence ? (
          <blockquote key={i} class="tl-quote" data-testid="tl-source" title={`From message ${s.evidence.messageIndex + 1}`}>
            <mark>{s.evidence.quote}</mark>
          </blockquote>
        ) : s.field ? (
          <span key={i} class="tl-muted tl-source" data-testid="tl-source">
            From the ticket's {s.field.replace('requester.', 'requester ')}
          </span>
        ) : null,
      )}
    </div>
  );
}

function CaseView({ session }: { session: TicketSessionView }) {
  const r = session.caseRecord.value!;
  const tz = session.reply.value?.policy.timeZone;
  const status = session.handoffStatus.value;
  return (
    <section class="tl-case" aria-label="Escalated" data-testid="tl-case" data-ref={r.ref}>
      <p>
        <strong>
          {r.move === 'transfer' ? 'Transferred' : 'Escalated'} to {r.destinationName}
        </strong> ({r.levelName}) by <span data-testid="tl-case-by">{r.escalatedBy}</span>, {when(r.escalatedAt, tz)}.
      </p>
      <p>
        Owner: <span data-testid="tl-case-owner">{r.owner}</span> · ask: {r.ask} · deadline: <span data-testid="tl-case-deadline">{when(r.deadline, tz)}</span>
      </p>
      <p class="tl-muted">Case {r.ref}</p>
      {status && (
        <p class={status.ok ? 'tl-muted' : 'tl-error'} role="status" data-testid="tl-handoff-status">
          {status.text}
        </p>
      )}
      {session.noteStatus.value && (
        <p class="tl-muted" role="status" data-testid="tl-note-status">
          {session.noteStatus.value.text}
        </p>
      )}
    </section>
  );
}

function ByLine({ session }: { session: TicketSessionView }) {
  const by = session.by.value;
  if (!by) return null;
  return (
    <p class="tl-muted" data-testid="tl-handoff-by">
      By: {by.name || 'unnamed'}
      {by.from === 'helpdesk' ? " (the helpdesk's signed-in agent)" : by.from === 'settings' ? ' (your name in the settings)' : ' (this helpdesk does not show who is signed in)'}
    </p>
  );
}

function GuardLine({ session }: { session: TicketSessionView }) {
  const status = session.guardStatus.value;
  if (!status || status.found.length > 0) return null;
  return (
    <p class="tl-warn" data-testid="tl-guard-missing">
      Tierline could not find this helpdesk's own escalate controls on this page ({status.missing.join(', ') || 'none named'}): an escalation made through them is not checked. Use "Escalate to …" here.
    </p>
  );
}

/** The prefill values behind an item's proposal, for their quotes. */
function sourcesFor(p: Prefill | null, item: ChecklistItem): PrefillValue[] {
  if (!p || !item.prefill) return [];
  const key = item.prefill;
  if (key === 'requester') return [p.requester, p.organisation].filter((v): v is PrefillValue => !!v);
  const value = p[key];
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is PrefillValue => typeof v === 'object' && v !== null && 'value' in v).slice(0, 4);
}

function when(iso: string, timeZone: string | undefined): string {
  try {
    return new Date(iso).toLocaleString('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' });
  } catch {
    return iso;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** ISO with an offset → the browser's local "YYYY-MM-DDTHH:mm" for a datetime-local input. */
function toLocal(iso: string): string {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return '';
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
/** The input's local time → ISO in UTC (with its "Z"), as the checklist wants. */
function fromLocal(local: string): string {
  if (!local) return '';
  const t = new Date(local).getTime();
  return Number.isNaN(t) ? '' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
