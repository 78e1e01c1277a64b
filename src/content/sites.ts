/** Sites the user enabled, stored by the options page: self-hosted helpdesks and generic-reader sites. */
import { browser } from 'wxt/browser';

export const SITES_KEY = 'sites';

export interface SiteSetting {
  /** e.g. "https://help.acme.com" */
  origin: string;
  /** helpdesk: a self-hosted helpdesk, detected by its page markers; generic: read any page there. */
  mode: 'helpdesk' | 'generic';
}

export async function loadSites(): Promise<SiteSetting[]> {
  const stored = await browser.storage.local.get(SITES_KEY);
  const value = stored[SITES_KEY];
  return Array.isArray(value) ? (value as SiteSetting[]) : [];
}

export async function isGenericSite(origin: string): Promise<boolean> {
  return (await loadSites()).some((site) => site.origin === origin && site.mode === 'generic');
}
