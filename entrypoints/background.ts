import { browser, type Browser } from 'wxt/browser';
import { createPolicyService } from '../src/background/policy-service';
import { importPolicy, resetPolicy, restorePolicy } from '../src/background/policy-admin';
import { admit } from '../src/background/router';
import { addSite, listSites, removeSite, syncSiteScripts } from '../src/background/sites';
import { diagnoseTab, diagnoseTabs, readWithGeneric } from '../src/background/tabs';
import { discardDraft, escalate, getDraft, handoffPolicy, saveDraft } from '../src/background/handoff-service';
import { knownTickets, saveOverride, triageTicket, type ServiceDeps } from '../src/background/triage-service';
import { SETTINGS } from '../src/settings/registry';
import { TierlineDb } from '../src/store/db';
import { answer, sendToTab } from '../src/store/messaging';
import type { CStoBG, PageToBG } from '../src/store/protocol';

export default defineBackground(() => {
  // Nothing durable lives in these variables: the worker may stop at any moment. The policy
  // cache is only a cache: a restarted worker reads storage again.
  const policy = createPolicyService(async (key) => (await browser.storage.local.get(key))[key]);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS.policy.key in changes) policy.invalidate();
  });
  const deps: ServiceDeps = { db: new TierlineDb(), policy: () => policy.get(), now: () => Date.now() };
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(
    answer<CStoBG & PageToBG>(
      {
        // from content scripts
        'ticket/triage': (payload) => triageTicket(deps, payload),
        'ticket/override': (payload) => saveOverride(deps, payload),
        'tickets/known': (payload) => knownTickets(deps, payload),
        'handoff/policy': () => handoffPolicy(deps),
        'handoff/escalate': (payload) => escalate(deps, payload),
        'draft/get': (payload) => getDraft(deps, payload),
        'draft/save': (payload) => saveDraft(deps, payload),
        'draft/discard': (payload) => discardDraft(deps, payload),
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
      },
      (message, sender) => admit(message, sender as Browser.runtime.MessageSender, browser.runtime.id, extensionOrigin) as { type: keyof (CStoBG & PageToBG); payload: unknown },
    ),
  );

  // Dynamic registrations for the user's own sites: rebuilt from storage so an update or a
  // restart never leaves a site without (or with a stale) content script.
  const resync = () => void syncSiteScripts().catch((error: unknown) => console.error('Tierline: could not register site scripts', error));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'sidebar/toggle', {}).catch(() => undefined);
  });
});
