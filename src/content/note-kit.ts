/**
 * What the note and customer-message commands need besides the page: the render request the
 * background's `handoff/render-note` takes, and the clipboard. Used on the agent's click only:
 * shipped in the sidebar bundle (TicketTools), not the always-on script.
 */
import type { NoteFact, NoteRule } from '../handoff/note';
import type { HandoffNote, TicketSession } from '../session/ticket-session';
import type { NoteRequest, TriageReply } from '../store/protocol';
import type { FiredRule } from '../triage/types';

const CLIPBOARD_WAIT_MS = 1_500;

/** The escalation note's render request for this ticket (with the handoff's fields and record when escalating); null before a triage. */
export function noteRequest(session: Pick<TicketSession, 'snapshot' | 'effective' | 'reply'>, handoff?: HandoffNote): NoteRequest | null {
  const snapshot = session.snapshot.value;
  const effective = session.effective.value;
  const reply = session.reply.value;
  if (!snapshot || !effective || !reply) return null;
  return {
    snapshot,
    levelName: handoff?.record.levelName ?? effective.levelName,
    destinationName: handoff?.record.destinationName ?? effective.destinationName,
    rules: reply.suggestion.rules.map(noteRule),
    timeZone: reply.policy.timeZone,
    facts: noteFacts(reply),
    ...(handoff ? { fields: handoff.fields, items: handoff.items.map((i) => ({ id: i.id, label: i.label })), record: handoff.record } : {}),
  };
}

/** Only what the note reads of a rule crosses to the background (no quotes, labels or related tickets). */
function noteRule(rule: FiredRule): NoteRule {
  return {
    id: rule.id,
    effect: rule.effect,
    ...(rule.severity === undefined ? {} : { severity: rule.severity }),
    ...(rule.trigger === undefined ? {} : { trigger: rule.trigger }),
    evidence: rule.evidence.slice(0, 50).map((e) => ({ messageIndex: e.messageIndex, start: e.start, end: e.end })),
  };
}

/** The facts in force for the note's business impact, once the agent confirmed or changed any (none before: the engine's reading is not a confirmed fact). */
function noteFacts(reply: TriageReply): NoteFact[] {
  if (reply.choice.source !== 'facts') return [];
  const out: NoteFact[] = [];
  for (const { id, label, values } of reply.policy.facts) {
    const value = reply.facts[id] ?? reply.suggestion.facts[id].value;
    out.push({ label, value: values.find((v) => v.id === value)?.label ?? 'not stated', by: reply.choice.changed.includes(id) ? 'changed' : reply.facts[id] ? 'confirmed' : 'read' });
  }
  return out;
}

/** text/plain and text/html together where the browser can; plain text otherwise. */
export function copyRich(text: string, html: string): Promise<boolean> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return Promise.resolve(false);
  if (typeof clipboard.write !== 'function' || typeof ClipboardItem === 'undefined') return copyText(text);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) });
  return Promise.race([
    clipboard.write([item]).then(
      () => true,
      () => copyText(text),
    ),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLIPBOARD_WAIT_MS))),
  ]).finally(() => clearTimeout(timer));
}

/** A clipboard that never answers (a pending permission prompt) must not hold up the editor. */
export function copyText(text: string): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLIPBOARD_WAIT_MS))),
  ]).finally(() => clearTimeout(timer));
}
