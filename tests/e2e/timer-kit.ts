/**
 * What the timer end-to-end tests share: the test build's clock (an offset in storage,
 * src/background/test-clock.ts), the toolbar badge and the test hook, read from the
 * extension's live service worker.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

export const CLOCK_KEY = 'tierline:test-only:clock-offset';
export const AT = Date.parse('2026-11-23T12:30:00-06:00'); // Monday, 12:30 in Chicago
export const MIN = 60_000;
/** The badge colours of src/background/timer-effects.ts, as chrome.action reports them. */
export const AMBER = [220, 104, 3, 255];
export const RED = [180, 35, 24, 255];

export interface Hook {
  logEvent(event: unknown): Promise<void>;
  refresh(): Promise<void>;
  openNotification(id: string): Promise<void>;
}

/** The extension's live service worker (a stopped one is replaced by the next that wakes). */
export async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const ours = () => context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  await expect.poll(() => ours().length).toBeGreaterThan(0);
  return ours().at(-1)!;
}

/** Move the timers' clock so that it reads `at` now. */
export async function setClock(worker: Worker, at: number) {
  await worker.evaluate(({ key, at }) => chrome.storage.local.set({ [key]: at - Date.now() }), { key: CLOCK_KEY, at });
}

export const badge = (worker: Worker) =>
  worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), color: await chrome.action.getBadgeBackgroundColor({}), title: await chrome.action.getTitle({}) }));

export const logEvent = (worker: Worker, event: Record<string, unknown>) =>
  worker.evaluate((event) => (self as unknown as { tierlineTest: Hook }).tierlineTest.logEvent(event), event);

/** An escalation logged straight into the worker's database (the sidebar's own Escalate is tested too). */
export async function escalate(worker: Worker, at: number, ticketKey: string) {
  await logEvent(worker, { type: 'escalation', ticketKey, at, movement: 'escalation', severity: 1, destination: 'engineering', owner: 'Priya Raman', ask: 'fix', deadline: at + 24 * 3_600_000, answers: {} });
}

/** One record of the extension's own database, read in its service worker (null when absent). */
export const record = (worker: Worker, store: string, key: string) =>
  worker.evaluate(
    ({ store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tierline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { store, key },
  );

/** Every record of one store of the extension's database. */
export const records = (worker: Worker, store: string) =>
  worker.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('tierline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Record<string, unknown>[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );

export async function stopWorker(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  expect(target).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: target!.targetId });
}

