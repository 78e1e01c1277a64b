/** The agent pastes the ticket text when the page cannot be read: triage that instead. */
import { readPlainText } from '../../adapters/generic';
import type { TicketFeature } from '../feature';
import { triageRead } from '../read';

export const pasteTextFeature: TicketFeature = {
  id: 'paste-text',
  on: 'ticket',
  title: 'reading pasted text',
  init({ session, page }, signal) {
    session.provide(
      'readPasted',
      page.contain((text: string) => {
        const result = readPlainText(page.url, session.snapshot.value?.subject || page.doc.title, text);
        return triageRead(session, page, { ...result, fallback: false }, signal);
      }),
      signal,
    );
  },
};
