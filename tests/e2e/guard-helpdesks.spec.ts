/**
 * The handoff guard on real helpdesk pages (issue 9, "Enforcement"): the FreeScout and
 * osTicket captures (../shared/helpdesks/captures) and the Zendesk reconstruction, served at
 * their real addresses, with the built extension in Chromium.
 *
 * The captures carry no page scripts, so a stand-in helpdesk is added to each page: a
 * bubble-phase listener (what FreeScout's jQuery, osTicket's and Zendesk's handlers are) that
 * records every action it sees, and opens the dropdowns the way Bootstrap / osTicket do. What
 * the stand-in recorded is what the helpdesk would have acted on: an action Tierline stopped
 * never reaches it.
 *
 * A team policy names its L2 agent (assigning to "Priya Nair" escalates to Support L2), the
 * way a team edits `handoff.guard` in settings.
 *
 * Covered: FreeScout's assignee menu (links) and its reply form's assign-to choice; osTicket's
 * status menu (links; an "Escalated" status added to the copy served) and its Transfer dialog
 * (the body osTicket loads into #popup, reconstructed in tests/fixtures/helpdesks/osticket);
 * Zendesk's Submit after an assignee pick. Each, by mouse and by keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { defaultPolicy } from '../../src/policy/defaults';
import { captureSource, expect, fillMissing, forgetCases, SHARED_CAPTURES, sidebar, test } from './fixtures';

const capture = (name: string) => new URL(`${name}.inlined.html`, SHARED_CAPTURES);
const ZENDESK = new URL('../fixtures/helpdesks/zendesk/ticket.html', import.meta.url);

/** Serve a page at its real address, optionally edited (a copy: the capture itself is never changed). */
async function serve(page: Page, file: URL, edit: (html: string) => string = (html) => html): Promise<string> {
  const original = readFileSync(file, 'utf8');
  const url = captureSource(original);
  const html = edit(original);
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

/**
 * The stand-in helpdesk: records `type:text` for every click on `handles` (and submit) that
 * reaches the bubble phase, cancels link navigation as the helpdesk's own handlers do, and
 * opens a dropdown when its toggle is clicked (Bootstrap's `.open`, osTicket's `data-dropdown`).
 */
async function standIn(page: Page, handles: string): Promise<void> {
  await page.evaluate((handles) => {
    const seen: string[] = [];
    (window as unknown as { helpdeskSaw: string[] }).helpdeskSaw = seen;
    document.addEventListener('click', (event) => {
      const target = event.target as Element;
      const toggle = target.closest('[data-toggle="dropdown"]');
      if (toggle) toggle.parentElement?.classList.toggle('open');
      const opener = target.closest('[data-dropdown]');
      const menu = opener && document.querySelector<HTMLElement>(opener.getAttribute('data-dropdown')!);
      if (menu) menu.style.display = 'block';
      const handled = target.closest(handles);
      if (!handled) return;
      if (handled.closest('a')) event.preventDefault(); // the helpdesk's handler, not the link's address
      seen.push(`click:${handled.textContent?.replace(/\s+/g, ' ').trim()}`);
    });
    document.addEventListener('submit', (event) => {
      event.preventDefault();
      seen.push('submit');
    });
  }, handles);
}

const helpdeskSaw = (page: Page) => page.evaluate(() => (window as unknown as { helpdeskSaw: string[] }).helpdeskSaw);

/** The team policy: Support L2 includes its agent Priya Nair. */
function teamPolicy() {
  const policy = structuredClone(defaultPolicy);
  policy.name = 'Acme Analytics support policy';
  policy.handoff.guard.routes.find((r) => r.destination === 'l2')!.names.push('Priya Nair');
  return policy;
}

/** The case log's escalation events for tickets of this helpdesk, read from the extension's database. */
function escalations(worker: Worker, adapter: string) {
  return worker.evaluate(
    (adapter) =>
      new Promise<{ destination: string; overrideReason?: string; ticketKey: string }[]>((resolve, reject) => {
        const open = indexedDB.open('tierline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('events').objectStore('events').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { type: string; ticketKey: string; destination: string; overrideReason?: string }[]).filter((e) => e.type === 'escalation' && e.ticketKey.startsWith(`${adapter}:`)));
          };
        };
      }),
    adapter,
  );
}


async function escalateAnyway(page: Page, reason: string) {
  await page.getByTestId('tl-escalate-anyway').click();
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-handoff-error')).toBeVisible(); // no reason, no escalation
  await page.getByTestId('tl-anyway-reason').fill(reason);
  await page.getByTestId('tl-anyway-confirm').click();
  await expect(page.getByTestId('tl-case')).toContainText('Escalated to');
  await expect(page.getByTestId('tl-guard-pass')).toContainText('repeat your action in the helpdesk once');
}

