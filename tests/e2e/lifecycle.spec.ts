/**
 * The content script's lifecycle in a real tab: in-app navigation leaves nothing behind, a
 * broken feature leaves the others working, and a selection made on one ticket is never read
 * as the next one's text.
 */
import { DEMO, expect, sidebar, test } from './fixtures';

/** Navigate the demo app in place, as its own links do. */
const goTo = (page: import('@playwright/test').Page, path: string) =>
  page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);

test('50 in-app navigations leave the page with no more event listeners than before', async ({ page }) => {
  await page.goto(`${DEMO}/tickets/1042`);
  await expect(sidebar(page).suggestion).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
  };
  // One round first: the list and the other ticket have been visited once (their one-off work is done).
  const tickets = ['1043', '1044', '1045', '1046', '1042'];
  for (const id of tickets) {
    await goTo(page, `/tickets/${id}`);
    await expect(sidebar(page).root).toHaveAttribute('data-phase', 'ready');
  }
  await goTo(page, '/');
  await goTo(page, '/tickets/1042');
  await expect(sidebar(page).root).toHaveAttribute('data-phase', 'ready');
  const before = await listeners();
  for (let i = 0; i < 50; i++) {
    const id = tickets[i % tickets.length]!;
    await goTo(page, i % 10 === 9 ? '/' : `/tickets/${id}`);
    if (i % 10 !== 9) await expect(sidebar(page).subject).toContainText(/./);
  }
  await goTo(page, '/tickets/1042');
  await expect(sidebar(page).subject).toContainText('Chicago');
  await expect(sidebar(page).root).toHaveAttribute('data-phase', 'ready');
  const after = await listeners();
  expect(after - before, `listeners before ${before}, after ${after}`).toBeLessThanOrEqual(2);
});

test('a feature that throws is named in the sidebar, and the others keep working', async ({ page }) => {
  await page.goto(`${DEMO}/tickets/1043`);
  const s = sidebar(page);
  await expect(s.suggestion).toBeVisible();
  await expect(page.getByTestId('tl-broken')).toHaveCount(0);
  // Test builds only: the page asks for one feature to throw; the next ticket's features start with it broken.
  await page.evaluate(() => document.documentElement.setAttribute('data-tierline-test-break', 'escalation-note'));
  await goTo(page, '/tickets/1042');
  await expect(page.getByTestId('tl-broken')).toContainText('Not working on this page: the escalation note');
  // Reading, triage and the override still work; only the note's button is gone.
  await expect(s.severity).toContainText('Sev 1');
  await expect(page.getByTestId('tl-insert-note')).toHaveCount(0);
  await page.getByTestId('tl-override-open').click();
  await page.getByLabel('Level').selectOption('2');
  await page.getByLabel('Why (one line)').fill('only the Chicago office, others fine');
  await page.getByRole('button', { name: 'Save my choice' }).click();
  await expect(s.severity).toContainText('Sev 2');
  // Leave the worked example as the other tests expect it.
  await page.getByRole('button', { name: 'Use the suggestion again' }).click();
  await expect(s.severity).toContainText('Sev 1');
});

test('a selection made on one ticket is not read as the next ticket’s text (generic reader)', async ({ page, extension }) => {
  const origin = 'http://127.0.0.1:5198';
  const pages: Record<string, string> = {
    '/case/1': '<!doctype html><title>Case 1</title><main><h1>Case 1: checkout down</h1><p id="c1">Since 9am no customer can complete checkout on our store; every order fails with a 500 error.</p></main><a id="next" href="/case/2">next</a><script>document.getElementById("next").onclick=(e)=>{e.preventDefault();history.pushState(null,"","/case/2");document.querySelector("main").innerHTML="<h1>Case 2: logo colour</h1><p>The logo in the footer is a slightly different blue from our brand colour, not a big deal.</p>";dispatchEvent(new PopStateEvent("popstate"));}</script>',
  };
  await page.route((u) => u.href.startsWith(origin), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: pages['/case/1']! }));
  await extension.worker.evaluate((o) => chrome.storage.local.set({ sites: [{ origin: o, mode: 'generic' }] }), origin);
  try {
    await page.goto(`${origin}/case/1`);
    const s = sidebar(page);
    await expect(s.subject).toContainText('Case 1');
    // The agent selects the report and asks the sidebar to read it.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('c1')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByText('Paste the ticket text instead').click();
    await page.getByRole('button', { name: 'Read the selected text' }).click();
    await expect(page.getByTestId('tl-message').first()).toHaveText(/^customer\s*Since 9am no customer can complete checkout/);

    // On to the next case in the same tab: the old selection must not be read as its text.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.locator('#next').click();
    await expect(s.subject).toContainText('Case 2');
    await expect(page.getByTestId('tl-message').first()).toContainText('slightly different blue');
    await expect(page.getByTestId('tl-message').first()).not.toContainText('checkout');
  } finally {
    await extension.worker.evaluate(() => chrome.storage.local.remove('sites'));
  }
});
