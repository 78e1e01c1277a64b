/**
 * The team's business-hours calendar: pure, time passed in (epoch ms), no browser API.
 *
 * Rules
 * - Working time is given per weekday as wall-clock intervals in the team's IANA zone
 *   (several a day: lunch breaks, split shifts). "HH:MM" to "HH:MM", end exclusive; an end of
 *   "00:00" means midnight at the end of the day; an end before the start is an overnight
 *   shift that goes on into the next day until the end time; start = end is an empty interval.
 * - A holiday (YYYY-MM-DD, the team's zone) removes every working minute whose wall-clock
 *   date is that day (also the morning tail of an overnight shift begun the day before).
 * - Wall-clock times become instants through the zone's UTC offset at that moment, taken
 *   from the runtime's time-zone database by @date-fns/tz (`tzOffset`, Intl-backed); it never
 *   depends on the machine's own zone, so two agents anywhere get the same instants. A wall
 *   time that does not exist (the spring-forward gap) moves later by the gap; one that occurs
 *   twice (autumn) is its first occurrence: the same choice as Temporal's "compatible".
 * - A clock that starts outside working time starts counting at the next opening. Business
 *   time between two instants is the working time inside them.
 * - Every business-time operation needs some working time: with none in the week, or none
 *   within MAX_EMPTY_DAYS of the start, it throws NoBusinessHoursError instead of looping.
 *
 * Compiled calendars are memoised per BusinessHours object; each keeps a bounded cache of
 * its days (working intervals as instants), so repeated planning over many tickets costs a
 * few map look-ups per timer.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { BusinessHours, Duration } from '../policy/schema';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;
const MINUTES_PER_DAY = 24 * 60;

/** Scan at most this many days in a row without working time before giving up. */
export const MAX_EMPTY_DAYS = 800;

/** How a level's plain minutes and hours are counted (policy data: Level.clock). */
export type Clock = 'calendar' | 'business';

/** [start, end) in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

export class NoBusinessHoursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoBusinessHoursError';
  }
}

/** Weekday index as Date#getUTCDay: 0 = Sunday. */
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface Calendar {
  readonly timeZone: string;
  /** False when no weekday has any working minute: every business-time operation throws. */
  readonly hasHours: boolean;
  /** The team-local date (days since 1970-01-01) of an instant. */
  dayOf(at: number): number;
  /** "2026-03-09" for a local day number. */
  isoDay(day: number): string;
  /** The instant of a wall-clock minute (0–1440, may overflow into the next days) of a local day. */
  instantOf(day: number, minuteOfDay: number): number;
  /** A local day's working intervals, sorted, merged, non-empty (none on holidays). */
  intervalsOn(day: number): readonly Interval[];
  isOpen(at: number): boolean;
  /** `at` when open, else the next opening. */
  nextOpen(at: number): number;
  /** The instant `ms` of working time after `from` (a target at a closing is that closing). */
  addBusinessMs(from: number, ms: number): number;
  /** The instant `ms` of working time before `to` (the inverse of addBusinessMs). */
  subtractBusinessMs(to: number, ms: number): number;
  addBusinessHours(from: number, hours: number): number;
  /**
   * The same point of the business day, `days` business days later (a start outside working
   * time counts from the previous closing; a shorter target day ends at its closing);
   * fractions add that share of the landing day's working time.
   */
  addBusinessDays(from: number, days: number): number;
  /** "Same business day": the last closing of the business day `at` is in, or of the next one. */
  endOfBusinessDay(at: number): number;
  /** Working time inside [a, b] (negative when b is before a). */
  businessMsBetween(a: number, b: number): number;
}

const compiled = new WeakMap<BusinessHours, Calendar>();

/** The calendar of a policy's business hours (memoised per object). */
export function calendarFor(hours: BusinessHours): Calendar {
  let calendar = compiled.get(hours);
  if (!calendar) {
    calendar = compileCalendar(hours);
    compiled.set(hours, calendar);
  }
  return calendar;
}

/** Add a policy duration: business units always count working time; minutes and hours count it on a business clock. */
export function addDuration(calendar: Calendar, from: number, duration: Duration, clock: Clock): number {
  switch (duration.unit) {
    case 'minutes':
      return clock === 'calendar' ? from + duration.amount * MINUTE : calendar.addBusinessMs(from, duration.amount * MINUTE);
    case 'hours':
      return clock === 'calendar' ? from + duration.amount * HOUR : calendar.addBusinessMs(from, duration.amount * HOUR);
    case 'business_hours':
      return calendar.addBusinessHours(from, duration.amount);
    case 'business_days':
      return calendar.addBusinessDays(from, duration.amount);
  }
}

