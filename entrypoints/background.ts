import { browser, type Browser } from 'wxt/browser';
import { createPolicyService } from '../src/background/policy-service';
import { importPolicy, resetPolicy, restorePolicy } from '../src/background/policy-admin';
import { admit } from '../src/background/router';
import { addSite, listSites, removeSite, syncSiteScripts } from '../src/background/sites';
import { diagnoseTab, diagnoseTabs, readWithGeneric } from '../src/background/tabs';
import { discardDraft, escalate, getDraft, handoffPolicy, renderNoteFor, saveDraft } from '../src/background/handoff-service';
import { knownTickets, saveFacts, saveOverride, triageTicket, type ServiceDeps } from '../src/background/triage-service';
import { createClock } from '../src/background/test-clock';
import { browserTimerEffects, openNotifiedTicket, TIMERS_ALARM } from '../src/background/timer-effects';
import { caseTimers, dueEntries, refreshTimers, timerAction, withUpdates } from '../src/background/timers-service';
import { TEST_BUILD, TEST_ONLY_MARKER } from '../src/build-mode';
import { SETTINGS } from '../src/settings/registry';
import type { NewCaseEvent } from '../src/store/case-log';
import { TierlineDb } from '../src/store/db';
import { logEvent } from '../src/store/tickets';
import { answer, sendToTab } from '../src/store/messaging';
import type { CStoBG, PageToBG } from '../src/store/protocol';

export default defineBackground(() => {
  // Nothing durable lives in these variables: the worker may stop at any moment. The policy
  // cache is only a cache: a restarted worker reads storage again.
  const policy = createPolicyService(async (key) => (await browser.storage.local.get(key))[key]);
  // The timers' clock: the real one, or in test builds the real one plus a test's offset.
  const clock = createClock();
  const deps: ServiceDeps = { db: new TierlineDb(), policy: () => policy.get(), now: () => clock.now() };
  // Timers are recomputed from the database after every change and on every wake (the alarm,
  // startup, install); the recompute re-arms the one alarm (src/background/timers-service.ts).
  const effects = browserTimerEffects(() => clock.now() - Date.now());
  const refresh = () =>
    clock.ready
      .then(() => refreshTimers(deps, effects))
      .then(() => undefined, (error: unknown) => console.error('Tierline: could not recompute the timers', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS.policy.key in changes) {
      policy.invalidate();
      void refresh();
    }
  });
  clock.onChange(() => void refresh());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TIMERS_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener((id) => void openNotifiedTicket(deps.db, id).catch((error: unknown) => console.error('Tierline: could not open the ticket', error)));
  if (TEST_BUILD) {
    // End-to-end tests reach the worker's database through this (sw.evaluate), e.g. to log
    // an escalation before the sidebar can; never in production builds.
    (self as unknown as Record<string, unknown>).tierlineTest = {
      marker: TEST_ONLY_MARKER,
      logEvent: async (event: NewCaseEvent) => {
        await clock.ready;
        await logEvent(deps.db, event);
        await refresh();
      },
      now: async () => {
        await clock.ready;
        return clock.now();
      },
      refresh,
      openNotification: (id: string) => openNotifiedTicket(deps.db, id),
    };
  }
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(
    answer<CStoBG & PageToBG>(
      {
        // from content scripts
        'ticket/triage': async (payload) => {
          await clock.ready;
          const reply = await triageTicket(deps, payload);
          void refresh(); // the thread's times may have changed the timers
          return reply;
        },
        'ticket/override': (payload) => saveOverride(deps, payload),
        'ticket/facts': (payload) => saveFacts(deps, payload),
        'handoff/policy': () => handoffPolicy(deps),
        'handoff/escalate': async (payload) => {
          await clock.ready;
          const reply = await escalate(deps, payload);
          await refresh(); // an escalation starts its timers: the badge and the alarm follow
          return reply;
        },
        'handoff/render-note': (payload) => renderNoteFor(payload),
        'draft/get': (payload) => getDraft(deps, payload),
        'draft/save': (payload) => saveDraft(deps, payload),
        'draft/discard': (payload) => discardDraft(deps, payload),
        'tickets/known': async (payload) => {
          await clock.ready;
          return withUpdates(deps, await knownTickets(deps, payload)); // and each escalated ticket's owed update
        },
        'case/timers': async ({ key }) => {
          await clock.ready;
          return caseTimers(deps, key);
        },
        'case/timer-action': async ({ key, action }) => {
          await clock.ready;
          const reply = await timerAction(deps, key, action);
          await refresh(); // the badge, the alarm and the list follow at once
          return reply;
        },
        'ui/load': async (_payload, sender) => {
          const { tab, frameId } = sender as Browser.runtime.MessageSender;
          if (tab?.id === undefined) throw new Error('only a tab can load the sidebar');
          await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [frameId ?? 0] }, files: ['/sidebar-ui.js'] });
          return { loaded: true as const };
        },
        // from extension pages
        'policy/get': async () => {
          const loaded = await policy.get();
          return { policy: loaded.policy, source: loaded.source };
        },
        'policy/import': ({ text }) => importPolicy(text),
        'policy/reset': () => resetPolicy(),
        'policy/restore': ({ policy: stored }) => restorePolicy(stored),
        'sites/list': () => listSites(),
        'sites/add': ({ address, mode }) => addSite(address, mode),
        'sites/remove': async ({ origin }) => {
          await removeSite(origin);
          return { removed: true as const };
        },
        'tabs/diagnose': () => diagnoseTabs(),
        'tab/diagnose': ({ tabId }) => diagnoseTab(tabId),
        'tab/read-generic': ({ tabId }) => readWithGeneric(tabId),
        'timers/due': async () => {
          await clock.ready;
          return dueEntries(deps);
        },
      },
      (message, sender) => admit(message, sender as Browser.runtime.MessageSender, browser.runtime.id, extensionOrigin) as { type: keyof (CStoBG & PageToBG); payload: unknown },
    ),
  );

  // Dynamic registrations for the user's own sites: rebuilt from storage so an update or a
  // restart never leaves a site without (or with a stale) content script.
  const resync = () => void syncSiteScripts().catch((error: unknown) => console.error('Tierline: could not register site scripts', error));
  browser.runtime.onInstalled.addListener(() => {
    resync();
    void refresh();
  });
  browser.runtime.onStartup.addListener(() => {
    resync();
    void refresh();
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'sidebar/toggle', {}).catch(() => undefined);
  });
});
