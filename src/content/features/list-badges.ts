/** Ticket lists: a badge with the level in force for each row whose ticket Tierline has triaged. */
import type { ListFeature } from '../feature';
import { listSignature, markListRows, removeListBadges } from '../list-badges';

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
    signal.addEventListener('abort', () => removeListBadges(doc), { once: true });
  },
};
