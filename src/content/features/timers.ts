/**
 * The ticket's check-in timers: fetched from the background (which plans them from the
 * database: src/background/timers-service.ts) when the Timers panel asks, after every read of
 * the ticket and after an escalation made here, and the agent's actions on them (update sent,
 * snooze with a reason, pause / resume), each a case-log event.
 *
 * A public agent reply the background finds in the thread after the last update is offered
 * as the update (the panel asks) when the agent turned "count a public reply as the update by
 * itself" off; with it on (the default) it is logged at once as the same "Update sent" event,
 * at the reply's time, marked automatic.
 */
import { readSetting, SETTINGS } from '../../settings/registry';
import type { CaseTimers } from '../../store/protocol';
import type { TicketFeature } from '../feature';

export const timersFeature: TicketFeature = {
  id: 'timers',
  on: 'ticket',
  title: 'the check-in timers',
  init({ session, page }, signal) {
    const show = (reply: CaseTimers) => {
      if (!signal.aborted) session.setTimers(reply, Date.now());
    };
    // Read on every use: the agent may change the setting while the ticket is open.
    const countsItself = () => readSetting(SETTINGS.countRepliesAsUpdates).then((s) => s.value, () => SETTINGS.countRepliesAsUpdates.fallback);
    let counted: number | null = null; // the reply already sent to be counted (two loads at once count it once)
    const load = async () => {
      let reply = await page.send('case/timers', { key: session.key });
      if (signal.aborted) return;
      const offer = reply.replyOffer;
      if (offer && offer.at !== counted && (await countsItself()) && !signal.aborted && offer.at !== counted) {
        counted = offer.at;
        try {
          reply = await page.send('case/timer-action', { key: session.key, action: { type: 'update_sent', source: 'thread', at: offer.at, automatic: true } });
        } catch (error) {
          counted = null; // not logged: the next load tries again
          throw error;
        }
      }
      show(reply);
    };
    session.provide('loadTimers', load, signal);
    session.provide(
      'timerAction',
      async (action) => show(await page.send('case/timer-action', { key: session.key, action })),
      signal,
    );

    // A read (the thread may show a new reply) or an escalation made here changes the timers:
    // fetch again, once for changes that come together (a read sets both).
    let queued = false;
    const again = page.contain(async () => {
      queued = false;
      if (!signal.aborted) await load();
    });
    const changed = <T>(value: () => T) => {
      let last = value();
      return () => {
        const next = value();
        if (next === last || next === null) return void (last = next);
        last = next;
        if (!queued) {
          queued = true;
          setTimeout(again, 0);
        }
      };
    };
    const stops = [session.reply.subscribe(changed(() => session.reply.value)), session.caseRecord.subscribe(changed(() => session.caseRecord.value))];
    signal.addEventListener('abort', () => stops.forEach((stop) => stop()), { once: true });
  },
};
