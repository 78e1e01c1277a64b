/**
 * The timers, the cases and the drafts outlive the browser and the extension: each test runs
 * its own browser on its own profile directory (the shared one of ./fixtures.ts cannot be
 * closed or updated under the other tests), closes or updates it, and reads what the next
 * browser or the updated extension makes of the same profile.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXTENSION_DIR, freshProfileDir, launchWithExtension, removeDir } from '../../scripts/browser.mjs';
import { DEMO, expect, fillMissing, sidebar, test } from './fixtures';
import { AMBER, AT, badge, escalate, liveWorker, MIN, record, records, RED, setClock } from './timer-kit';

const port = new URL(DEMO).port;
const keyOf = (ticket: string) => `demo:127.0.0.1:${port}:${ticket}`;
const ALARM = 'tierline-timers';

const timer = (page: Page, kind: string) => page.locator(`[data-testid="tl-timer"][data-kind="${kind}"]`);

/** The popup's list (the background's own plan), for this ticket's timer of this kind. */
async function dueAt(context: BrowserContext, extensionId: string, ticket: string, kind: string): Promise<number> {
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const due = await popup.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ type: 'timers/due', from: 'page', payload: {} })) as { ok: true; data: { due: { ticketKey: string; kind: string; dueAt: number | null }[] } };
      return reply.data.due;
    });
    const found = due.find((d) => d.ticketKey === keyOf(ticket) && d.kind === kind);
    expect(found?.dueAt).toEqual(expect.any(Number));
    return found!.dueAt!;
  } finally {
    await popup.close();
  }
}

const alarm = (worker: Worker) => worker.evaluate((name) => chrome.alarms.get(name).then((a) => a ?? null), ALARM);
const notificationIds = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));

