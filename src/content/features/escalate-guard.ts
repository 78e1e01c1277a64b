/**
 * The helpdesk's own escalate controls (the adapter names them: group and department pickers,
 * transfer, priority, status, the forms' submits) go through the handoff checklist too. One
 * delegated capture-phase listener (click, change, submit; keyboard activation arrives as
 * click or submit) sees the agent's action before the helpdesk does. When the value picked
 * escalates (the policy's guard data) and the checklist for that destination is incomplete,
 * the action is stopped (a picker is put back), and the sidebar opens on what is missing.
 * After "Escalate anyway" (reason logged) the agent repeats the action once and it goes
 * through; once the checklist is complete the controls work untouched. Lowering a priority or
 * assigning within the tier never escalates, so it is never stopped.
 */
import type { GuardControl } from '../../handoff/guard';
import type { TicketFeature } from '../feature';

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

export const escalateGuardFeature: TicketFeature = {
  id: 'escalate-guard',
  on: 'ticket',
  title: "the check on the helpdesk's own escalate controls",
  init({ session, page, tools }, signal) {
    const { adapter, doc } = page;
    const keys = (adapter.escalateControlKeys ?? []).filter((key) => adapter.selectors[key] && controlKind(key));
    const selectorOf = (key: string) => adapter.selectors[key]!.selectors.join(', ');
    const find = (key: string) => {
      try {
        return doc.querySelector(selectorOf(key));
      } catch {
        return null;
      }
    };
    // What each picker held when the ticket opened: a change *within* what already escalated is not a new escalation.
    const before = new Map<string, string>();
    const survey = () => {
      const found = keys.filter((key) => find(key));
      for (const key of found) if (controlKind(key) !== 'submit' && !before.has(key)) before.set(key, valueOf(find(key)!));
      session.setGuardStatus({ found: found.map((key) => adapter.selectors[key]!.what), missing: keys.filter((key) => !found.includes(key)).map((key) => adapter.selectors[key]!.what) });
    };
    survey();
    page.watch(survey, 1_000, signal);

    /** Would this picker's current value escalate, and where to? */
    const escalation = (key: string, element: Element) => {
      const policy = session.handoffPolicy.value;
      const kind = controlKind(key);
      if (!policy || !kind || kind === 'submit') return null;
      const decision = tools.guardDecision(policy, kind, valueOf(element), before.get(key));
      return decision.escalates ? { key, matched: decision.matched, destination: decision.destination ?? session.effective.value?.destination ?? 'l2' } : null;
    };

    const stop = (event: Event, found: { key: string; matched: string; destination: string }, revert?: () => void) => {
      if (session.handoffComplete(found.destination)) return; // a complete handoff: the helpdesk works untouched
      if (session.guardPass.value === found.destination) return session.usePass(); // "Escalate anyway", then the agent's one repeat
      event.preventDefault();
      event.stopImmediatePropagation();
      revert?.();
      session.stopByGuard({ control: adapter.selectors[found.key]!.what, matched: found.matched, destination: found.destination });
    };

    for (const key of keys) {
      const kind = controlKind(key);
      if (kind === 'submit') {
        // A submit escalates when a picker beside it says so.
        page.on(selectorOf(key), ['click', 'submit'], (event) => {
          for (const picker of keys) {
            const element = controlKind(picker) === 'submit' ? null : find(picker);
            const found = element && escalation(picker, element);
            if (found) return stop(event, found);
          }
        }, signal);
        continue;
      }
      page.on(selectorOf(key), ['change'], (event, element) => {
        const found = escalation(key, element);
        if (!found) return void before.set(key, valueOf(element)); // not escalating: the new value is the baseline
        const previous = before.get(key);
        stop(event, found, () => {
          if (element instanceof HTMLSelectElement && previous !== undefined) {
            const option = [...element.options].find((o) => (o.textContent?.trim() || o.value) === previous);
            if (option) element.value = option.value;
          }
        });
      }, signal);
    }
  },
};
