/**
 * Customer messages (domain.md section 8): the sidebar renders the chosen template from the
 * case and what the agent wrote for the customer; this puts it into the helpdesk's public
 * reply editor (never submitted) and on the clipboard. The adapter refuses unless it is sure
 * the editor is the public reply; the message then stays on the clipboard, and the sidebar
 * says so. Copied first, while the click's user activation holds.
 */
import type { TicketFeature } from '../feature';

export const customerMessageFeature: TicketFeature = {
  id: 'customer-message',
  on: 'ticket',
  title: 'customer messages',
  init({ session, page, tools }, signal) {
    session.provide(
      'insertReply',
      async (message) => {
        const copied = await tools.copyRich(message.text, message.html);
        const { adapter } = page;
        const editor = tools.editorFor(adapter);
        const inserted = editor.insertReply
          ? await editor.insertReply(page.doc, message, signal).catch((error: unknown) => ({ ok: false as const, reason: (error as Error).message }))
          : { ok: false as const, reason: `${adapter.name} has no reply editor Tierline can reach` };
        const clipboard = copied ? 'copied to the clipboard' : 'the clipboard was not available';
        return inserted.ok
          ? { ok: true, text: `Message put in the ${inserted.where} (not sent), and ${clipboard}.` }
          : { ok: false, text: `Not put in the reply (${inserted.reason}); ${copied ? 'it is on the clipboard: paste it into your reply to the customer' : clipboard}.` };
      },
      signal,
    );
  },
};
