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

const FIELD_WORDS: Record<NonNullable<Evidence['field']>, string> = {
  plan: "the requester's plan",
  org: "the requester's organisation",
  tag: "the ticket's tags",
  age: "the ticket's age",
  history: 'your recent tickets',
};

/**
 * "…context [quote] context…". The engine gives the context within the quote's sentence, cut
 * at word boundaries; older replies without it fall back to the ticket text around the
 * offsets. A field value (the plan, the ticket's age) is shown as what it is, not as words.
 */
function Quote({ evidence, snapshot }: { evidence: Evidence; snapshot: TicketSnapshot | null }) {
  if (evidence.field) {
    return (
      <p class="tl-quote tl-field-evidence" data-testid="tl-field-evidence" data-field={evidence.field}>
        <span class="tl-muted">From {FIELD_WORDS[evidence.field]}: </span>
        {evidence.quote.replace(/^(?:plan|org|organi[sz]ation|tags?): /i, '')}
      </p>
    );
  }
  const source = evidence.messageIndex === -1 ? snapshot?.subject : snapshot?.messages[evidence.messageIndex]?.text;
  const aligned = source !== undefined && source.slice(evidence.start, evidence.end) === evidence.quote;
  // Context on one line: the quote itself stays exactly as the ticket has it.
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const fallbackBefore = aligned ? (evidence.start > CONTEXT_CHARS ? '…' : '') + flat(source.slice(Math.max(0, evidence.start - CONTEXT_CHARS), evidence.start)) : '';
  const fallbackAfter = aligned ? flat(source.slice(evidence.end, evidence.end + CONTEXT_CHARS)) + (evidence.end + CONTEXT_CHARS < source.length ? '…' : '') : '';
  const before = evidence.before ?? fallbackBefore;
  const after = evidence.after ?? fallbackAfter;
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