/**
 * One helpdesk's control, its escalating and its non-escalating use: each use is a function
 * that performs it by mouse or by keyboard (Enter on the focused link or button).
 */
interface GuardCase {
  id: string;
  file: URL;
  edit?: (html: string) => string;
  /** What the stand-in helpdesk handles. */
  handles: string;
  control: string;
  destination: string;
  escalate: (page: Page, by: 'mouse' | 'keyboard') => Promise<void>;
  /** What the stand-in records when the escalating use goes through. */
  escalateSeen: string;
  calm: (page: Page, by: 'mouse' | 'keyboard') => Promise<void>;
  calmSeen: string;
  /** Selectors to remove so the page shows none of its escalate controls. */
  controls: string;
}

/** Pick a menu item: open the menu by its toggle, then click the item, or focus it (as the menu's arrow keys do) and press Enter. */
function menuPick(toggle: string, item: string, text: string) {
  return async (page: Page, by: 'mouse' | 'keyboard') => {
    const link = page.locator(item).filter({ hasText: text });
    if (!(await link.isVisible())) await page.locator(toggle).click();
    await expect(link).toBeVisible();
    if (by === 'mouse') return link.click();
    await link.focus();
    await page.keyboard.press('Enter');
  };
}

/** Zendesk: the picker shows the agent's pick (its dropdown is not reconstructed); Submit saves it, and Submit is what is guarded. */
function zendeskSubmit(assignee: string) {
  return async (page: Page, by: 'mouse' | 'keyboard') => {
    await page.locator('[data-test-id="assignee-field"] [data-garden-id="dropdowns.combobox.value"]').evaluate((el, text) => (el.textContent = text), assignee);
    const submit = page.locator('[data-test-id="submit_button-button"]');
    if (by === 'mouse') return submit.click();
    await submit.focus();
    await page.keyboard.press('Enter');
  };
}

const withEscalatedStatus = (html: string) =>
  // An install with its own "Escalated" status (osTicket admins add statuses): its menu lists it like the others.
  html.replace(/(<div id="action-dropdown-statuses"[^>]*>\s*<ul>)/, '$1<li><a class="no-pjax ticket-action" href="#tickets/1/status/reopen/6"><i class="icon-undo"></i> Escalated</a></li>');

const CASES: GuardCase[] = [
  {
    id: 'freescout',
    file: capture('freescout-ticket-thread'),
    handles: 'ul.conv-user a, ul.conv-status a, .btn-reply-submit',
    control: 'the assignee menu',
    destination: 'Support L2',
    escalate: menuPick('#conv-assignee .conv-info-val', 'ul.conv-user a', 'Priya Nair'),
    escalateSeen: 'click:Priya Nair',
    calm: menuPick('#conv-assignee .conv-info-val', 'ul.conv-user a', 'Anyone'),
    calmSeen: 'click:Anyone',
    controls: 'ul.conv-status, ul.conv-user, .conv-reply-block',
  },
  {
    id: 'osticket',
    file: capture('osticket-ticket-thread'),
    edit: withEscalatedStatus,
    handles: '#action-dropdown-statuses a, form [type="submit"]',
    control: 'the status menu',
    destination: 'Support L2', // the suggestion keeps this ticket in support; "Escalated" names no destination: the next tier up
    escalate: menuPick('.sticky.bar span[data-dropdown="#action-dropdown-statuses"]', '#action-dropdown-statuses a', 'Escalated'),
    escalateSeen: 'click:Escalated',
    calm: menuPick('.sticky.bar span[data-dropdown="#action-dropdown-statuses"]', '#action-dropdown-statuses a', 'Resolved'),
    calmSeen: 'click:Resolved',
    controls: '#action-dropdown-statuses, #ticket-assign, #action-dropdown-assign, #ticket-transfer, table.ticket_info a.inline-edit, table.ticket_info a.ticket-action, form#reply, form#note',
  },
  {
    id: 'zendesk',
    file: ZENDESK,
    handles: '[data-test-id="submit_button-button"]',
    control: 'the submit button with the assignee picker',
    destination: 'Engineering',
    escalate: zendeskSubmit('Engineering/Jane Doe'),
    escalateSeen: 'click:Submit as Open',
    calm: zendeskSubmit('Tier 1/Ann Lee'),
    calmSeen: 'click:Submit as Open',
    controls: '[data-test-id="assignee-field"], [data-test-id="ticket-fields-priority-select"], [data-test-id="ticket-fields-tags"], [data-test-id="ticket-footer"]',
  },
];

