/** The background's view of helpdesk tabs for the extension pages: diagnose them, read one with the generic reader. */
import { browser } from 'wxt/browser';
import { HELPDESK_SCRIPT_FILE } from '../adapters/hosts';
import { sendToTab } from '../store/messaging';
import type { PageReport } from '../store/protocol';

/** One tab's report, or null when Tierline is not running there. */
export async function diagnoseTab(tabId: number): Promise<PageReport | null> {
  return sendToTab(tabId, 'page/diagnose', {}).catch(() => null);
}

/** Every open tab where Tierline runs and recognised a helpdesk. */
export async function diagnoseTabs(): Promise<PageReport[]> {
  const tabs = await browser.tabs.query({});
  // Tabs without Tierline do not answer; without the "tabs" permission we cannot see their URLs anyway.
  const reports = await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : diagnoseTab(tab.id))));
  return reports.filter((r): r is PageReport => r !== null && r.adapter !== null);
}

/**
 * "Read this page" (activeTab, granted by the popup's click): where the self-hosted bundle
 * already runs, ask it; elsewhere inject it first (a second copy in the same page would
 * mount a second sidebar).
 */
export async function readWithGeneric(tabId: number): Promise<{ ok: boolean }> {
  const running = await sendToTab(tabId, 'page/use-generic', {}).catch(() => null);
  if (running) return running;
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${HELPDESK_SCRIPT_FILE}`] });
  return sendToTab(tabId, 'page/use-generic', {});
}
