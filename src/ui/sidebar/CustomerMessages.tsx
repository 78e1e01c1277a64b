/**
 * Customer messages (domain.md section 8) once the ticket has a case (escalated here, or the
 * record line in its internal notes): pick acknowledgment / progress update / handoff /
 * resolution, write the few lines meant for the customer, preview it with the case's facts
 * filled in (team, response time from the level, reference, owner), then "Put in the reply"
 * (the public reply editor, never sent; refused unless the adapter is sure it is the reply)
 * or "Copy". Only the case record and what is typed here reach the message.
 */
import { useState } from 'preact/hooks';
import { customerCaseOf, renderCustomerMessage, WRITTEN_FIELDS, type CustomerMessageKind, type CustomerWritten } from '../../handoff/customer-message';
import type { TicketSessionView } from '../../session/ticket-session';

const KINDS: { kind: CustomerMessageKind; label: string }[] = [
  { kind: 'acknowledgment', label: 'Acknowledgment' },
  { kind: 'progress', label: 'Progress update' },
  { kind: 'handoff', label: 'Handoff to the new owner' },
  { kind: 'resolution', label: 'Resolution' },
];
const LABELS: Record<keyof CustomerWritten, string> = {
  issue: 'The issue, restated for the customer',
  impact: 'Its impact, in your words (optional)',
  progress: 'Progress so far',
  nextStep: 'Where it stands now, the next step',
  nextUpdate: 'Next update (when)',
  ownerRole: "The new owner's role",
  ownerExpertise: 'Their expertise (optional)',
  ownerContact: 'How to reach them (optional)',
  fixed: 'What was fixed',
  done: 'What was done',
  prevention: 'What prevents a repeat (optional)',
};

export function CustomerMessages({ session }: { session: TicketSessionView }) {
  const record = session.caseRecord.value;
  const policy = session.handoffPolicy.value;
  const [kind, setKind] = useState<CustomerMessageKind>('acknowledgment');
  // The owner's role is the one checklist answer meant for the customer (its label says so).
  const [written, setWritten] = useState<CustomerWritten>(() => ({ ownerRole: session.answers.value.owner_role ?? '' }));
  const [signOff, setSignOff] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record || !policy) return null;
  const message = renderCustomerMessage(policy, kind, customerCaseOf(record, { customerName: session.snapshot.value?.requester.name, agentName: signOff }, written));
  const ready = message.missing.length === 0 && !busy;
  const act = async (what: 'reply' | 'copy') => {
    setBusy(true);
    setStatus(null);
    try {
      if (what === 'reply') setStatus(await session.run('insertReply', { text: message.text, html: message.html }));
      else setStatus((await session.run('copyText', message.text, message.html)) ? { ok: true, text: 'Copied to the clipboard.' } : { ok: false, text: 'The clipboard was not available: select the preview and copy it.' });
    } catch (error) {
      setStatus({ ok: false, text: `Not done: ${(error as Error).message}.` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="tl-handoff tl-form" aria-label="Message to the customer" data-testid="tl-cm">
      <h3 class="tl-handoff-title">Message to the customer</h3>
      <div class="tl-field">
        <label for="tl-cm-kind">Message</label>
        <select id="tl-cm-kind" data-testid="tl-cm-kind" value={kind} onChange={(e) => (setKind((e.currentTarget as HTMLSelectElement).value as CustomerMessageKind), setStatus(null))}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {WRITTEN_FIELDS[kind].map((key) => (
        <div class="tl-field" key={key}>
          <label for={`tl-cm-${key}`}>{LABELS[key]}</label>
          <textarea id={`tl-cm-${key}`} data-testid={`tl-cm-${key}`} rows={2} maxLength={2000} value={written[key] ?? ''} onInput={(e) => setWritten({ ...written, [key]: (e.currentTarget as HTMLTextAreaElement).value })} />
        </div>
      ))}
      <div class="tl-field">
        <label for="tl-cm-sign">Signed (optional)</label>
        <input id="tl-cm-sign" data-testid="tl-cm-sign" maxLength={100} value={signOff} onInput={(e) => setSignOff((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <p class="tl-muted">Preview (case {record.ref}, {record.destinationName}):</p>
      <p class="tl-quote" data-testid="tl-cm-preview">
        {message.text}
      </p>
      {message.missing.length > 0 && (
        <p class="tl-muted" data-testid="tl-cm-missing">
          Still to write: {message.missing.join(', ')}.
        </p>
      )}
      <div class="tl-actions">
        <button type="button" class="tl-button" data-testid="tl-cm-reply" disabled={!ready} onClick={() => act('reply')}>
          Put in the reply
        </button>
        <button type="button" class="tl-button tl-secondary" data-testid="tl-cm-copy" disabled={!ready} onClick={() => act('copy')}>
          Copy
        </button>
      </div>
      {status && (
        <p class={status.ok ? 'tl-muted' : 'tl-error'} role="status" data-testid="tl-cm-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
