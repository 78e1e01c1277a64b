/**
 * "Put the escalation note in the ticket": the internal-note editor when the adapter can reach
 * it, the clipboard always. The background renders the note (one round trip: the click's
 * transient activation, about 5 s, still covers the clipboard write that follows).
 */
import type { NoteFact, NoteRule, RenderedNote } from '../../handoff/note';
import type { HandoffNote } from '../../session/ticket-session';
import { readSetting, SETTINGS, type NoteFormat } from '../../settings/registry';
import type { TriageReply } from '../../store/protocol';
import type { FiredRule } from '../../triage/types';
import type { TicketFeature } from '../feature';

const CLIPBOARD_WAIT_MS = 1_500;

export const escalationNoteFeature: TicketFeature = {
  id: 'escalation-note',
  on: 'ticket',
  title: 'the escalation note',
  init({ session, page, tools }, signal) {
    const render = (handoff?: HandoffNote) => {
      const snapshot = session.snapshot.value;
      const effective = session.effective.value;
      const reply = session.reply.value;
      if (!snapshot || !effective || !reply) return null;
      return page.send('handoff/render-note', {
        snapshot,
        levelName: handoff?.record.levelName ?? effective.levelName,
        destinationName: handoff?.record.destinationName ?? effective.destinationName,
        rules: reply.suggestion.rules.map(noteRule),
        timeZone: reply.policy.timeZone,
        facts: noteFacts(reply),
        ...(handoff ? { fields: handoff.fields, items: handoff.items.map((i) => ({ id: i.id, label: i.label })), record: handoff.record } : {}),
      });
    };
    const format = () => readSetting(SETTINGS.noteFormat).then((s) => s.value, () => 'text' as const);

    session.provide(
      'insertNote',
      async (handoff) => {
        const [note, as] = await Promise.all([render(handoff), format()]);
        if (!note || signal.aborted) return;
        const copied = await copyAs(note, as);
        const { adapter } = page;
        const editor = tools.editorFor(adapter);
        const inserted = editor.insertNote
          ? await editor.insertNote(page.doc, note, signal).catch((error: unknown) => ({ ok: false as const, reason: (error as Error).message }))
          : { ok: false as const, reason: `${adapter.name} has no note editor Tierline can reach` };
        if (signal.aborted) return;
        const clipboard = copied ? `copied to the clipboard (${FORMAT_NAMES[as]})` : 'the clipboard was not available';
        session.setNoteStatus(
          inserted.ok
            ? { ok: true, text: `Note put in the ${inserted.where}, and ${clipboard}.` }
            : { ok: copied, text: `Could not put the note in the ticket (${inserted.reason}); ${copied ? 'it is on the clipboard: paste it into an internal note' : clipboard}.` },
        );
      },
      signal,
    );

    session.provide(
      'copyNote',
      async (as) => {
        const note = await render();
        if (!note || signal.aborted) return;
        const copied = await copyAs(note, as);
        session.setNoteStatus(copied ? { ok: true, text: `Note copied as ${FORMAT_NAMES[as]}.` } : { ok: false, text: 'The clipboard was not available.' });
      },
      signal,
    );
  },
};

const FORMAT_NAMES: Record<NoteFormat, string> = { text: 'text', markdown: 'Markdown', html: 'HTML' };

/** Text: plain text with the rich HTML beside it (a rich editor pastes the HTML); Markdown or HTML: that source as plain text. */
function copyAs(note: RenderedNote, as: NoteFormat): Promise<boolean> {
  return as === 'text' ? copyRich(note.text, note.html) : copyText(as === 'markdown' ? note.markdown : note.html);
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
