/** The handoff: the checklist form, escalating (note in the editor, record line, case log), the draft, the shared record, the guard. */
import type { Page } from '@playwright/test';
import { DEMO, expect, fillMissing, forgetCases, sidebar, test } from './fixtures';

// Each test starts from tickets nobody escalated in this browser.
test.beforeEach(({ extension }) => forgetCases(extension));


async function openForm(page: Page, ticket = '1042') {
  await page.goto(`${DEMO}/tickets/${ticket}`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await expect(page.getByTestId('tl-handoff-form')).toBeVisible();
}

test('the checklist enables "Escalate"; escalating puts the full note with the record line in the internal-note editor', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO });
  await openForm(page);
  await expect(page.getByTestId('tl-handoff-open')).toHaveCount(0);
  await expect(page.getByTestId('tl-handoff-form')).toContainText('Escalate to Engineering');
  await expect(page.getByTestId('tl-handoff-progress')).toHaveText(/^\d+ of \d+$/);
  // Prefilled from the ticket, with its source quoted.
  await expect(page.getByTestId('tl-source').first()).toBeVisible();
  await expect(page.getByTestId('tl-escalate')).toBeDisabled();
  await fillMissing(page);
  await expect(page.getByTestId('tl-handoff-missing')).toHaveCount(0);
  await page.getByTestId('tl-field-owner').fill('Priya Nair');
  await expect(page.getByTestId('tl-escalate')).toBeEnabled();
  await page.getByTestId('tl-escalate').click();
  await expect(page.getByTestId('tl-case')).toContainText('Escalated to Engineering');
  await expect(page.getByTestId('tl-case-owner')).toHaveText('Priya Nair');
  const editor = page.locator('#composer-text');
  await expect(editor).toHaveValue(/\[tierline-case v1\] ref=TL-1042-/);
  await expect(editor).toHaveValue(/owner=Priya Nair/);
  await expect(page.locator('#tab-note')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#submit')).toBeEnabled(); // a real edit: the helpdesk's submit woke up
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, text: await (await item!.getType('text/plain')).text() };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
  expect(clip.text).toContain('[tierline-case v1]');

  // The note was never saved into the ticket: after a reload the case comes from this browser's own case log.
  await page.reload();
  await expect(page.getByTestId('tl-case')).toContainText('Escalated to Engineering');
  await expect(page.getByTestId('tl-case-owner')).toHaveText('Priya Nair');
  await expect(page.getByTestId('tl-handoff-open')).toHaveCount(0);
});

test('"Copy note" puts the note on the clipboard in the format chosen, and the choice is remembered', async ({ page, extension }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO });
  await page.goto(`${DEMO}/tickets/1043`);
  await expect(sidebar(page).suggestion).toBeVisible();
  const format = page.getByTestId('tl-note-format');
  await expect(format).toHaveValue('text');
  await format.selectOption('markdown');
  await page.getByTestId('tl-copy-note').click();
  await expect(page.getByTestId('tl-note-status')).toHaveText('Note copied as Markdown.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^ESCALATION: .+ {2}\n/);
  await expect(page.locator('#composer-text')).toHaveValue(''); // the ticket is not touched

  await page.reload();
  await expect(format).toHaveValue('markdown');
  await format.selectOption('text');
  await page.getByTestId('tl-copy-note').click();
  await expect(page.getByTestId('tl-note-status')).toHaveText('Note copied as text.');
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, html: await (await item!.getType('text/html')).text() };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
  expect(clip.html).toContain('<p>ESCALATION: ');
  await extension.worker.evaluate(() => chrome.storage.local.remove('noteFormat')).catch(() => undefined);
});

test('keyboard only: Tab reaches the fields, Escape closes the form and gives the focus back', async ({ page }) => {
  await page.goto(`${DEMO}/tickets/1042`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tl-handoff-form')).toBeVisible();
  // The focus went to the first missing item, a labelled field.
  const focused = () => page.evaluate(() => document.querySelector('[data-wxt-shadow-root], tierline-sidebar')?.shadowRoot?.activeElement?.getAttribute('name') ?? (document.activeElement?.shadowRoot?.activeElement?.getAttribute('name') ?? null));
  expect(await focused()).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tl-handoff-form')).toHaveCount(0);
  await expect(page.getByTestId('tl-handoff-open')).toBeFocused();
});

test('"Escalate anyway" needs a reason and escalates with the checklist incomplete', async ({ page }) => {
  await openForm(page, '1044');
  await page.getByTestId('tl-escalate-anyway').click();
  await expect(page.getByTestId('tl-anyway-reason')).toBeFocused();
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-handoff-error')).toContainText('reason');
  await page.getByTestId('tl-anyway-reason').fill('the customer is on the phone, no time');
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-case')).toBeVisible();
  await expect(page.getByTestId('tl-handoff-status')).toContainText('Escalated anyway');
});

test('the draft survives a reload and a stopped service worker; "Discard draft" asks once', async ({ page, extension }) => {
  await openForm(page, '1045');
  await page.getByTestId('tl-field-owner').fill('Sam from Billing');
  await expect(page.getByTestId('tl-discard-draft')).toBeVisible();
  await page.waitForTimeout(800); // the debounced save
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extension.extensionId}/`));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await page.reload();
  await expect(page.getByTestId('tl-draft-note')).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await expect(page.getByTestId('tl-field-owner')).toHaveValue('Sam from Billing');
  await page.getByTestId('tl-discard-draft').click();
  await expect(page.getByTestId('tl-discard-draft')).toContainText('Click again');
  await expect(page.getByTestId('tl-field-owner')).toHaveValue('Sam from Billing');
  await page.getByTestId('tl-discard-draft').click();
  await expect(page.getByTestId('tl-field-owner')).toHaveValue('');
  await page.reload();
  await expect(sidebar(page).suggestion).toBeVisible();
  await expect(page.getByTestId('tl-draft-note')).toHaveCount(0);
});
