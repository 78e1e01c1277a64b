/**
 * "Put the escalation note in the ticket": the internal-note editor when the adapter can reach
 * it, the clipboard always. The background renders the note (one round trip: the click's
 * transient activation, about 5 s, still covers the clipboard write that follows).
 */
import type { RenderedNote } from '../../handoff/note';
import type { HandoffNote } from '../../session/ticket-session';
import { readSetting, SETTINGS, type NoteFormat } from '../../settings/registry';
import type { TicketTools } from '../../ui/sidebar/api';
import type { TicketFeature } from '../feature';

export const escalationNoteFeature: TicketFeature = {
  id: 'escalation-note',
  on: 'ticket',
  title: 'the escalation note',
  init({ session, page, tools }, signal) {
    // The request (and the clipboard code) come with the sidebar bundle (TicketTools).
    const render = (handoff?: HandoffNote) => {
      const request = tools.noteRequest(session, handoff);
      return request && page.send('handoff/render-note', request);
    };
    const format = () => readSetting(SETTINGS.noteFormat).then((s) => s.value, () => 'text' as const);

    session.provide(
      'insertNote',
      async (handoff) => {
        const [note, as] = await Promise.all([render(handoff), format()]);
        if (!note || signal.aborted) return;
        const copied = await copyAs(tools, note, as);
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
        const copied = await copyAs(tools, note, as);
        session.setNoteStatus(copied ? { ok: true, text: `Note copied as ${FORMAT_NAMES[as]}.` } : { ok: false, text: 'The clipboard was not available.' });
      },
      signal,
    );
  },
};

const FORMAT_NAMES: Record<NoteFormat, string> = { text: 'text', markdown: 'Markdown', html: 'HTML' };

/** Text: plain text with the rich HTML beside it (a rich editor pastes the HTML); Markdown or HTML: that source as plain text. */
function copyAs(tools: TicketTools, note: RenderedNote, as: NoteFormat): Promise<boolean> {
  return as === 'text' ? tools.copyRich(note.text, note.html) : tools.copyText(as === 'markdown' ? note.markdown : note.html);
}
