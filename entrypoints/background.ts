import { browser, type Browser } from 'wxt/browser';
import { syncSiteScripts } from '../src/background/sites';
import { knownTickets, saveOverride, triageTicket, type ServiceDeps } from '../src/background/triage-service';
import { describeIssues } from '../src/policy/parse';
import { TierlineDb } from '../src/store/db';
import { answer, sendToTab } from '../src/store/messaging';
import { loadPolicy } from '../src/store/policy-store';
import type { CStoBG } from '../src/store/protocol';
import { CStoBGRequest } from '../src/store/protocol-schema';

export default defineBackground(() => {
  // Nothing durable lives in these variables: the worker may stop at any moment.
  const deps: ServiceDeps = {
    db: new TierlineDb(),
    policy: () => loadPolicy(async (key) => (await browser.storage.local.get(key))[key]),
    now: () => Date.now(),
  };

  browser.runtime.onMessage.addListener(
    answer<CStoBG>(
      {
        'ticket/triage': (payload) => triageTicket(deps, payload),
        'ticket/override': (payload) => saveOverride(deps, payload),
        'tickets/known': (payload) => knownTickets(deps, payload),
        'ui/load': async (_payload, sender) => {
          const { tab, frameId } = sender as Browser.runtime.MessageSender;
          if (tab?.id === undefined) throw new Error('only a tab can load the sidebar');
          await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [frameId ?? 0] }, files: ['/sidebar-ui.js'] });
          return { loaded: true as const };
        },
      },
      (message) => {
        const parsed = CStoBGRequest.safeParse(message);
        if (!parsed.success) throw new Error(describeIssues(parsed.error).slice(0, 3).join('; '));
        return parsed.data;
      },
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
