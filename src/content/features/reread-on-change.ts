/**
 * Re-read when the ticket's thread changes (a new reply arrives, the thread loads more). The
 * shared page observer wakes it at most once a second, and only for changes inside the
 * adapter's `threadRoot` (typing in the helpdesk's editor, its draft status, counters and
 * menus elsewhere never re-read the thread); it triages again only when what was read
 * differs (subject, message count, the latest message's length).
 */
import type { TicketSnapshot } from '../../ticket/snapshot';
import type { TicketFeature } from '../feature';
import { readTicket, triageRead } from '../read';

export const rereadOnChangeFeature: TicketFeature = {
  id: 'reread-on-change',
  on: 'ticket',
  title: 'following changes to the ticket',
  init({ session, page }, signal) {
    page.watch(
      () => {
        if (session.phase.value === 'reading') return; // the first read is still under way
        const read = readTicket(page, session.selection);
        if (fingerprintOf(read.snapshot) === fingerprintOf(session.snapshot.value)) return;
        void triageRead(session, page, read, signal);
      },
      1_000,
      signal,
      page.adapter.threadRoot ? () => page.adapter.threadRoot!(page.doc, page.url) : undefined,
    );
  },
};

/** Cheap change detector: subject, message count and the latest message's length. */
export function fingerprintOf(snapshot: Pick<TicketSnapshot, 'subject' | 'messages'> | null): string {
  if (!snapshot) return '';
  const last = snapshot.messages[snapshot.messages.length - 1];
  return `${snapshot.subject}|${snapshot.messages.length}|${last?.text.length ?? 0}`;
}
