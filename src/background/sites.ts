/**
 * Sites the user added: a self-hosted helpdesk on its own domain, or any page for the generic
 * reader. Each needs the user's host permission (the settings page asks for it in the click,
 * as browsers require) and a content-script registration, made here. Storage holds the list;
 * registrations are re-synced from it on install, update and browser start, so they never drift.
 */
import { browser } from 'wxt/browser';
import { HELPDESK_SCRIPT_FILE } from '../adapters/hosts';
import { readSetting, SETTINGS, writeSetting, type SiteSetting } from '../settings/registry';
import { matchPatternOf, originOf } from '../settings/sites';

export { matchPatternOf, originOf };

const ID_PREFIX = 'site:';

export async function listSites(): Promise<SiteSetting[]> {
  return (await readSetting(SETTINGS.sites)).value;
}

/** The page has asked for the permission already; without it the site is not added. */
export async function addSite(address: string, mode: SiteSetting['mode']): Promise<{ ok: true; origin: string } | { ok: false; reason: string }> {
  const origin = originOf(address);
  if (!origin) return { ok: false, reason: 'That is not a web address (try https://help.example.com).' };
  if (!(await browser.permissions.contains({ origins: [matchPatternOf(origin)] }))) {
    return { ok: false, reason: `Permission for ${origin} was not granted, so Tierline cannot read pages there.` };
  }
  const sites = (await listSites()).filter((s) => s.origin !== origin);
  await writeSetting(SETTINGS.sites, [...sites, { origin, mode }]);
  await syncSiteScripts();
  return { ok: true, origin };
}

export async function removeSite(origin: string): Promise<void> {
  await writeSetting(SETTINGS.sites, (await listSites()).filter((s) => s.origin !== origin));
  await syncSiteScripts();
  await browser.permissions.remove({ origins: [matchPatternOf(origin)] }).catch(() => false);
}

/** Make the registered content scripts match the stored sites (and the permissions held). */
export async function syncSiteScripts(): Promise<void> {
  const sites = await listSites();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id);
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  const allowed: SiteSetting[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [matchPatternOf(site.origin)] })) allowed.push(site);
  }
  if (!allowed.length) return;
  // document_start, like the manifest's declaration: the script waits for the parsed DOM itself
  // and docks before the page's first paint (entrypoints/helpdesk.content).
  await browser.scripting.registerContentScripts(
    allowed.map((site) => ({ id: `${ID_PREFIX}${site.origin}`, matches: [matchPatternOf(site.origin)], js: [HELPDESK_SCRIPT_FILE], runAt: 'document_start' as const, persistAcrossSessions: true })),
  );
}