/** Whether a duration is counted in business time under that clock. */
export function countsBusinessTime(duration: Duration, clock: Clock): boolean {
  return duration.unit === 'business_hours' || duration.unit === 'business_days' || clock === 'business';
}

const parseHhmm = (text: string): number => {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
};

/** Per weekday (0 = Sunday): wall-minute intervals, with overnight shifts split at midnight. */
function weekTemplate(hours: BusinessHours): { own: [number, number][][]; carried: [number, number][][] } {
  const own: [number, number][][] = WEEKDAY_KEYS.map(() => []);
  const carried: [number, number][][] = WEEKDAY_KEYS.map(() => []);
  WEEKDAY_KEYS.forEach((key, weekday) => {
    for (const { start, end } of hours.week[key] ?? []) {
      const s = parseHhmm(start);
      let e = parseHhmm(end);
      if (e === 0) e = MINUTES_PER_DAY;
      if (e > s) own[weekday]!.push([s, e]);
      else if (e < s) {
        own[weekday]!.push([s, MINUTES_PER_DAY]);
        carried[(weekday + 1) % 7]!.push([0, e]);
      }
    }
  });
  return { own, carried };
}

export function compileCalendar(hours: BusinessHours): Calendar {
  const timeZone = hours.timeZone;
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) throw new RangeError(`unknown time zone "${timeZone}"`);
  const holidays = new Set(hours.holidays);
  const { own, carried } = weekTemplate(hours);
  const template = own.map((list, weekday) => mergeMinutes([...list, ...carried[weekday]!]));
  const hasHours = template.some((list) => list.length > 0);
  const days = new Map<number, readonly Interval[]>();

  // The zone's offset, from the library, cached per clock hour when the hour has one offset
  // throughout (checked at both ends), so planning many timers makes few Intl calls.
  const offsets = new Map<number, number>();
  const rawOffset = (at: number): number => tzOffset(timeZone, new Date(at)) * MINUTE;
  const offsetMs = (at: number): number => {
    const hour = Math.floor(at / HOUR);
    const cached = offsets.get(hour);
    if (cached !== undefined) return cached;
    const first = rawOffset(hour * HOUR);
    if (rawOffset(hour * HOUR + HOUR - 1) !== first) return rawOffset(at);
    if (offsets.size > 20_000) offsets.clear();
    offsets.set(hour, first);
    return first;
  };
  const dayOf = (at: number): number => Math.floor((at + offsetMs(at)) / DAY_MS);
  const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

  const instantOf = (day: number, minuteOfDay: number): number => {
    const wall = day * DAY_MS + minuteOfDay * MINUTE;
    // Offsets a day either side of the wall time: at most one transition lies between them.
    const before = offsetMs(wall - DAY_MS);
    const after = offsetMs(wall + DAY_MS);
    const candidates = before === after ? [before] : [before, after];
    const valid = candidates.map((o) => wall - o).filter((at) => offsetMs(at) === wall - at);
    if (valid.length) return Math.min(...valid); // an overlap: the first occurrence
    return wall - before; // a gap: later by the gap's length
  };

  const intervalsOn = (day: number): readonly Interval[] => {
    const cached = days.get(day);
    if (cached) return cached;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    const list: Interval[] = holidays.has(isoDay(day))
      ? []
      : template[weekday]!.map(([s, e]) => ({ start: instantOf(day, s), end: instantOf(day, e) })).filter((i) => i.end > i.start);
    if (days.size > 4_000) days.clear();
    days.set(day, list);
    return list;
  };

  const requireHours = (): void => {
    if (!hasHours) throw new NoBusinessHoursError('the policy has no business hours (every weekday is empty): business-time targets cannot be counted');
  };
  const emptyTooLong = (from: number): never => {
    throw new NoBusinessHoursError(`no working time within ${MAX_EMPTY_DAYS} days after ${new Date(from).toISOString()} (check the holidays and the week)`);
  };

  /** The first interval ending after `at`, with its day; throws after MAX_EMPTY_DAYS empty days. */
  function* intervalsFrom(at: number): Generator<Interval> {
    requireHours();
    let day = dayOf(at);
    let empty = 0;
    for (;;) {
      const list = intervalsOn(day);
      let any = false;
      for (const interval of list) {
        if (interval.end <= at) continue;
        any = true;
        yield interval;
      }
      empty = list.length ? 0 : empty + 1;
      if (!any && empty > MAX_EMPTY_DAYS) emptyTooLong(at);
      day++;
    }
  }

  const isOpen = (at: number): boolean => intervalsOn(dayOf(at)).some((i) => i.start <= at && at < i.end);

  const nextOpen = (at: number): number => {
    for (const interval of intervalsFrom(at)) return Math.max(at, interval.start);
    throw new Error('unreachable');
  };

  const addBusinessMs = (from: number, ms: number): number => {
    requireHours();
    if (!(ms > 0)) return from;
    let left = ms;
    for (const interval of intervalsFrom(from)) {
      const start = Math.max(from, interval.start);
      const room = interval.end - start;
      if (left <= room) return start + left;
      left -= room;
    }
    throw new Error('unreachable');
  };

  const subtractBusinessMs = (to: number, ms: number): number => {
    requireHours();
    if (!(ms > 0)) return to;
    let left = ms;
    let empty = 0;
    for (let day = dayOf(to); ; day--) {
      const list = intervalsOn(day);
      empty = list.length ? 0 : empty + 1;
      if (empty > MAX_EMPTY_DAYS) return emptyTooLong(to);
      for (let i = list.length - 1; i >= 0; i--) {
        const interval = list[i]!;
        if (interval.start >= to) continue;
        const end = Math.min(to, interval.end);
        const room = end - interval.start;
        if (left <= room) return end - left;
        left -= room;
      }
    }
  };

  /** The next local day at or after `day` with working time. */
  const nextBusinessDay = (day: number): number => {
    requireHours();
    for (let d = day, n = 0; n <= MAX_EMPTY_DAYS; d++, n++) if (intervalsOn(d).length) return d;
    return emptyTooLong(instantOf(day, 0));
  };
  const dayLength = (day: number): number => intervalsOn(day).reduce((sum, i) => sum + i.end - i.start, 0);
  /** Working time of `day` before `at`, clamped to the day. */
  const elapsedInDay = (day: number, at: number): number =>
    intervalsOn(day).reduce((sum, i) => sum + Math.max(0, Math.min(at, i.end) - i.start), 0);
  /** The instant `ms` of working time into `day` (its closing when the day is shorter). */
  const pointInDay = (day: number, ms: number): number => {
    const list = intervalsOn(day);
    let left = ms;
    for (const interval of list) {
      const room = interval.end - interval.start;
      if (left <= room) return interval.start + left;
      left -= room;
    }
    return list[list.length - 1]!.end;
  };

  const addBusinessDays = (from: number, days: number): number => {
    requireHours();
    if (!(days > 0)) return from;
    const whole = Math.floor(days);
    const fraction = days - whole;
    // Where `from` sits: a business day and the working time already gone in it. Outside
    // working time that is the previous closing (the day before's full length).
    let day = dayOf(from);
    let elapsed = intervalsOn(day).length ? elapsedInDay(day, from) : 0;
    if (!intervalsOn(day).length || elapsed === 0) {
      // Before the day's first opening (or a day off): the position is the end of the previous business day.
      let d = day - 1;
      for (let n = 0; !intervalsOn(d).length; d--, n++) if (n > MAX_EMPTY_DAYS) return emptyTooLong(from);
      day = d;
      elapsed = dayLength(d);
    }
    let target = day;
    for (let i = 0; i < whole; i++) target = nextBusinessDay(target + 1);
    let at = whole === 0 ? from : pointInDay(target, elapsed);
    if (fraction > 0) {
      const landing = isOpen(at) ? dayOf(at) : dayOf(nextOpen(at));
      at = addBusinessMs(at, fraction * dayLength(landing));
    }
    return at;
  };

  const endOfBusinessDay = (at: number): number => {
    requireHours();
    const day = dayOf(at);
    const today = intervalsOn(day);
    if (today.length && at < today[today.length - 1]!.end) return today[today.length - 1]!.end;
    const next = nextBusinessDay(day + 1);
    const list = intervalsOn(next);
    return list[list.length - 1]!.end;
  };

  const businessMsBetween = (a: number, b: number): number => {
    if (b < a) return -businessMsBetween(b, a);
    requireHours();
    let sum = 0;
    for (let day = dayOf(a), last = dayOf(b); day <= last; day++) {
      for (const i of intervalsOn(day)) sum += Math.max(0, Math.min(b, i.end) - Math.max(a, i.start));
    }
    return sum;
  };

  return {
    timeZone,
    hasHours,
    dayOf,
    isoDay,
    instantOf,
    intervalsOn,
    isOpen,
    nextOpen,
    addBusinessMs,
    subtractBusinessMs,
    addBusinessHours: (from, h) => addBusinessMs(from, h * HOUR),
    addBusinessDays,
    endOfBusinessDay,
    businessMsBetween,
  };
}

/** Sort and merge overlapping or touching minute intervals. */
function mergeMinutes(list: [number, number][]): [number, number][] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
