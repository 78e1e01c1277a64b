/**
 * The extension is updated (here: reloaded) under an open tab. Its own browser, since the
 * reload ends the shared one's service worker.
 */
import { launchWithExtension } from '../../scripts/browser.mjs';
import { DEMO, expect, sidebar, test } from './fixtures';

test('an orphaned sidebar stays, says "Tierline was updated: reload this tab", keeps what was typed, and no error reaches the page', async () => {
  const { context, worker } = await launchWithExtension({ headless: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Uncaught|Extension context invalidated/i.test(message.text())) errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${DEMO}/tickets/1045`);
    const s = sidebar(page);
    await expect(s.suggestion).toBeVisible();
    const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    const docked = await margin();
    await page.getByTestId('tl-override-open').click();
    await page.getByLabel('Why (one line)').fill('the whole finance team waits on this export');

    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes with it
    await page.waitForTimeout(500);

    await page.getByRole('button', { name: 'Save my choice' }).click();
    await expect(page.getByTestId('tl-orphaned')).toContainText('Tierline was updated: reload this tab to go on');
    await expect(page.getByLabel('Why (one line)')).toHaveValue('the whole finance team waits on this export');
    expect(await margin()).toBe(docked);

    // The helpdesk navigates on: the old sidebar stays as it was, still docked, still saying why.
    await page.getByRole('link', { name: '← All tickets' }).click();
    await expect(page.locator('table.ticket-list')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(s.root).toHaveCount(1);
    await expect(page.getByTestId('tl-orphaned')).toBeVisible();
    expect(await margin()).toBe(docked);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
