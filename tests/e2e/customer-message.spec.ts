/**
 * Customer messages (domain.md section 8): once the ticket has a case, the sidebar previews
 * the chosen message filled from the case and puts it into the helpdesk's public reply
 * editor (read back from the editor itself), or refuses and leaves it on the clipboard when
 * it cannot be sure the editor is the reply. On the demo helpdesk and on FreeScout captures.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { renderRecordLine } from '../../src/handoff/record-line';
import { captureSource, DEMO, expect, SHARED_CAPTURES, sidebar, test } from './fixtures';

const RECORD = renderRecordLine({ ref: 'TL-1-20261122-1036', level: 2, levelName: 'High', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-24T10:00:00Z', escalatedAt: '2026-11-22T10:36:00Z', escalatedBy: 'Alex', move: 'escalation' });

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Escalate the demo ticket anyway (a reason), as an agent in a hurry would: the case exists, the note is in the note editor. */
async function escalateDemo(page: Page, ticket = '1042') {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO });
  await page.goto(`${DEMO}/tickets/${ticket}`);
  await expect(sidebar(page).suggestion).toBeVisible();
  await page.getByTestId('tl-handoff-open').click();
  // "By": the demo's signed-in agent from its top bar ("your name" is not set in this profile).
  await expect(page.getByTestId('tl-handoff-by')).toContainText("By: Alex Morgan (the helpdesk's signed-in agent");
  // The owner is named (a handoff message introduces them); the rest is left for later.
  await page.getByTestId('tl-field-owner').fill('Priya Nair');
  await page.getByTestId('tl-escalate-anyway').click();
  await page.getByTestId('tl-anyway-reason').fill('the whole office is down, owner named on the call');
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-case-by')).toHaveText('Alex Morgan');
  await expect(page.locator('#composer-text')).toHaveValue(/\[tierline-case v1\] .*; by=Alex Morgan; move=escalation;/);
}

test('demo: the acknowledgment is previewed from the case, refused over the written note, then lands in the public reply once the note is added', async ({ page }) => {
  await escalateDemo(page);
  const panel = page.getByTestId('tl-cm');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('tl-cm-reply')).toBeDisabled(); // the issue is still to write
  await expect(page.getByTestId('tl-cm-missing')).toContainText('issue');
  await page.getByTestId('tl-cm-issue').fill('nobody in your Chicago office can sign in.');
  const preview = page.getByTestId('tl-cm-preview');
  await expect(preview).toContainText('our Engineering team, who will respond within');
  await expect(preview).toContainText(/case reference is TL-1042-\d{8}-\d{4}/);
  await expect(preview).not.toContainText('tierline-case');

  // The note the escalation put in is still in the (shared) editor: never mixed into a reply.
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('the editor holds an internal note');
  await expect(page.getByTestId('tl-cm-status')).toContainText('it is on the clipboard');
  expect(await clipboardText(page)).toContain('nobody in your Chicago office can sign in.');
  await expect(page.locator('#tab-note')).toHaveAttribute('aria-selected', 'true');

  // The agent adds the note (the helpdesk empties its editor); now the reply can take the message.
  await page.locator('#composer-text').fill('');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('Message put in the reply editor (not sent)');
  await expect(page.locator('#tab-reply')).toHaveAttribute('aria-selected', 'true');
  const reply = await page.locator('#composer-text').inputValue();
  expect(reply).toContain('nobody in your Chicago office can sign in.');
  expect(reply).toMatch(/case reference is TL-1042-\d{8}-\d{4}/);
  expect(reply).not.toContain('tierline-case');
  expect(reply).not.toContain('ESCALATION:');
  await expect(page.locator('#submit')).toBeEnabled(); // a real edit: the helpdesk's Send woke up
});

test('demo: with only the note editor on the page, the message is refused and stays on the clipboard', async ({ page }) => {
  await escalateDemo(page, '1044');
  await page.locator('#composer-text').fill('');
  await page.evaluate(() => document.querySelector('#tab-reply')?.remove());
  await page.getByTestId('tl-cm-kind').selectOption('handoff');
  await page.getByTestId('tl-cm-ownerRole').fill('senior engineer on our platform team');
  await expect(page.getByTestId('tl-cm-preview')).toContainText('senior engineer on our platform team');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('could not find the reply editor on this page');
  await expect(page.locator('#composer-text')).toHaveValue('');
  expect(await clipboardText(page)).toContain('senior engineer on our platform team');
});

