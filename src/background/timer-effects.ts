/**
 * The timers' effects in the browser: the one chrome.alarms alarm, the toolbar badge, desktop
 * notifications and what clicking one does. Thin: the decisions are src/timers/due.ts's.
 */
import { browser } from 'wxt/browser';
import type { Badge } from '../timers/due';
import { notificationId, ticketOfNotification, type TimerEffects } from './timers-service';
import type { TierlineDb } from '../store/db';

export const TIMERS_ALARM = 'tierline-timers';
export const BADGE_COLORS = { red: '#b42318', amber: '#dc6803' } as const;

/** `skew`: how far the timers' clock is ahead of the real one (0 outside test builds). */
export function browserTimerEffects(skew: () => number): TimerEffects {
  return {
    async alarm(when) {
      if (when === null) await browser.alarms.clear(TIMERS_ALARM);
      // One alarm, replaced on every change; never in the past (the browser fires it at once).
      else await browser.alarms.create(TIMERS_ALARM, { when: Math.max(Date.now() + 1_000, when - skew()) });
    },
    async badge(badge: Badge) {
      await browser.action.setBadgeText({ text: badge.text });
      if (badge.color) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.color] });
      await browser.action.setTitle({ title: badge.tooltip });
    },
    async notify(n, ticket) {
      await browser.notifications.create(notificationId(n), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: n.title,
        message: ticket ? `${n.message}\n${ticket.subject}` : n.message,
        priority: n.state === 'overdue' ? 2 : 1,
      });
    },
  };
}

/** Clicking a timer's notification: focus the ticket's open tab, or open it. */
export async function openNotifiedTicket(db: TierlineDb, id: string): Promise<void> {
  const key = ticketOfNotification(id);
  await browser.notifications.clear(id);
  if (!key) return;
  const ticket = await db.tickets.get(key);
  if (!ticket) return;
  const base = ticket.url.split('#')[0]!;
  const tabs = await browser.tabs.query({});
  const open = tabs.find((t) => t.url !== undefined && t.url.split('#')[0] === base);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else await browser.tabs.create({ url: ticket.url });
}
