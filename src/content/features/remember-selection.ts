/**
 * The text the agent selects on the page can be the ticket (the generic reader, or a helpdesk
 * page Tierline cannot read). Clicking or tabbing into the sidebar would clear the page's
 * selection, so it is taken at that moment (one delegated listener on our own sidebar,
 * nothing on the page's keystrokes) and kept in this ticket's session only.
 */
import { OWN_UI_TAG } from '../../adapters/generic';
import type { TicketFeature } from '../feature';

export const rememberSelectionFeature: TicketFeature = {
  id: 'remember-selection',
  on: 'ticket',
  title: 'reading the selected text',
  init({ session, page }, signal) {
    page.on(OWN_UI_TAG, ['pointerdown', 'focusin'], () => session.rememberSelection(String(page.doc.getSelection() ?? '')), signal);
  },
};