/** A FreeScout capture whose newest internal note (Priya's) carries a teammate's record line. */
async function serveFreeScout(page: Page, name: string): Promise<string> {
  const file = new URL(`${name}.inlined.html`, SHARED_CAPTURES);
  const html = readFileSync(file, 'utf8').replace('<div>Checked all enterprise workspaces with SFTP schedules', `<div>${RECORD}</div><div>Checked all enterprise workspaces with SFTP schedules`);
  const url = captureSource(html);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

test('FreeScout capture, reply editor open: the message lands in the public reply editor and its form field, still in reply mode', async ({ page }) => {
  await page.goto(await serveFreeScout(page, 'freescout-ticket-thread-reply-open'));
  await expect(page.getByTestId('tl-case')).toBeVisible(); // from the record line in the internal note
  await page.getByTestId('tl-cm-issue').fill('your scheduled CSV export stops at 10,000 rows.');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('Message put in the reply editor (not sent)');
  const editor = page.locator('.conv-reply-block .note-editable');
  await expect(editor).toContainText('your scheduled CSV export stops at 10,000 rows.');
  await expect(editor).toContainText('TL-1-20261122-1036');
  await expect(page.locator('.conv-reply-block')).not.toHaveClass(/conv-note-block/);
  await expect(page.locator('.conv-reply-block input[name="is_note"]')).toHaveValue('');
  await expect(page.locator('textarea#body')).toHaveValue(/TL-1-20261122-1036/);
});

test('FreeScout capture, note editor open: the message is refused (the page does not switch to a reply) and stays on the clipboard', async ({ page }) => {
  await page.goto(await serveFreeScout(page, 'freescout-ticket-thread-note-open'));
  await expect(page.getByTestId('tl-case')).toBeVisible();
  await page.getByTestId('tl-cm-issue').fill('your scheduled CSV export stops at 10,000 rows.');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('the reply editor did not open');
  await expect(page.getByTestId('tl-cm-status')).toContainText('it is on the clipboard');
  await expect(page.locator('.conv-reply-block .note-editable')).not.toContainText('CSV export stops');
  await expect(page.locator('.conv-reply-block input[name="is_note"]')).toHaveValue('1');
  expect(await clipboardText(page)).toContain('your scheduled CSV export stops at 10,000 rows.');
});

/** An osTicket capture whose newest internal note carries a teammate's record line. */
async function serveOsTicket(page: Page, name: string): Promise<string> {
  const file = new URL(`${name}.inlined.html`, SHARED_CAPTURES);
  const html = readFileSync(file, 'utf8').replace('<div><p>Checked all enterprise workspaces with SFTP schedules', `<div><p>${RECORD}</p><p>Checked all enterprise workspaces with SFTP schedules`);
  const url = captureSource(html);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

test('osTicket capture, Post Reply open: the message lands in the reply editor and its response field, the note form untouched', async ({ page }) => {
  await page.goto(await serveOsTicket(page, 'osticket-ticket-thread-reply-open'));
  await expect(page.getByTestId('tl-case')).toBeVisible();
  await page.getByTestId('tl-cm-issue').fill('your scheduled CSV export stops at 10,000 rows.');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('Message put in the reply editor (not sent)');
  await expect(page.locator('form#reply .redactor-in')).toContainText('TL-1-20261122-1036');
  await expect(page.locator('textarea#response')).toHaveValue(/your scheduled CSV export stops at 10,000 rows\./);
  await expect(page.locator('form#note .redactor-in')).not.toContainText('CSV export stops');
});

test('osTicket capture, Post Internal Note open: the message is refused and stays on the clipboard', async ({ page }) => {
  await page.goto(await serveOsTicket(page, 'osticket-ticket-thread-note-open'));
  await expect(page.getByTestId('tl-case')).toBeVisible();
  await page.getByTestId('tl-cm-issue').fill('your scheduled CSV export stops at 10,000 rows.');
  await page.getByTestId('tl-cm-reply').click();
  await expect(page.getByTestId('tl-cm-status')).toContainText('the reply editor did not open');
  await expect(page.locator('form#note .redactor-in')).not.toContainText('CSV export stops');
  expect(await clipboardText(page)).toContain('your scheduled CSV export stops at 10,000 rows.');
});
