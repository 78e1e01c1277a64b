/**
 * Ticket lists: a badge with the level in force for each row whose ticket Tierline has triaged,
 * and a second small badge for an escalated ticket's customer update (pending, due, overdue).
 * Timer badges follow the time: the list is asked about again every LIVE_MS (one message for
 * the whole list, badges touched only when their text changes), never per row or per second.
 */
import type { ListFeature } from '../feature';
import { listSignature, markListRows, removeListBadges } from '../list-badges';

export const LIVE_MS = 30_000;

export const listBadgesFeature: ListFeature = {
  id: 'list-badges',
  on: 'list',
  title: 'ticket list badges',
  init({ page }, signal) {
    const { adapter, doc } = page;
    if (!adapter.listRows) return;
    let last = '';
    const mark = () => {
      const rows = adapter.listRows?.(doc) ?? [];
      const signature = listSignature(doc, rows);
      if (signature === last) return; // the list changed around its rows, not the rows
      last = signature;
      return markListRows(doc, rows, adapter.id, page.url.host, page.send, signal);
    };
    page.contain(mark)();
    page.watch(mark, 500, signal);
    // Time passes: the same rows may owe a different update now. Only while the list is on
    // screen: a list in a background tab does not wake the service worker every 30 s.
    const refresh = () => {
      if (doc.hidden) return;
      last = '';
      void page.contain(mark)();
    };
    const live = setInterval(refresh, LIVE_MS);
    doc.addEventListener('visibilitychange', refresh, { signal });
    signal.addEventListener('abort', () => clearInterval(live), { once: true });
    signal.addEventListener('abort', () => removeListBadges(doc), { once: true });
  },
};
