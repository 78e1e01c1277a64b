/**
 * Shipped in the sidebar bundle (TicketTools, src/ui/sidebar/api.ts), not the always-on
 * script: it runs only once a ticket's sidebar is up, and its listeners are plain
 * synchronous handlers, so a stopped action is stopped before the helpdesk sees it.
 *
 * The helpdesk's own escalate controls (the adapter names them: group and department pickers,
 * transfer, priority, status, the forms' submits) go through the handoff checklist too. One
 * delegated capture-phase listener (click, change, submit; keyboard activation arrives as
 * click or submit) sees the agent's action before the helpdesk does. A dropdown menu of links
 * (`menuItems` in the adapter's table) is decided at the click on an item, by the value that
 * item picks (its text); a submit, by the pickers of its own form. When the value picked
 * escalates (the policy's guard data) and the checklist for that destination is incomplete,
 * the action is stopped (a picker is put back), and the sidebar opens on what is missing.
 * After "Escalate anyway" (reason logged) the agent repeats the action once and it goes
 * through (a picker's repeat, and then the submit of its form); once the checklist is complete the controls work untouched. Lowering a priority or
 * assigning within the tier never escalates, so it is never stopped.
 */
import { guardDecision, type GuardControl } from '../handoff/guard';
import type { TicketSession } from '../session/ticket-session';
import type { PageKit } from './feature';

/** Which kind of control a selector key of the adapter's table is, by its name. */
export function controlKind(key: string): GuardControl | 'submit' | null {
  if (/submit|send|save/i.test(key)) return 'submit';
  if (/priority/i.test(key)) return 'priority';
  if (/status/i.test(key)) return 'status';
  if (/assign|agent|owner/i.test(key)) return 'assignee';
  if (/transfer/i.test(key)) return 'transfer';
  if (/department/i.test(key)) return 'department';
  if (/mailbox/i.test(key)) return 'mailbox';
  if (/tag/i.test(key)) return 'tag';
  if (/group|team|escalate/i.test(key)) return 'group';
  return null;
}

const valueOf = (element: Element): string => {
  if (element instanceof HTMLSelectElement) return element.options[element.selectedIndex]?.textContent?.trim() || element.value;
  if (element instanceof HTMLInputElement) return element.value;
  return element.textContent?.trim() ?? '';
};

/** What a select held when it appeared (its default option), for a picker the survey has not seen yet (a dialog just opened). */
const initialValue = (element: Element): string | undefined => {
  if (!(element instanceof HTMLSelectElement)) return undefined;
  const option = [...element.options].find((o) => o.defaultSelected) ?? element.options[0];
  return option ? option.textContent?.trim() || option.value : undefined;
};

/** The value a menu's link picks: its text, else (an icon-only item) what it is labelled with. */
export const itemValue = (item: Element): string =>
  item.textContent?.replace(/\s+/g, ' ').trim() ||
  ['data-value', 'aria-label', 'title', 'data-original-title'].map((name) => item.getAttribute(name)?.trim()).find(Boolean) ||
  '';

/** The item in force (FreeScout marks its `li.active`; ARIA menus say it themselves). */
const IN_FORCE = '.active > *, .active, [aria-checked="true"], [aria-selected="true"], [aria-current]:not([aria-current="false"])';

