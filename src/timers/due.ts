/**
 * Across tickets: what is due, from many tickets' planned timers (src/timers/plan.ts). Pure,
 * time passed in; the background turns the result into one chrome.alarms alarm, the toolbar
 * badge, notifications and the popup's list, and re-runs it on every wake and change.
 *
 * - The next alarm: the soonest future moment a timer changes state (turns due soon or
 *   overdue), or the next business opening when a notification is held for the night.
 * - The badge counts customer updates only (what the product exists to keep): red with the
 *   number overdue, else amber with the number due soon (DUE_SOON_MS), else none. The
 *   tooltip says what, and names other overdue timers too.
 * - Notifications: one per timer and transition (due soon, overdue), keyed so the background
 *   can remember what it already showed; inside business hours only, except timers whose
 *   level runs on a calendar clock (Critical by default), which notify at any hour.
 */
import type { Calendar } from './calendar';
import { formatSpan, type Timer, type TimerKind } from './plan';

export interface Badge {
  /** "" when nothing is due. */
  text: string;
  color: 'red' | 'amber' | null;
  tooltip: string;
  overdueUpdates: number;
  dueSoonUpdates: number;
}

export interface DueNotification {
  /** Stable per timer, transition and due time: remember it to show each once. */
  key: string;
  timerId: string;
  ticketKey: string;
  kind: TimerKind;
  state: 'due_soon' | 'overdue';
  title: string;
  message: string;
}

export interface DueItem {
  timerId: string;
  ticketKey: string;
  kind: TimerKind;
  state: Timer['state'];
  /** Null while paused (listed last). */
  dueAt: number | null;
  action: string;
  severity: Timer['severity'];
}

export interface DueSummary {
  /** Epoch ms for the one alarm; null when nothing will change state. */
  nextAlarmAt: number | null;
  badge: Badge;
  notifications: DueNotification[];
  list: DueItem[];
}

const KIND_WORDS: Record<TimerKind, string> = {
  first_response: 'first response',
  customer_update: 'customer update',
  check_in: 'check-in',
  acknowledgment: 'acknowledgment',
  deadline: 'hard deadline',
  stalled: 'stalled ticket',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The soonest future state change among the timers (due soon, then due), or null. */
export function nextAlarm(timers: readonly Timer[], now: number): number | null {
  let next = Infinity;
  for (const t of timers) {
    if (t.state === 'done' || t.dueAt === null) continue;
    if (t.dueSoonAt !== null && t.dueSoonAt > now && t.dueSoonAt < next) next = t.dueSoonAt;
    if (t.dueAt > now && t.dueAt < next) next = t.dueAt;
  }
  return next === Infinity ? null : next;
}

export function badgeFor(timers: readonly Timer[], now: number): Badge {
  let overdueUpdates = 0;
  let dueSoonUpdates = 0;
  let oldest = Infinity;
  let soonest = Infinity;
  const otherOverdue = new Map<TimerKind, number>();
  for (const t of timers) {
    if (t.state === 'overdue') {
      if (t.kind === 'customer_update') {
        overdueUpdates++;
        if (t.dueAt !== null && t.dueAt < oldest) oldest = t.dueAt;
      } else otherOverdue.set(t.kind, (otherOverdue.get(t.kind) ?? 0) + 1);
    } else if (t.state === 'due_soon' && t.kind === 'customer_update') {
      dueSoonUpdates++;
      if (t.dueAt !== null && t.dueAt < soonest) soonest = t.dueAt;
    }
  }
  const parts: string[] = [];
  if (overdueUpdates) parts.push(`${plural(overdueUpdates, 'customer update')} overdue (the oldest by ${formatSpan(now - oldest)})`);
  if (dueSoonUpdates) parts.push(`${plural(dueSoonUpdates, 'customer update')} due soon (the next in ${formatSpan(soonest - now)})`);
  const others = [...otherOverdue].map(([kind, n]) => plural(n, KIND_WORDS[kind])).join(', ');
  if (others) parts.push(`also overdue: ${others}`);
  const tooltip = parts.length ? `Tierline: ${parts.join('; ')}` : 'Tierline: no customer update due';
  if (overdueUpdates) return { text: String(overdueUpdates), color: 'red', tooltip, overdueUpdates, dueSoonUpdates };
  if (dueSoonUpdates) return { text: String(dueSoonUpdates), color: 'amber', tooltip, overdueUpdates, dueSoonUpdates };
  return { text: '', color: null, tooltip, overdueUpdates, dueSoonUpdates };
}

/**
 * Stalled is a reason to escalate, not a deadline of its own: it shows in the sidebar and the
 * popup, and a desktop notice for it would fire for every old ticket an agent opens.
 */
const QUIET: ReadonlySet<Timer['kind']> = new Set(['stalled']);

export function notificationKey(t: Timer): string {
  return `${t.id}:${t.state}:${t.dueAt ?? ''}`;
}

/**
 * Notifications to show now: timers due soon or overdue whose key is not in `shown`. Outside
 * business hours only calendar-clock timers notify; the others wait for the next opening.
 * Stalled timers never notify (QUIET).
 */
export function notificationsDue(timers: readonly Timer[], calendar: Calendar, now: number, shown: ReadonlySet<string> = new Set()): DueNotification[] {
  let open: boolean | undefined;
  const isOpen = () => (open ??= calendar.hasHours ? calendar.isOpen(now) : true);
  const out: DueNotification[] = [];
  for (const t of timers) {
    if ((t.state !== 'due_soon' && t.state !== 'overdue') || QUIET.has(t.kind)) continue;
    const key = notificationKey(t);
    if (shown.has(key)) continue;
    if (!t.notifyOutsideHours && !isOpen()) continue;
    out.push({
      key,
      timerId: t.id,
      ticketKey: t.ticketKey,
      kind: t.kind,
      state: t.state,
      title: `${t.state === 'overdue' ? 'Overdue' : 'Due soon'}: ${KIND_WORDS[t.kind]}`,
      message: t.action,
    });
  }
  return out;
}

/** At the same due time, what the customer waits for comes first. */
const KIND_ORDER: Record<TimerKind, number> = { customer_update: 0, first_response: 1, acknowledgment: 2, check_in: 3, deadline: 4, stalled: 5 };

/** Everything not done, soonest first (customer updates first at a tie); paused timers last. */
export function dueList(timers: readonly Timer[]): DueItem[] {
  return timers
    .filter((t) => t.state !== 'done')
    .map((t) => ({ timerId: t.id, ticketKey: t.ticketKey, kind: t.kind, state: t.state, dueAt: t.dueAt, action: t.action, severity: t.severity }))
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.timerId.localeCompare(b.timerId));
}

/** The whole picture for the background: alarm, badge, notifications, list. */
export function summarize(timers: readonly Timer[], calendar: Calendar, now: number, shown: ReadonlySet<string> = new Set()): DueSummary {
  let nextAlarmAt = nextAlarm(timers, now);
  const notifications = notificationsDue(timers, calendar, now, shown);
  // A notification held for the night: wake at the next opening to show it.
  const held = timers.some((t) => (t.state === 'due_soon' || t.state === 'overdue') && !QUIET.has(t.kind) && !t.notifyOutsideHours && !shown.has(notificationKey(t)));
  if (held && calendar.hasHours && !calendar.isOpen(now)) {
    const opening = calendar.nextOpen(now);
    if (nextAlarmAt === null || opening < nextAlarmAt) nextAlarmAt = opening;
  }
  return { nextAlarmAt, badge: badgeFor(timers, now), notifications, list: dueList(timers) };
}