test.beforeEach(async ({ extension }) => {
  await extension.worker.evaluate((policy) => chrome.storage.local.set({ policy }), teamPolicy());
});

test.afterEach(async ({ extension }) => {
  // Drafts from one test must not complete the next one's checklist, and the escalations logged
  // here ("Escalate anyway") must not give later specs' capture lists update timers.
  await forgetCases(extension);
  await extension.worker.evaluate(() => chrome.storage.local.remove('policy'));
});

async function openTicket(page: Page, c: GuardCase) {
  await page.goto(await serve(page, c.file, c.edit));
  await expect(sidebar(page).suggestion).toBeVisible();
  await standIn(page, c.handles);
  await expect(page.getByTestId('tl-guard-missing')).toHaveCount(0); // the guard found the controls
}

for (const c of CASES) {
  test.describe(`guard on ${c.id}`, () => {
    test('an escalating use is stopped while the checklist is incomplete, by mouse and by keyboard; the non-escalating use is not', async ({ page }) => {
      await openTicket(page, c);
      await c.escalate(page, 'mouse');
      await expect(page.getByTestId('tl-guard-stopped')).toContainText(`Tierline stopped ${c.control}`);
      await expect(page.getByTestId('tl-handoff-form')).toContainText(`Escalate to ${c.destination}`);
      await expect(page.getByTestId('tl-handoff-missing')).toBeVisible();
      expect(await helpdeskSaw(page)).toEqual([]);

      await c.escalate(page, 'keyboard');
      await expect(page.getByTestId('tl-guard-stopped')).toBeVisible();
      expect(await helpdeskSaw(page)).toEqual([]);

      await c.calm(page, 'mouse');
      await expect.poll(() => helpdeskSaw(page)).toEqual([c.calmSeen]);
      await c.calm(page, 'keyboard');
      await expect.poll(() => helpdeskSaw(page)).toEqual([c.calmSeen, c.calmSeen]);
    });

    test('"Escalate anyway" with a reason is logged, and the repeated use then goes through', async ({ page, extension }) => {
      const reason = `customer on the phone (${c.id})`;
      await openTicket(page, c);
      await c.escalate(page, 'mouse');
      await expect(page.getByTestId('tl-guard-stopped')).toBeVisible();
      await escalateAnyway(page, reason);
      expect(await helpdeskSaw(page)).toEqual([]);
      await c.escalate(page, 'keyboard');
      await expect.poll(() => helpdeskSaw(page)).toEqual([c.escalateSeen]);
      const logged = await escalations(extension.worker, c.id);
      expect(logged.filter((e) => e.overrideReason === reason)).toHaveLength(1);
    });

    test('with the checklist complete, the control works untouched', async ({ page }) => {
      await openTicket(page, c);
      await c.escalate(page, 'mouse');
      await expect(page.getByTestId('tl-handoff-form')).toContainText(`Escalate to ${c.destination}`);
      await fillMissing(page);
      await expect(page.getByTestId('tl-handoff-missing')).toHaveCount(0);
      await c.escalate(page, 'mouse');
      await expect.poll(() => helpdeskSaw(page)).toEqual([c.escalateSeen]);
      await c.escalate(page, 'keyboard');
      await expect.poll(() => helpdeskSaw(page)).toEqual([c.escalateSeen, c.escalateSeen]);
    });

    test('with none of its escalate controls on the page, the sidebar says the guard is not installed', async ({ page }) => {
      const remove = (html: string) => (c.edit ? c.edit(html) : html).replace(/<\/body>/i, `<script>document.querySelectorAll(${JSON.stringify(c.controls)}).forEach((e) => e.remove())</script></body>`);
      await page.goto(await serve(page, c.file, remove));
      await expect(sidebar(page).suggestion).toBeVisible();
      await expect(page.getByTestId('tl-guard-missing')).toContainText('could not find this helpdesk\'s own escalate controls');
      await expect(page.getByTestId('tl-guard-missing')).toContainText('an escalation made through them is not checked');
    });
  });
}

