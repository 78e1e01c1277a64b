/**
 * Docking never covers the helpdesk: on every FreeScout and osTicket ticket capture, at 1024,
 * 1280 and 1920 px and at 200 % zoom (half the CSS width at device scale 2), none of the
 * helpdesk's own controls is under the sidebar's box (where the helpdesk itself is wider than
 * the window, each can be scrolled out from under it); the width is resizable by drag and by
 * keyboard and remembered; too narrow a window folds the sidebar to its tab, which says why.
 * That the page does not jump when the sidebar appears is layout-shift.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { captureSource, DEMO, expect, SHARED_CAPTURES, sidebar, test } from './fixtures';

const CAPTURES = readdirSync(SHARED_CAPTURES)
  .filter((f) => /^(freescout|osticket)-ticket-(?!list).*\.inlined\.html$/.test(f))
  .sort();
const SIZES = [
  { name: '1024 px', width: 1024, height: 768, scale: 1 },
  { name: '1280 px', width: 1280, height: 800, scale: 1 },
  { name: '1920 px', width: 1920, height: 1080, scale: 1 },
  { name: '1280 px at 200 %', width: 640, height: 400, scale: 2 },
  { name: '1920 px at 200 %', width: 960, height: 540, scale: 2 },
];

async function open(page: Page, file: string) {
  const html = readFileSync(new URL(file, SHARED_CAPTURES), 'utf8');
  const url = captureSource(html);
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  await expect(sidebar(page).root).toBeVisible();
  await expect(page.getByTestId('tl-announce')).not.toBeEmpty(); // read and judged (or folded, saying why)
}

/** The helpdesk's visible controls still under the sidebar's box, after scrolling each out from under it if the page scrolls sideways. */
function coveredControls(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('tierline-sidebar')!.shadowRoot!.querySelector('[data-testid="tierline-sidebar"]')!.getBoundingClientRect();
    const scroller = document.scrollingElement!;
    const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [contenteditable="true"]')].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight;
    });
    const covered: string[] = [];
    for (const el of controls) {
      let r = el.getBoundingClientRect();
      if (r.right <= box.left + 0.5 || r.left >= box.right) continue;
      // Only a page wider than its window may leave a control to be scrolled to.
      const overlap = r.right - box.left;
      if (scroller.scrollWidth > scroller.clientWidth) {
        const before = scroller.scrollLeft;
        scroller.scrollLeft = before + overlap;
        r = el.getBoundingClientRect();
        scroller.scrollLeft = before;
        if (r.right <= box.left + 0.5) continue;
      }
      covered.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('value') || '').trim().slice(0, 30)}" at ${Math.round(r.left)}–${Math.round(r.right)} (sidebar from ${Math.round(box.left)})`);
    }
    return { checked: controls.length, covered };
  });
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    for (const file of CAPTURES) {
      test(`${file.replace('.inlined.html', '')}: no helpdesk control is under the sidebar`, async ({ page }) => {
        await open(page, file);
        const { checked, covered } = await coveredControls(page);
        expect(checked).toBeGreaterThan(10);
        expect(covered).toEqual([]);
      });
    }
  });
}

test.describe('how each helpdesk makes room', () => {
  test('osTicket at 1920 px: the sidebar floats over the empty gutter, the page does not move', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1000 });
    await open(page, 'osticket-ticket-thread.inlined.html');
    await expect(sidebar(page).root).toHaveAttribute('data-dock', 'gutter');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    expect(await page.locator('#container').evaluate((el) => Math.round(el.getBoundingClientRect().left))).toBe(480); // still centred in the whole window
  });

  test('osTicket at 1280 px: the fixed layout shifts left and a narrower sidebar fits beside it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, 'osticket-ticket-thread.inlined.html');
    const box = (await sidebar(page).root.boundingBox())!;
    const right = await page.locator('#container').evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(box.x);
    expect(Math.round(box.width)).toBe(320);
  });

  test('too narrow a window folds the sidebar to its tab and says why; opened anyway, it floats over the page and says so', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page, 'osticket-ticket-thread.inlined.html');
    const s = sidebar(page);
    await expect(s.root).toHaveAttribute('data-state', 'collapsed');
    await expect(page.getByTestId('tl-too-narrow')).toContainText('too few to show Tierline beside it');
    await expect(page.getByTestId('tl-announce')).toContainText('Widen the window or zoom out');
    await page.getByRole('button', { name: /Open the Tierline sidebar/ }).click();
    await expect(s.root).toHaveAttribute('data-state', 'open');
    await expect(page.getByTestId('tl-overlay')).toContainText('Over the page');
    await page.setViewportSize({ width: 1920, height: 768 }); // room again: docked beside the page
    await expect(s.root).toHaveAttribute('data-dock', 'gutter');
    await expect(page.getByTestId('tl-overlay')).toHaveCount(0);
  });
});

test('the width is resizable by drag and by keyboard, and remembered', async ({ page }) => {
  await page.goto(`${DEMO}/tickets/1044`);
  const s = sidebar(page);
  await expect(s.suggestion).toBeVisible();
  const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
  const handle = page.getByTestId('tl-resize');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 40, box.y + 200, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(margin).toBe('440px');
  expect(Math.round((await s.root.boundingBox())!.width)).toBe(440);

  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '424');
  await expect.poll(margin).toBe('424px');
  await page.reload();
  await expect(s.suggestion).toBeVisible();
  expect(await margin()).toBe('424px');
  await page.getByTestId('tl-resize').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('tl-resize')).toHaveAttribute('aria-valuenow', '280');
  await page.keyboard.press('End');
  await expect(page.getByTestId('tl-resize')).toHaveAttribute('aria-valuenow', '560');
  // Back to the default for the other tests of this worker.
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft'); // 280 + 5 × 16
  await expect(page.getByTestId('tl-resize')).toHaveAttribute('aria-valuenow', '360');
});
