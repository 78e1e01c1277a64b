/**
 * When the page cannot be read, the agent gives Tierline the text: pasted into the sidebar, or
 * selected on the page (kept by remember-selection when they reach for the sidebar).
 */
import { readPlainText } from '../../adapters/generic';
import type { TicketFeature } from '../feature';
import { triageRead } from '../read';

export const pasteTextFeature: TicketFeature = {
  id: 'paste-text',
  on: 'ticket',
  title: 'reading pasted or selected text',
  init({ session, page }, signal) {
    const readText = (text: string) => {
      const result = readPlainText(page.url, session.snapshot.value?.subject || page.doc.title, text);
      return triageRead(session, page, { ...result, fallback: false }, signal, 'agent');
    };
    session.provide('readPasted', page.contain(readText), signal);
    session.provide(
      'readSelection',
      page.contain(() => (session.selection ? readText(session.selection) : session.showNothing('nothing is selected on the page: select the ticket’s text first, then choose “Read the selected text”'))),
      signal,
    );
  },
};