test.describe('guard on osticket dialogs', () => {
  const DIALOGS = readFileSync(new URL('../fixtures/helpdesks/osticket/dialogs.html', import.meta.url), 'utf8');

  /** What osTicket's $.dialog does on a Transfer click: the dialog's body (reconstructed) into #popup, shown. */
  async function dialogStandIn(page: Page) {
    await page.evaluate((dialogs) => {
      const templates = new DOMParser().parseFromString(dialogs, 'text/html');
      document.addEventListener('click', (event) => {
        if (!(event.target as Element).closest('a#ticket-transfer')) return;
        event.preventDefault();
        const popup = document.querySelector<HTMLElement>('#popup')!;
        popup.querySelector('.body')!.innerHTML = templates.querySelector<HTMLTemplateElement>('template#transfer')!.innerHTML;
        popup.querySelector<HTMLElement>('#popup-loading')!.style.display = 'none'; // loaded
        popup.style.display = 'block';
      });
    }, DIALOGS);
  }

  test('Transfer to an escalating department is stopped in the dialog, by mouse and by keyboard; another department goes through', async ({ page }) => {
    await page.goto(await serve(page, capture('osticket-ticket-thread')));
    await expect(sidebar(page).suggestion).toBeVisible();
    await standIn(page, 'form#transfer [type="submit"]');
    await dialogStandIn(page);
    await page.locator('a#ticket-transfer').click();
    const department = page.locator('#popup form#transfer select');
    await expect(department).toBeVisible();

    await department.selectOption({ label: 'Engineering' });
    await expect(page.getByTestId('tl-guard-stopped')).toContainText("Tierline stopped the Transfer dialog's department (\"Engineering\")");
    await expect(page.getByTestId('tl-handoff-form')).toContainText('Escalate to Engineering');
    await expect(department).toHaveValue(''); // put back to "— Select —"

    // Keyboard: type-ahead on the focused select. "m" picks Maintenance (not escalating: it stays), "e" picks Engineering (put back).
    await department.focus();
    await page.keyboard.press('m');
    await expect(department).toHaveValue('3');
    await page.keyboard.press('e');
    await expect(department).toHaveValue('3');
    await page.locator('#popup form#transfer [type="submit"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => helpdeskSaw(page)).toEqual(['click:', 'submit']); // transferred to Maintenance

    await department.selectOption({ label: 'Billing' });
    await expect(department).toHaveValue('2');
    await page.locator('#popup form#transfer [type="submit"]').click();
    await expect.poll(() => helpdeskSaw(page)).toEqual(['click:', 'submit', 'click:', 'submit']);
  });
});

test.describe("guard on freescout's reply form", () => {
  test('the assign-to choice: an escalating pick is stopped and put back, by mouse and by keyboard; a colleague goes through; after "Escalate anyway" the repeat goes through', async ({ page }) => {
    await page.goto(await serve(page, capture('freescout-ticket-thread-reply-open')));
    await expect(sidebar(page).suggestion).toBeVisible();
    await standIn(page, '.btn-reply-submit');
    // FreeScout's own change handler, in the bubble phase, as the stand-in for what saves the choice.
    await page.evaluate(() =>
      document.addEventListener('change', (event) => {
        const select = (event.target as Element).closest('.conv-reply-block select[name="user_id"]') as HTMLSelectElement | null;
        if (select) (window as unknown as { helpdeskSaw: string[] }).helpdeskSaw.push(`change:${select.selectedOptions[0]?.textContent}`);
      }),
    );
    const assign = page.locator('.conv-reply-block select[name="user_id"]').filter({ visible: true }); // a hidden template copy sits beside it
    await expect(assign).toHaveValue('1'); // Me

    await assign.selectOption({ label: 'Priya Nair' });
    await expect(page.getByTestId('tl-guard-stopped')).toContainText("Tierline stopped the editor's assign-to choice (\"Priya Nair\")");
    await expect(page.getByTestId('tl-handoff-form')).toContainText('Escalate to Support L2');
    await expect(assign).toHaveValue('1'); // put back
    await assign.focus();
    await page.keyboard.press('ArrowDown'); // Me → Priya Nair
    await expect(assign).toHaveValue('1');
    expect(await helpdeskSaw(page)).toEqual([]);

    await assign.selectOption({ label: 'Anyone' });
    await assign.focus();
    await page.keyboard.press('ArrowDown'); // Anyone → Me
    await expect.poll(() => helpdeskSaw(page)).toEqual(['change:Anyone', 'change:Me']);

    await escalateAnyway(page, 'Priya is already on the call');
    await assign.focus();
    await page.keyboard.press('ArrowDown'); // Me → Priya Nair, the one repeat
    await expect(assign).toHaveValue('2');
    await expect.poll(() => helpdeskSaw(page)).toEqual(['change:Anyone', 'change:Me', 'change:Priya Nair']);
  });
});
