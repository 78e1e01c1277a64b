/**
 * End-to-end fixtures: the BUILT test extension (.output/chrome-mv3-test, `npm run build:test`:
 * the production build with local pages added) loaded into real Chromium,
 * once per worker; a fresh page per test. Helpdesk pages come from the demo server, or are
 * served at their real addresses by route interception (captures, reconstructions), so the
 * content script injects exactly as it would on the live site.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { WxtBrowser } from 'wxt/browser';
import { launchWithExtension } from '../../scripts/browser.mjs';
import { matchesAddress } from '../../scripts/diagnose.mjs';
import { DEMO_PORT } from '../../playwright.config';

/** The extension API, as seen inside `worker.evaluate(...)` callbacks. */
declare global {
  const chrome: WxtBrowser;
}

export const DEMO = `http://127.0.0.1:${DEMO_PORT}`;
export const SHARED_CAPTURES = new URL('../../../shared/helpdesks/captures/', import.meta.url);

export interface WorkerFixtures {
  extension: { context: BrowserContext; worker: Worker; extensionId: string };
}

/**
 * A fresh browser with the built extension for one worker, closed after it. A spec that must not
 * see what other specs leave on the shared browser declares it again in its own `test.extend`
 * (Playwright then runs it in a worker of its own).
 */
export async function freshBrowser({}, use: (launched: WorkerFixtures['extension']) => Promise<void>): Promise<void> {
  const launched = await launchWithExtension({ headless: true });
  await use(launched);
  await launched.context.close();
}

export const test = base.extend<{ page: Page }, WorkerFixtures>({
  extension: [freshBrowser, { scope: 'worker' }],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});
export { expect };

/**
 * Forget every case and draft in the shared browser's database: the tests of one worker share
 * a profile, and a ticket another test escalated opens as a case (its "Escalated" view), not
 * with "Escalate to …".
 */
export async function forgetCases({ context, extensionId }: { context: BrowserContext; extensionId: string }): Promise<void> {
  // From an extension page of the same origin: the service worker may be stopped or replaced.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(async () => {
    // Never create the database here (a fresh profile has none yet: nothing to forget).
    if (!(await indexedDB.databases()).some((d) => d.name === 'tierline')) return;
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('tierline');
      open.onsuccess = () => {
        const db = open.result;
        const stores = ['drafts', 'events'].filter((name) => db.objectStoreNames.contains(name));
        if (!stores.length) return (db.close(), resolve());
        const tx = db.transaction(stores, 'readwrite');
        for (const name of stores) tx.objectStore(name).clear();
        tx.oncomplete = tx.onerror = tx.onabort = () => (db.close(), resolve());
      };
      open.onerror = open.onblocked = () => resolve();
    });
  });
  await page.close();
}

/** Fill every item the handoff form says is missing, the way an agent would. */
export async function fillMissing(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const ids = await page.getByTestId('tl-handoff-missing').locator('li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')!));
    if (!ids.length) return;
    for (const id of ids) {
      const field = page.getByTestId(`tl-field-${id}`);
      const kind = await field.evaluate((el) => (el.tagName === 'SELECT' ? 'select' : (el as HTMLInputElement).type));
      if (kind === 'select') await field.selectOption({ index: 1 });
      else if (kind === 'datetime-local') await field.fill('2026-12-01T10:00');
      else await field.fill(`Answer for ${id}`);
    }
  }
}

/** The capture's original address, from its <meta name="x-capture-source">. */
export function captureSource(html: string): string {
  const match = /<meta name="x-capture-source" content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('capture has no x-capture-source meta');
  return match[1].replace(/&amp;/g, '&');
}

/** Serve a saved page at its real address (and only that address) for this context. */
export async function servePage(context: BrowserContext, file: URL, url?: string): Promise<string> {
  const html = readFileSync(file, 'utf8');
  const address = url ?? captureSource(html);
  await context.route(
    matchesAddress(address),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  return address;
}

/** The sidebar's parts (Playwright locators pierce the open shadow root). */
export function sidebar(page: Page) {
  return {
    root: page.getByTestId('tierline-sidebar'),
    subject: page.getByTestId('tl-subject'),
    severity: page.getByTestId('tl-severity'),
    destination: page.getByTestId('tl-destination'),
    suggestion: page.getByTestId('tl-suggestion'),
    rules: page.getByTestId('tl-rule'),
    quotes: page.getByTestId('tl-quote'),
    problems: page.getByTestId('tl-problem'),
  };
}
