/**
 * The impact facts panel end to end (issue 11): on the demo ticket and on a real FreeScout
 * capture the panel shows the five facts as read, each with its quote or "not stated";
 * changing one by mouse and by keyboard moves the level at once, the change is kept after a
 * reload, and the escalation note carries the facts in force. Its own browser profile: the
 * facts it stores must not reach the other specs' tickets.
 */
import { readFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { captureSource, DEMO, expect, freshBrowser, SHARED_CAPTURES, sidebar, type WorkerFixtures } from './fixtures';

const test = base.extend<{}, { own: WorkerFixtures['extension'] }>({ own: [freshBrowser, { scope: 'worker' }] });

const fact = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-testid="tl-fact"][data-fact="${id}"]`);

test('demo: the read facts with their quotes; a change by mouse and by keyboard moves the level at once, is kept after a reload, and goes into the note', async ({ own }) => {
  const page = await own.context.newPage();
  await page.goto(`${DEMO}/tickets/1042`);
  const s = sidebar(page);
  await expect(s.severity).toContainText('Sev 1');
  const panel = page.getByTestId('tl-facts');
  await expect(panel).toHaveAttribute('data-source', 'engine');
  await expect(page.getByTestId('tl-fact')).toHaveCount(5);
  // As read: the whole office cannot sign in, each fact with the customer's words.
  await expect(fact(page, 'who')).toHaveAttribute('data-value', 'customer');
  await expect(fact(page, 'touches')).toHaveAttribute('data-value', 'sign_in');
  await expect(fact(page, 'stopped')).toHaveAttribute('data-value', 'fully');
  for (const id of ['kind', 'stopped', 'who', 'touches']) {
    const mark = fact(page, id).locator('mark');
    await expect(mark).toHaveCount(1);
    expect((await mark.innerText()).trim().length, id).toBeGreaterThan(2);
  }
  await expect(fact(page, 'who').getByRole('radio', { name: 'The whole customer or an office' })).toBeChecked();
  // Labelled groups: each fieldset is a radio group named by its legend.
  await expect(page.getByRole('radiogroup', { name: 'Who is affected' })).toBeVisible();

  // Mouse: only one user → the table's one-user sign-in row (basic checks first).
  await fact(page, 'who').getByText('One user', { exact: true }).click();
  await expect(s.severity).toContainText('Sev 3');
  await expect(fact(page, 'who')).toHaveAttribute('data-changed', 'true');
  await expect(fact(page, 'who')).toContainText('changed by you');
  await expect(panel).toHaveAttribute('data-source', 'facts');
  await expect(page.getByTestId('tl-facts-decided')).toContainText('decided by');
  await expect(page.getByTestId('tl-facts-decided')).toContainText('who is affected');
  await expect(page.getByTestId('tl-summary')).toContainText('the impact facts below decide now');

  // Keyboard: the arrow key moves to the next value, a group inside one customer → High; still
  // Engineering, because it started with our change ("right after this morning's authentication
  // config update", domain.md section 4), a route the facts cannot say.
  const oneUser = fact(page, 'who').getByRole('radio', { name: 'One user' });
  await oneUser.focus();
  await expect(oneUser).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const group = fact(page, 'who').getByRole('radio', { name: 'A group inside one customer' });
  await expect(group).toBeChecked();
  await expect(group).toBeFocused();
  await expect(s.severity).toContainText('Sev 2');
  await expect(s.destination).toContainText('Engineering');
  // One tab stop per fact: the checked value; Tab leaves the group.
  await expect(oneUser).toHaveAttribute('tabindex', '-1');
  await expect(group).toHaveAttribute('tabindex', '0');
  // The focus is visible (the sidebar's :focus-visible outline) on the radio the keyboard moved to.
  expect(await group.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);

  // Kept after a reload: the facts come back from the case log.
  await page.reload();
  await expect(fact(page, 'who')).toHaveAttribute('data-value', 'group');
  await expect(fact(page, 'who')).toHaveAttribute('data-changed', 'true');
  await expect(s.severity).toContainText('Sev 2');

  // The note's business impact carries the facts in force.
  await page.getByTestId('tl-insert-note').click();
  const editor = page.locator('#composer-text');
  await expect(editor).toHaveValue(/- Who is affected: A group inside one customer \(changed by support\)/);
  const note = await editor.inputValue();
  const impact = note.slice(note.indexOf('BUSINESS IMPACT'), note.indexOf('PROBLEM NARRATIVE'));
  expect(impact).toContain('- What it touches: Sign-in (read from the ticket)');
  expect(note).toContain('Severity: High');
  await page.close();
});

test('demo: a ticket no rule judged asks how much is stopped and who is affected; answering by keyboard and mouse decides the level, and the answers are kept', async ({ own }) => {
  const page = await own.context.newPage();
  await page.goto(`${DEMO}/tickets/1049`);
  const s = sidebar(page);
  await expect(s.severity).toHaveAttribute('data-guess', 'true');
  const ask = page.getByTestId('tl-facts-ask');
  await expect(ask).toContainText('does not say how much of the work is stopped or who is affected');
  for (const id of ['stopped', 'who']) await expect(fact(page, id)).toHaveAttribute('data-asked', 'true');
  for (const id of ['kind', 'workaround', 'touches']) await expect(fact(page, id)).toHaveAttribute('data-asked', 'false');
  await expect(fact(page, 'stopped')).toContainText('to answer');

  // Keyboard: "Answer now" puts the focus on the first question; Space answers it.
  await page.getByTestId('tl-facts-answer').focus();
  await page.keyboard.press('Enter');
  const fully = fact(page, 'stopped').getByRole('radio', { name: 'Fully' });
  await expect(fully).toBeFocused();
  await page.keyboard.press('Space');
  await expect(fully).toBeChecked();
  await expect(fully).toBeFocused();
  await expect(s.severity).toContainText('Sev 2');
  await expect(fact(page, 'stopped')).toHaveAttribute('data-asked', 'false');
  await expect(ask).toContainText('does not say who is affected: answer this');

  // Mouse: the whole customer → the product is down for them.
  await fact(page, 'who').getByText('The whole customer or an office', { exact: true }).click();
  await expect(s.severity).toContainText('Sev 1');
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('tl-facts-decided')).toContainText('the product is down');

  // Kept after a reload: nothing left to ask.
  await page.reload();
  await expect(s.severity).toContainText('Sev 1');
  await expect(fact(page, 'who')).toHaveAttribute('data-value', 'customer');
  await expect(page.getByTestId('tl-facts')).toBeVisible();
  await expect(ask).toHaveCount(0);
  await page.close();
});

test('FreeScout capture: the read facts with quotes or not stated; confirming them hands the level to the table, a change by keyboard moves it', async ({ own }) => {
  const html = readFileSync(new URL('freescout-ticket-thread.inlined.html', SHARED_CAPTURES), 'utf8');
  const url = captureSource(html);
  const page = await own.context.newPage();
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  const s = sidebar(page);
  await expect(s.suggestion).toBeVisible();
  await expect(page.getByTestId('tl-fact')).toHaveCount(5);
  const before = await s.severity.innerText();
  // Every fact either quotes the ticket or says it is not stated.
  for (const id of ['kind', 'stopped', 'who', 'workaround', 'touches']) {
    const quote = fact(page, id).getByTestId('tl-fact-quote');
    const value = await fact(page, id).getAttribute('data-value');
    if (value) await expect(quote.locator('mark')).toHaveCount(1);
    else await expect(quote).toHaveText('Not stated in the ticket');
  }
  // Something broken, in support's words ("I can reproduce the truncation"): the customer's own
  // "since your v4.12 release" is superseded by their latest "Looks good." (working again).
  await expect(fact(page, 'kind')).toHaveAttribute('data-value', 'broken');
  await expect(fact(page, 'kind').locator('mark')).toContainText('can reproduce');

  // Confirm the facts as read: the table decides from now on (here it gives the engine's level).
  await expect(page.getByTestId('tl-facts-hint')).not.toContainText('Confirming these facts gives');
  await page.getByTestId('tl-facts-confirm').click();
  await expect(page.getByTestId('tl-facts')).toHaveAttribute('data-source', 'facts');
  await expect(page.getByTestId('tl-facts-decided')).toBeVisible();
  await expect(fact(page, 'kind')).toContainText('confirmed');
  await expect(s.severity).toHaveText(before);

  // Keyboard: Space chooses the focused value of the "what it touches" group: data lost → Critical.
  const touches = fact(page, 'touches');
  await touches.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expect(touches.getByRole('radio', { name: 'Data lost or corrupted' })).toBeChecked();
  await expect(s.severity).toContainText('Sev 1');
  expect(before).not.toContain('Sev 1');
  await expect(touches).toContainText('changed by you');
  await page.close();
});
