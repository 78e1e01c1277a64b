/**
 * Badges on helpdesk ticket lists: the level in force for each row's ticket (the agent's
 * override, else the suggestion), beside the ticket's subject or number (the adapter says
 * where), small enough never to wrap the row. Badges are our own small elements, marked so
 * they are added once and removed cleanly; their text is set with textContent only.
 */
import type { ListRow } from '../adapters/types';
import type { sendToBackground } from '../store/messaging';
import type { KnownTicket } from '../store/protocol';
import { ticketKey } from '../ticket/key';

const BADGE_ATTR = 'data-tierline-badge';
/** The second small badge: the escalated ticket's customer update owed (pending, due soon, overdue, paused). */
const TIMER_ATTR = 'data-tierline-timer';
const TIMER_LOOK: Record<string, { text: string; color: string; solid: boolean }> = {
  overdue: { text: 'Update overdue', color: '#b42318', solid: true },
  due_soon: { text: 'Update due', color: '#dc6803', solid: true },
  running: { text: 'Update pending', color: '#475467', solid: false },
  paused: { text: 'Update paused', color: '#475467', solid: false },
};
const COLORS: Record<number, string> = { 1: '#b42318', 2: '#c4320a', 3: '#a15c07', 4: '#475467' };
const BASE_STYLE = 'display:inline-block;box-sizing:border-box;padding:0 5px;border-radius:8px;font:600 10.5px/13px system-ui,sans-serif;white-space:nowrap;vertical-align:top;max-height:15px;';

/** A cheap summary of the list as shown: unchanged means there is nothing to re-mark. */
export function listSignature(doc: Document, rows: ListRow[]): string {
  return `${rows.map((r) => r.ticketId).join(',')}|${doc.querySelectorAll(`[${BADGE_ATTR}]`).length}`;
}

export async function markListRows(doc: Document, rows: ListRow[], adapterId: string, host: string, send: typeof sendToBackground, signal: AbortSignal): Promise<void> {
  if (!rows.length) return;
  const keyOf = (ticketId: string) => ticketKey(adapterId, host, ticketId);
  let known;
  try {
    known = await send('tickets/known', { keys: rows.map((r) => keyOf(r.ticketId)) });
  } catch {
    return; // badges are a nicety: never disturb the list over them
  }
  if (signal.aborted) return;
  for (const listRow of rows) {
    const info = known[keyOf(listRow.ticketId)];
    markLevel(doc, listRow, info);
    markTimer(doc, listRow.row, info?.update);
  }
}

function markLevel(doc: Document, { ticketId, row, anchor, at }: ListRow, info: KnownTicket | undefined): void {
  const existing = row.querySelector(`[${BADGE_ATTR}]`);
  {
    if (!info) {
      existing?.remove();
      return;
    }
    // The agent's own decision is marked as such: outlined, with a check.
    const text = info.overridden ? `Sev ${info.severity} ✓` : `Sev ${info.severity}`;
    if (existing?.textContent === text) return;
    const badge = existing ?? doc.createElement('span');
    badge.setAttribute(BADGE_ATTR, ticketId);
    badge.setAttribute('data-tierline-overridden', String(info.overridden === true));
    badge.setAttribute('title', info.overridden ? `Tierline: ${info.levelName} (your choice)` : `Tierline: ${info.levelName} (suggested)`);
    badge.textContent = text;
    const color = COLORS[info.severity] ?? '#475467';
    (badge as HTMLElement).style.cssText = BASE_STYLE + (at === 'start' ? 'margin:0 6px 0 0;' : 'margin:0 0 0 6px;') + (info.overridden ? `color:${color};background:#fff;border:1px solid ${color};` : `color:#fff;background:${color};border:1px solid ${color};`);
    if (existing) return;
    if (at === 'start') anchor.prepend(badge);
    else if (anchor === row) (row.querySelector('td:last-child') ?? row).append(badge);
    else anchor.after(badge);
  }
}

/** The row's timer badge, right after its level badge (added, changed or removed). */
function markTimer(doc: Document, row: Element, update: KnownTicket['update']): void {
  const existing = row.querySelector(`[${TIMER_ATTR}]`);
  const look = update ? TIMER_LOOK[update.state] : undefined;
  if (!update || !look) {
    existing?.remove();
    return;
  }
  const badge = existing ?? doc.createElement('span');
  badge.setAttribute(TIMER_ATTR, update.state);
  badge.setAttribute('title', `Tierline: ${update.action}`);
  if (badge.textContent !== look.text) badge.textContent = look.text;
  (badge as HTMLElement).style.cssText = BASE_STYLE + 'margin:0 0 0 4px;' + (look.solid ? `color:#fff;background:${look.color};border:1px solid ${look.color};` : `color:${look.color};background:#fff;border:1px solid ${look.color};`);
  if (existing) return;
  const level = row.querySelector(`[${BADGE_ATTR}]`);
  if (level) level.after(badge);
}

export function removeListBadges(doc: Document): void {
  for (const badge of doc.querySelectorAll(`[${BADGE_ATTR}], [${TIMER_ATTR}]`)) badge.remove();
}
