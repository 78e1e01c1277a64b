/** Read the ticket once it has rendered, and get it triaged; "Try again" reads it afresh. */
import type { TicketFeature } from '../feature';
import { readTicket, showTriage, triageRead } from '../read';
import { waitForElement } from '../wait';

export const readTicketFeature: TicketFeature = {
  id: 'read-ticket',
  on: 'ticket',
  title: 'reading the ticket',
  async init({ session, page }, signal) {
    const read = () => {
      session.beginReading();
      return triageRead(session, page, readTicket(page, session.selection), signal);
    };
    session.provide('retry', page.contain(read), signal);
    // The controller may have read the ticket already (it was there at document end).
    const first = page.takeFirstRead();
    if (first) return showTriage(session, page, first.read, first.pending, signal);
    const ready = page.adapter.selectors[page.adapter.readyKey];
    // Not there after a moment: read what there is and say what is missing; the re-read on
    // change picks the ticket up when a slow helpdesk renders it after all.
    if (ready) await waitForElement(page.doc, ready.selectors, signal, 2_500);
    if (!signal.aborted) await read();
  },
};