/** Escalate ticket 1042 (Critical, Engineering) through the sidebar's own form. */
async function escalateInSidebar(page: Page) {
  await page.goto(`${DEMO}/tickets/1042`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await fillMissing(page);
  await page.getByTestId('tl-field-owner').fill('Priya Nair');
  await page.getByTestId('tl-escalate').click();
  await expect(page.getByTestId('tl-case')).toContainText('Escalated to Engineering');
}

/** Type an owner into ticket 1044's handoff form and wait until the draft is in the database. */
async function typeDraft(page: Page, worker: Worker) {
  await page.goto(`${DEMO}/tickets/1044`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await page.getByTestId('tl-field-owner').fill('Sam from Billing');
  await expect.poll(() => record(worker, 'drafts', keyOf('1044'))).toMatchObject({ answers: { owner: 'Sam from Billing' } });
}

async function expectDraftBack(page: Page) {
  await page.goto(`${DEMO}/tickets/1044`);
  await expect(page.getByTestId('tl-draft-note')).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await expect(page.getByTestId('tl-field-owner')).toHaveValue('Sam from Billing');
}

test('escalating in the sidebar creates the timers; after the browser is closed and started again on the same profile the timers, the badge, the alarm and a draft are there, and an update that fell due while it was closed is overdue at once', async () => {
  test.setTimeout(120_000);
  const profile = freshProfileDir();
  let browser = await launchWithExtension({ headless: true, userDataDir: profile });
  const { extensionId } = browser;
  try {
    await setClock(browser.worker, AT);
    const page = await browser.context.newPage();
    await escalateInSidebar(page);
    // The sidebar's own Escalate created the escalation's timers (Critical: an update every 2 h).
    await expect(timer(page, 'customer_update')).toHaveAttribute('data-state', 'running');
    await expect(timer(page, 'customer_update').getByTestId('tl-timer-action')).toContainText(/Send the customer an update: due in (2 h|1 h 59 min)/);
    await expect(timer(page, 'check_in')).toHaveCount(1);
    await expect(timer(page, 'acknowledgment')).toHaveCount(1);
    await expect(timer(page, 'deadline')).toHaveCount(1);
    const updateDue = await dueAt(browser.context, extensionId, '1042', 'customer_update');
    expect(Math.abs(updateDue - (AT + 120 * MIN))).toBeLessThan(MIN);
    await typeDraft(page, browser.worker);

    // 12 s (real time) before the update is due: the badge turns amber.
    const dueReal = Date.now() + 12_000;
    await setClock(browser.worker, updateDue - 12_000);
    await expect.poll(() => badge(browser.worker)).toEqual({ text: '1', color: AMBER, title: expect.stringContaining('1 customer update due soon') });
    // What the next start shows must be its own work: the badge and the alarm are wiped first.
    await browser.worker.evaluate(async (name) => {
      await chrome.alarms.clear(name);
      await chrome.action.setBadgeText({ text: '' });
      await chrome.action.setTitle({ title: '' });
    }, ALARM);
    await browser.context.close();

    // The browser stays closed while the update falls due.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueReal - Date.now()) + 1_000));
    browser = await launchWithExtension({ headless: true, userDataDir: profile });
    expect(browser.extensionId).toBe(extensionId);
    let worker = await liveWorker(browser.context, extensionId);
    await expect.poll(async () => badge((worker = await liveWorker(browser.context, extensionId)))).toEqual({ text: '1', color: RED, title: expect.stringContaining('1 customer update overdue') });
    const armed = await alarm(worker);
    expect(armed).not.toBeNull();
    expect(armed!.scheduledTime).toBeGreaterThan(Date.now() - 2_000);
    await expect.poll(() => notificationIds(worker)).toContainEqual(expect.stringContaining(`${keyOf('1042')}:customer_update:overdue`));

    const again = await browser.context.newPage();
    await again.goto(`${DEMO}/tickets/1042`);
    await expect(timer(again, 'customer_update')).toHaveAttribute('data-state', 'overdue');
    await expect(timer(again, 'check_in')).toHaveCount(1);
    await expectDraftBack(again);
  } finally {
    await browser.context.close();
    removeDir(profile);
  }
});

test('an extension update (a new version of the build on the same profile) keeps the cases, the timers and the drafts; the new version sets the alarm and the badge again', async () => {
  // What is simulated: the built test extension is copied to a directory of its own and loaded
  // from there; the browser is closed, the copy's manifest version is raised (the new version's
  // files), and the browser is started again on the same profile, so Chromium loads the new
  // version over the old one's data (runtime.onInstalled with reason "update", and onStartup).
  // Not simulated: an update while the browser runs. chrome.runtime.reload() (and the
  // extensions page's reload) leave this headless Chromium's command-line-loaded extension
  // disabled, so that path cannot be driven here; update.spec.ts covers what an open tab sees.
  test.setTimeout(90_000);
  const extensionDir = join(mkdtempSync(join(tmpdir(), 'tierline-ext-')), 'chrome-mv3-test');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestFile = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
  const profile = freshProfileDir();
  let browser = await launchWithExtension({ headless: true, extensionDir, userDataDir: profile });
  const { extensionId } = browser;
  try {
    const { worker } = browser;
    await setClock(worker, AT);
    const page = await browser.context.newPage();
    await page.goto(`${DEMO}/tickets/1042`);
    await expect(sidebar(page).suggestion).toBeVisible();
    // Critical, escalated 1 h 40 min ago: the customer update is due in 20 min.
    await escalate(worker, AT - 100 * MIN, keyOf('1042'));
    await expect.poll(() => badge(worker)).toEqual({ text: '1', color: AMBER, title: expect.stringContaining('1 customer update due soon') });
    await typeDraft(page, worker);
    const eventsBefore = (await records(worker, 'events')).filter((e) => e.ticketKey === keyOf('1042'));
    expect(eventsBefore.map((e) => e.type)).toContain('escalation');
    // What the new version shows must be its own work: the alarm and the badge are wiped first.
    await worker.evaluate(async (name) => {
      await chrome.alarms.clear(name);
      await chrome.action.setBadgeText({ text: '' });
    }, ALARM);
    await browser.context.close();

    const [major, minor, patch] = manifest.version.split('.').map(Number);
    const next = `${major ?? 0}.${minor ?? 0}.${(patch ?? 0) + 1}`;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: next }));
    browser = await launchWithExtension({ headless: true, extensionDir, userDataDir: profile });
    expect(browser.extensionId).toBe(extensionId);
    const updated = await liveWorker(browser.context, extensionId);
    expect(await updated.evaluate(() => chrome.runtime.getManifest().version)).toBe(next);

    await expect.poll(() => badge(updated)).toEqual({ text: '1', color: AMBER, title: expect.stringContaining('1 customer update due soon') });
    const armed = await alarm(updated);
    expect(armed).not.toBeNull();
    expect(armed!.scheduledTime).toBeGreaterThan(Date.now() - 2_000);
    expect((await records(updated, 'events')).filter((e) => e.ticketKey === keyOf('1042'))).toEqual(eventsBefore);
    expect(await record(updated, 'drafts', keyOf('1044'))).toMatchObject({ answers: { owner: 'Sam from Billing' } });

    const again = await browser.context.newPage();
    await again.goto(`${DEMO}/tickets/1042`);
    await expect(timer(again, 'customer_update')).toHaveAttribute('data-state', 'due_soon');
    await expect(timer(again, 'customer_update').getByTestId('tl-timer-action')).toContainText(/Send the customer an update: due in (20|1\d) min/);
    await expectDraftBack(again);
  } finally {
    await browser.context.close();
    removeDir(profile);
    removeDir(dirname(extensionDir));
  }
});
