/**
 * Sites the user added: a self-hosted helpdesk on its own domain, or any page for the generic
 * reader. Each needs the user's host permission (asked at the moment they add it) and a
 * content-script registration. Storage holds the list; registrations are re-synced from it on
 * install, update and browser start, so they never drift.
 */
import { browser } from 'wxt/browser';
import { loadSites, SITES_KEY, type SiteSetting } from '../content/sites';

const SCRIPT_FILE = 'content-scripts/helpdesk.js';
const ID_PREFIX = 'site:';

/** "https://help.acme.com/scp/" → "https://help.acme.com"; null when it is not an http(s) address. */
export function originOf(address: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export const matchPatternOf = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;

/** Must run from a user gesture (a click in the options page or popup). */
export async function addSite(address: string, mode: SiteSetting['mode']): Promise<{ ok: true; origin: string } | { ok: false; reason: string }> {
  const origin = originOf(address);
  if (!origin) return { ok: false, reason: 'That is not a web address (try https://help.example.com).' };
  const granted = await browser.permissions.request({ origins: [matchPatternOf(origin)] });
  if (!granted) return { ok: false, reason: `Permission for ${origin} was not granted, so Tierline cannot read pages there.` };
  const sites = (await loadSites()).filter((s) => s.origin !== origin);
  await browser.storage.local.set({ [SITES_KEY]: [...sites, { origin, mode }] });
  await syncSiteScripts();
  return { ok: true, origin };
}

export async function removeSite(origin: string): Promise<void> {
  const sites = (await loadSites()).filter((s) => s.origin !== origin);
  await browser.storage.local.set({ [SITES_KEY]: sites });
  await syncSiteScripts();
  await browser.permissions.remove({ origins: [matchPatternOf(origin)] }).catch(() => false);
}

/** Make the registered content scripts match the stored sites (and the permissions held). */
export async function syncSiteScripts(): Promise<void> {
  const sites = await loadSites();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id);
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  const allowed: SiteSetting[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [matchPatternOf(site.origin)] })) allowed.push(site);
  }
  if (!allowed.length) return;
  await browser.scripting.registerContentScripts(
    allowed.map((site) => ({ id: `${ID_PREFIX}${site.origin}`, matches: [matchPatternOf(site.origin)], js: [SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true })),
  );
}
