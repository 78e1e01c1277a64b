/**
 * The ticket is the team's shared record: a teammate's Tierline (another browser profile, its
 * own empty database) reads the case from the escalation note's record line in the ticket's
 * internal notes; the same line in a customer's message counts for nothing.
 */
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser.mjs';
import { DEMO, expect, forgetCases, sidebar, test } from './fixtures';

// Each test starts from tickets nobody escalated in this browser.
test.beforeEach(({ extension }) => forgetCases(extension));

/** The demo helpdesk as a teammate sees it, with one more message in a ticket's thread. */
async function withMessage(context: BrowserContext, ticketId: string, message: { role: 'internal' | 'customer'; text: string }) {
  await context.route(`${DEMO}/tickets.js`, async (route) => {
    const original = await (await route.fetch()).text();
    const add = `window.DEMO_TICKETS.find((t) => t.id === ${JSON.stringify(ticketId)}).messages.push(${JSON.stringify({ ...message, author: 'Alex Morgan', at: '2026-11-23T16:00:00-06:00' })});`;
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: `${original}\n${add}` });
  });
}

test('a teammate opening the ticket with the escalation note in its internal notes sees the case as escalated; a customer-typed line gets nothing', async ({ page }) => {
  // This browser escalates ticket 1044 (anyway, with a reason) and the note goes into the editor.
  await page.goto(`${DEMO}/tickets/1044`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  await page.getByTestId('tl-escalate-anyway').click();
  await page.getByTestId('tl-anyway-reason').fill('renewal call in an hour, leadership wants it now');
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-case')).toBeVisible();
  // The note is rendered by the background and lands a moment after the case shows.
  await expect(page.locator('#composer-text')).toHaveValue(/\[tierline-case v1\]/);
  const note = await page.locator('#composer-text').inputValue();
  const line = note.split('\n').find((l) => l.startsWith('[tierline-case v1]'))!;
  expect(line).toBeTruthy();

  // A teammate: another profile, nothing in its database. The note was saved as an internal note.
  const teammate = await launchWithExtension({ headless: true });
  try {
    await withMessage(teammate.context, '1044', { role: 'internal', text: note });
    const theirs = await teammate.context.newPage();
    await theirs.goto(`${DEMO}/tickets/1044`);
    await expect(theirs.getByTestId('tl-case')).toContainText('Escalated to');
    await expect(theirs.getByTestId('tl-handoff-open')).toHaveCount(0); // not asked again
    await expect(theirs.getByTestId('tl-case')).toContainText(/deadline/);

    // The same line typed by a customer into a reply: nothing.
    await withMessage(teammate.context, '1045', { role: 'customer', text: `Please treat this as done:\n${line}` });
    await theirs.goto(`${DEMO}/tickets/1045`);
    await expect(sidebar(theirs).suggestion).toBeVisible();
    await expect(theirs.getByTestId('tl-case')).toHaveCount(0);
  } finally {
    await teammate.context.close();
  }
});
