/** Settings and popup (defect 12): readable text, dark scheme, bare-host addresses, ignored policy keys, "Read this page" on a local page. */
import { defaultPolicy } from '../../src/policy/defaults';
import { DEMO, expect, sidebar, test } from './fixtures';

test('settings text is at least 14 px and follows the dark scheme', async ({ extension }) => {
  const options = await extension.context.newPage();
  try {
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Where Tierline runs' })).toBeVisible();
    const sizes = await options.evaluate(() => ['p', 'label', 'button', 'td', 'th', 'input', 'select'].flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => `${tag} ${getComputedStyle(el).fontSize}`)));
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => parseFloat(s.split(' ')[1]!) < 14)).toEqual([]);
    const brightness = async () => (await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await brightness()).toBeLessThan(150);
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await brightness()).toBeGreaterThan(600);
  } finally {
    await options.close();
  }
});

test('the address field takes a bare host, as the code does', async ({ extension }) => {
  const options = await extension.context.newPage();
  try {
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const field = options.getByLabel('Address');
    await field.fill('help.example.com');
    expect(await field.evaluate((el: HTMLInputElement) => el.checkValidity())).toBe(true);
  } finally {
    await options.close();
  }
});

test('"Your name" signs the escalation instead of the helpdesk\'s signed-in agent; cleared, the signed-in agent again', async ({ page, extension }) => {
  const options = await extension.context.newPage();
  try {
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const field = options.getByLabel('Your name, as escalations are signed');
    await field.fill('  Sam Okafor ');
    await field.press('Enter');
    await expect(options.getByTestId('agent-name-status')).toHaveText('Saved: escalations are signed "Sam Okafor".');
    await page.goto(`${DEMO}/tickets/1043`);
    await expect(sidebar(page).suggestion).toBeVisible();
    await page.getByTestId('tl-handoff-open').click();
    await expect(page.getByTestId('tl-handoff-by')).toHaveText('By: Sam Okafor (your name in the settings)');

    await options.reload();
    await expect(field).toHaveValue('Sam Okafor');
    await field.fill('');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByTestId('agent-name-status')).toContainText('Cleared');
    await page.reload();
    await expect(sidebar(page).suggestion).toBeVisible();
    await page.getByTestId('tl-handoff-open').click();
    await expect(page.getByTestId('tl-handoff-by')).toHaveText("By: Alex Morgan (the helpdesk's signed-in agent)");
  } finally {
    await extension.worker.evaluate(() => chrome.storage.local.remove('agentName')).catch(() => undefined);
    await options.close();
  }
});

test('importing a policy with unknown keys imports it and lists the keys it ignored', async ({ extension }) => {
  const options = await extension.context.newPage();
  try {
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const policy = structuredClone(defaultPolicy) as unknown as Record<string, unknown> & { levels: Record<string, unknown>[] };
    policy.name = 'Policy with extras';
    policy.colour = 'teal';
    policy.levels[0]!.checkin = { amount: 1, unit: 'hours' };
    await options.getByLabel('Import JSON').setInputFiles({ name: 'extras.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy)) });
    await expect(options.getByRole('status')).toContainText('Imported “Policy with extras”. 2 unknown keys were ignored');
    await expect(options.getByTestId('policy-ignored')).toContainText('ignored unknown key "levels.0.checkin"');
    await expect(options.getByTestId('policy-ignored')).toContainText('ignored unknown key "colour"');
  } finally {
    await extension.worker.evaluate(() => chrome.storage.local.remove('policy'));
    await options.close();
  }
});

test('the popup on a local page that is no helpdesk offers "Read this page", and reading it works', async ({ page, extension }) => {
  const url = 'http://127.0.0.1:5198/status/outage';
  const html = '<!doctype html><title>Status</title><main><h1>Checkout down</h1><p>Since 9am no customer can complete checkout on our store; every order fails with a 500 error.</p></main>';
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.goto(url);
  await page.bringToFront();
  // The popup page in a background tab of the same window: the page under test stays the
  // window's active tab, which is what the popup looks at (as when opened from the toolbar).
  const opened = extension.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
  await extension.worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL('/popup.html'), active: false }));
  const popup = await opened;
  await expect(popup.getByText('Tierline recognised no helpdesk on this page.')).toBeVisible();
  await popup.getByRole('button', { name: 'Read this page' }).click();
  await expect(sidebar(page).subject).toContainText('Checkout down');
  await expect(page.getByTestId('tierline-sidebar')).toHaveCount(1); // one sidebar, not a second copy
});