/** Install the guard for this ticket (the escalate-guard feature, once the sidebar bundle is up): its listeners stop an action synchronously. */
export function installEscalateGuard({ session, page }: { session: TicketSession; page: PageKit }, signal: AbortSignal): void {
  const { adapter, doc } = page;
  const keys = (adapter.escalateControlKeys ?? []).filter((key) => adapter.selectors[key] && controlKind(key));
  const isMenu = (key: string) => adapter.selectors[key]!.menuItems === true;
  const selectorOf = (key: string) => adapter.selectors[key]!.selectors.join(', ');
  const find = (key: string) => {
    try {
      return doc.querySelector(selectorOf(key));
    } catch {
      return null;
    }
  };
  /** The key's element in the same form as `beside` (or, outside any form, outside any form too). */
  const findBeside = (key: string, beside: Element) => {
    const form = beside.closest('form');
    try {
      return [...doc.querySelectorAll(selectorOf(key))].find((element) => element.closest('form') === form) ?? null;
    } catch {
      return null;
    }
  };
  // What each picker held when the ticket opened: a change *within* what already escalated is not a new escalation.
  const before = new Map<string, string>();
  const survey = () => {
    const found = keys.filter((key) => find(key));
    for (const key of found) {
      if (controlKind(key) === 'submit' || before.has(key)) continue;
      if (!isMenu(key)) before.set(key, valueOf(find(key)!));
      else {
        const inForce = [...doc.querySelectorAll(selectorOf(key))].find((item) => item.matches(IN_FORCE));
        if (inForce) before.set(key, itemValue(inForce));
      }
    }
    session.setGuardStatus({ found: found.map((key) => adapter.selectors[key]!.what), missing: keys.filter((key) => !found.includes(key)).map((key) => adapter.selectors[key]!.what) });
  };
  survey();
  page.watch(survey, 1_000, signal);

  /** Would this picker's current value escalate, and where to? */
  const escalation = (key: string, element: Element, value = valueOf(element)) => {
    const policy = session.handoffPolicy.value;
    const kind = controlKind(key);
    if (!policy || !kind || kind === 'submit') return null;
    const decision = guardDecision(policy, kind, value, before.get(key) ?? initialValue(element));
    if (!decision.escalates) return null;
    // A value that escalates without naming where ("Escalated", "Urgent"): the destination in force, else the next tier up.
    const inForce = session.effective.value?.destination;
    return { key, matched: decision.matched, destination: decision.destination ?? (inForce && inForce !== 'support' ? inForce : 'l2') };
  };

  /** Stop the action unless the handoff allows it; true when stopped. `via`: the submit that carries the escalating picker (the sidebar names both). */
  const stop = (event: Event, found: { key: string; matched: string; destination: string }, revert?: () => void, via?: string): boolean => {
    if (session.handoffComplete(found.destination)) return false; // a complete handoff: the helpdesk works untouched
    if (session.guardPass.value === found.destination) {
      session.usePass(); // "Escalate anyway", then the agent's one repeat
      return false;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    revert?.();
    const what = adapter.selectors[found.key]!.what;
    session.stopByGuard({ control: via ? `${adapter.selectors[via]!.what} with ${what}` : what, matched: found.matched, destination: found.destination });
    return true;
  };

  for (const key of keys) {
    const kind = controlKind(key);
    if (kind === 'submit') {
      // A submit escalates when a picker of its own form says so (a menu of links acts at its own click, not with a form).
      page.on(selectorOf(key), ['click', 'submit'], (event, submit) => {
        for (const picker of keys) {
          const element = controlKind(picker) === 'submit' || isMenu(picker) ? null : findBeside(picker, submit);
          const found = element && escalation(picker, element);
          if (found) return void stop(event, found, undefined, key);
        }
      }, signal);
      continue;
    }
    if (isMenu(key)) {
      // A link in a dropdown menu: the click (Enter on a focused link is a click too) is the pick.
      page.on(selectorOf(key), ['click'], (event, item) => {
        const value = itemValue(item);
        const found = escalation(key, item, value);
        if (!found || !stop(event, found)) before.set(key, value); // it went through: the value in force now
      }, signal);
      continue;
    }
    page.on(selectorOf(key), ['change'], (event, element) => {
      const found = escalation(key, element);
      if (!found) return void before.set(key, valueOf(element)); // not escalating: the new value is the baseline
      const previous = before.get(key) ?? initialValue(element);
      const stopped = stop(event, found, () => {
        if (element instanceof HTMLSelectElement && previous !== undefined) {
          const option = [...element.options].find((o) => (o.textContent?.trim() || o.value) === previous);
          if (option) element.value = option.value;
        }
      });
      // Let through (a complete handoff, or the one pass after "Escalate anyway"): the value in
      // force now, so the same form's submit does not stop it a second time.
      if (!stopped) before.set(key, valueOf(element));
    }, signal);
  }
}
