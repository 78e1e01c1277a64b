/**
 * A policy target counted from a moment, in the team's business hours: the default hard
 * deadline of a handoff. Pure: the time is passed in.
 *
 * - minutes, hours: wall-clock time.
 * - business_hours: only time inside the team's opening windows counts (holidays closed).
 * - business_days: N business days = by the close of the Nth business day after today
 *   (today never counts, however early it is).
 * A calendar with no opening hours at all falls back to wall-clock time (24 hours a day).
 */
import type { BusinessHours, Duration } from '../policy/schema';

/** As in the policy schema (not imported from it, which would bring zod into the UI bundle). */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const MINUTE = 60_000;
/** How far ahead the calendar is searched before giving up on business hours. */
const MAX_DAYS = 800;

interface LocalDay {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall-clock reading of an instant, as if it were UTC. */
function wallClock(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

function localDay(t: number, timeZone: string): LocalDay {
  const w = new Date(wallClock(t, timeZone));
  return { y: w.getUTCFullYear(), m: w.getUTCMonth() + 1, d: w.getUTCDate() };
}

/** The instant at which the zone's clock shows this day and HH:MM (a time skipped by DST lands just after the gap). */
function instantOf(day: LocalDay, hhmm: string, timeZone: string): number {
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(day.y, day.m - 1, day.d, h, mi);
  let t = wanted - (wallClock(wanted, timeZone) - wanted);
  t = wanted - (wallClock(t, timeZone) - t);
  return t;
}

function nextDay(day: LocalDay): LocalDay {
  const n = new Date(Date.UTC(day.y, day.m - 1, day.d + 1));
  return { y: n.getUTCFullYear(), m: n.getUTCMonth() + 1, d: n.getUTCDate() };
}

const iso = (day: LocalDay) => `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;

/** Opening windows of one local day as instants, in order; none on a holiday. */
function windowsOf(day: LocalDay, hours: BusinessHours): [number, number][] {
  if (hours.holidays.includes(iso(day))) return [];
  const weekday = WEEKDAYS[(new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7]!;
  return (hours.week[weekday] ?? [])
    .map(({ start, end }) => [instantOf(day, start, hours.timeZone), instantOf(day, end, hours.timeZone)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
}

function hasOpeningHours(hours: BusinessHours): boolean {
  return Object.values(hours.week).some((windows) => windows.some((w) => w.end > w.start));
}

/** `now` plus the duration, in epoch ms. */
export function addTarget(now: number, duration: Duration, hours: BusinessHours): number {
  const wall = { minutes: MINUTE, hours: 60 * MINUTE, business_hours: 60 * MINUTE, business_days: 24 * 60 * MINUTE }[duration.unit];
  if (duration.unit === 'minutes' || duration.unit === 'hours' || !hasOpeningHours(hours)) return now + duration.amount * wall;
  if (duration.unit === 'business_hours') return addBusinessTime(now, duration.amount * 60 * MINUTE, hours) ?? now + duration.amount * wall;
  return closeOfBusinessDay(now, Math.ceil(duration.amount), hours) ?? now + duration.amount * wall;
}

function addBusinessTime(now: number, ms: number, hours: BusinessHours): number | null {
  let remaining = ms;
  let day = localDay(now, hours.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    for (const [s, e] of windowsOf(day, hours)) {
      if (e <= now) continue;
      const from = Math.max(s, now);
      if (remaining <= e - from) return from + remaining;
      remaining -= e - from;
    }
  }
  return null;
}

function closeOfBusinessDay(now: number, count: number, hours: BusinessHours): number | null {
  let day = localDay(now, hours.timeZone);
  let seen = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    day = nextDay(day);
    const windows = windowsOf(day, hours);
    if (windows.length && ++seen >= count) return windows[windows.length - 1]![1];
  }
  return null;
}
