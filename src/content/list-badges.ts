/**
 * Badges on helpdesk ticket lists: the level in force for each row's ticket (the agent's
 * override, else the suggestion). Badges are our own small elements, marked so they are
 * added once and removed cleanly; their text is set with textContent only.
 */
import type { Adapter } from '../adapters/types';
import type { sendToBackground } from '../store/messaging';
import { ticketKey } from '../ticket/key';

type ListRow = ReturnType<NonNullable<Adapter['listRows']>>[number];

const BADGE_ATTR = 'data-tierline-badge';
const COLORS: Record<number, string> = { 1: '#b42318', 2: '#c4320a', 3: '#a15c07', 4: '#475467' };

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
  for (const { ticketId, row } of rows) {
    const info = known[keyOf(ticketId)];
    const existing = row.querySelector(`[${BADGE_ATTR}]`);
    if (!info) {
      existing?.remove();
      continue;
    }
    const text = `Sev ${info.severity}`;
    if (existing?.textContent === text) continue;
    const badge = existing ?? doc.createElement('span');
    badge.setAttribute(BADGE_ATTR, ticketId);
    badge.setAttribute('title', `Tierline: ${info.levelName}`);
    badge.textContent = text;
    (badge as HTMLElement).style.cssText = `display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;font:600 11px/18px system-ui,sans-serif;color:#fff;background:${COLORS[info.severity] ?? '#475467'};vertical-align:middle;`;
    if (!existing) (row.querySelector('td:last-child') ?? row).append(badge);
  }
}

export function removeListBadges(doc: Document): void {
  for (const badge of doc.querySelectorAll(`[${BADGE_ATTR}]`)) badge.remove();
}
