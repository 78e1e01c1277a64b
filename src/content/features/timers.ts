/**
 * The ticket's check-in timers: fetched from the background (which plans them from the
 * database: src/background/timers-service.ts) when the Timers panel asks, and the agent's
 * actions on them (update sent, snooze with a reason, pause / resume), each a case-log event.
 */
import type { TicketFeature } from '../feature';

export const timersFeature: TicketFeature = {
  id: 'timers',
  on: 'ticket',
  title: 'the check-in timers',
  init({ session, page }, signal) {
    session.provide(
      'loadTimers',
      async () => {
        const reply = await page.send('case/timers', { key: session.key });
        if (!signal.aborted) session.setTimers(reply, Date.now());
      },
      signal,
    );
    session.provide(
      'timerAction',
      async (action) => {
        const reply = await page.send('case/timer-action', { key: session.key, action });
        if (!signal.aborted) session.setTimers(reply, Date.now());
      },
      signal,
    );
  },
};
