/** Every rule that fired, with the exact words from the ticket highlighted in their context. */
import type { TicketSnapshot } from '../../ticket/snapshot';
import type { Evidence } from '../../triage/types';
import type { TicketSessionView } from '../../session/ticket-session';

const EFFECT_WORDS = { raise: 'raises', lower: 'lowers', route: 'routes', flag: 'flags' } as const;
const CONTEXT_CHARS = 48;

export function Rules({ session }: { session: TicketSessionView }) {
  const reply = session.reply.value;
  const snapshot = session.snapshot.value;
  if (!reply) return null;
  const { rules } = reply.suggestion;
  if (!rules.length) return <p class="tl-muted">No rule fired on this ticket.</p>;
  return (
    <section aria-label="Why" class="tl-rules">
      <h3 class="tl-h3">Why</h3>
      <ul class="tl-rule-list">
        {rules.map((rule) => (
          <li key={rule.id} class={`tl-rule tl-effect-${rule.effect}`} data-testid="tl-rule" data-rule-id={rule.id}>
            <div class="tl-rule-head">
              <span class="tl-rule-label">{rule.label}</span>
              <span class="tl-chip">
                {EFFECT_WORDS[rule.effect]}
                {rule.severity ? ` · Sev ${rule.severity}` : ''}
              </span>
            </div>
            {distinct(rule.evidence).map((evidence, i) => (
              <Quote key={i} evidence={evidence} snapshot={snapshot} />
            ))}
            {rule.related && rule.related.length > 0 && (
              <p class="tl-muted">
                Same symptom in: {rule.related.map((t) => (t.ticketId ? `#${t.ticketId}` : t.subject)).join(', ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "…context [quote] context…", from the ticket text when the offsets still match it. */
function Quote({ evidence, snapshot }: { evidence: Evidence; snapshot: TicketSnapshot | null }) {
  const source = evidence.messageIndex === -1 ? snapshot?.subject : snapshot?.messages[evidence.messageIndex]?.text;
  const aligned = source !== undefined && source.slice(evidence.start, evidence.end) === evidence.quote;
  // Context on one line: the quote itself stays exactly as the ticket has it.
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const before = aligned ? (evidence.start > CONTEXT_CHARS ? '…' : '') + flat(source.slice(Math.max(0, evidence.start - CONTEXT_CHARS), evidence.start)) : '';
  const after = aligned ? flat(source.slice(evidence.end, evidence.end + CONTEXT_CHARS)) + (evidence.end + CONTEXT_CHARS < source.length ? '…' : '') : '';
  const where = evidence.messageIndex === -1 ? 'subject' : `message ${evidence.messageIndex + 1}`;
  return (
    <blockquote class="tl-quote" data-testid="tl-quote" data-quote={evidence.quote} title={`From the ${where}`}>
      {before}
      <mark>{evidence.quote}</mark>
      {after}
    </blockquote>
  );
}

/** The same words at the same place, cited by two patterns, are shown once. */
function distinct(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.messageIndex}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
