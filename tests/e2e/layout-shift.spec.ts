/**
 * The page does not jump when the sidebar appears: on every FreeScout and osTicket ticket
 * capture and on the demo, the layout-shift score (as the CLS metric counts it) stays ≤ 0.1.
 *
 * The page is docked before its first paint, which holds on an agent's machine but not on one
 * saturated by a second browser: there Chromium paints the half-parsed page before the script
 * runs and the docked page then moves. So these run alone, after every other test (their
 * own project in playwright.config.ts, one worker), and the best of three loads is the figure
 * (a regression fails all three).
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO, expect, SHARED_CAPTURES, servePage, sidebar, test } from './fixtures';

const CAPTURES = readdirSync(SHARED_CAPTURES)
  .filter((f) => /^(freescout|osticket)-ticket-(?!list).*\.inlined\.html$/.test(f))
  .sort();

/** The page's layout-shift score so far (shifts without recent input, as the CLS metric counts them). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );

test.use({ viewport: { width: 1280, height: 800 } });

for (const file of CAPTURES) {
  test(`${file.replace('.inlined.html', '')}: layout shift ≤ 0.1`, async ({ page }) => {
    const url = await servePage(page.context(), new URL(file, SHARED_CAPTURES));
    const scores: number[] = [];
    for (let attempt = 0; attempt < 3 && !(scores.length && Math.min(...scores) <= 0.1); attempt++) {
      await page.goto(url);
      await expect(sidebar(page).root).toBeVisible();
      await expect(page.getByTestId('tl-announce')).not.toBeEmpty(); // read and judged
      scores.push(await layoutShift(page));
    }
    console.log(`layout shift ${file}: ${scores.map((s) => s.toFixed(4)).join(', ')}`);
    expect(Math.min(...scores)).toBeLessThanOrEqual(0.1);
  });
}

test('demo: layout shift ≤ 0.1', async ({ page }) => {
  await page.goto(`${DEMO}/tickets/1044`);
  await expect(sidebar(page).suggestion).toBeVisible();
  const score = await layoutShift(page);
  console.log(`layout shift demo: ${score.toFixed(4)}`);
  expect(score).toBeLessThanOrEqual(0.1);
});
