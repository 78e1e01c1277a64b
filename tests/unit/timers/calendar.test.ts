/**
 * The business-hours calendar against worked cases. Instants are written in UTC with the
 * team's wall-clock time in the comment beside them.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../src/policy/schema';
import { addDuration, compileCalendar, HOUR, MAX_EMPTY_DAYS, MINUTE, NoBusinessHoursError } from '../../../src/timers/calendar';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');
const nineToFive = [{ start: '09:00', end: '17:00' }];
const weekdays = (day: { start: string; end: string }[]) => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] });
type Week = BusinessHours['week'];
const only = (days: Partial<Week>): Week => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days });
const hours = (timeZone: string, extra: Partial<BusinessHours> = {}): BusinessHours => ({ timeZone, week: weekdays(nineToFive), holidays: [], ...extra });
const chicago = compileCalendar(hours('America/Chicago'));
const berlin = compileCalendar(hours('Europe/Berlin'));

describe('business hours: weekends, holidays, breaks', () => {
  it('skips the weekend', () => {
    // Fri 9 Jan 16:00 CST + 2 business hours = Mon 12 Jan 10:00 CST
    expect(iso(chicago.addBusinessHours(at('2026-01-09T22:00Z'), 2))).toBe('2026-01-12T16:00Z');
    expect(chicago.businessMsBetween(at('2026-01-09T22:00Z'), at('2026-01-12T16:00Z'))).toBe(2 * HOUR);
  });

  it('skips a holiday, in the team zone', () => {
    const cal = compileCalendar(hours('America/Chicago', { holidays: ['2026-01-12'] }));
    expect(iso(cal.addBusinessHours(at('2026-01-09T22:00Z'), 2))).toBe('2026-01-13T16:00Z'); // Tue 10:00 CST
    expect(cal.intervalsOn(cal.dayOf(at('2026-01-12T18:00Z')))).toEqual([]);
  });

  it('pauses over a lunch break and counts split shifts', () => {
    const cal = compileCalendar({ timeZone: 'America/Chicago', week: weekdays([{ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }]), holidays: [] });
    // Mon 11:00 + 2 h = 14:00 (11–12, then 13–14)
    expect(iso(cal.addBusinessHours(at('2026-01-12T17:00Z'), 2))).toBe('2026-01-12T20:00Z');
    // A target that ends exactly at the lunch break is the break's start, not after it.
    expect(iso(cal.addBusinessHours(at('2026-01-12T17:00Z'), 1))).toBe('2026-01-12T18:00Z');
    expect(cal.businessMsBetween(at('2026-01-12T15:00Z'), at('2026-01-12T23:00Z'))).toBe(7 * HOUR);
    expect(cal.isOpen(at('2026-01-12T18:30Z'))).toBe(false); // 12:30, lunch
    expect(iso(cal.nextOpen(at('2026-01-12T18:30Z')))).toBe('2026-01-12T19:00Z');
  });

  it('crosses weeks', () => {
    const monday9 = at('2026-01-12T15:00Z');
    expect(iso(chicago.addBusinessHours(monday9, 40))).toBe('2026-01-16T23:00Z'); // Fri 17:00
    expect(iso(chicago.addBusinessHours(monday9, 41))).toBe('2026-01-19T16:00Z'); // next Mon 10:00
    expect(iso(chicago.addBusinessDays(at('2026-01-14T18:00Z'), 5))).toBe('2026-01-21T18:00Z'); // Wed 12:00 → Wed 12:00
    expect(chicago.businessMsBetween(monday9, at('2026-01-26T15:00Z'))).toBe(80 * HOUR);
  });
});

describe('business hours: a start outside working time', () => {
  it('starts counting at the next opening', () => {
    expect(iso(chicago.addBusinessHours(at('2026-01-12T13:00Z'), 1))).toBe('2026-01-12T16:00Z'); // Mon 07:00 → 10:00
    expect(iso(chicago.addBusinessHours(at('2026-01-10T18:00Z'), 1))).toBe('2026-01-12T16:00Z'); // Sat → Mon 10:00
    expect(iso(chicago.addBusinessHours(at('2026-01-13T00:00Z'), 1))).toBe('2026-01-13T16:00Z'); // Mon 18:00 → Tue 10:00
    expect(chicago.businessMsBetween(at('2026-01-10T18:00Z'), at('2026-01-12T14:59Z'))).toBe(0);
  });

  it('"same business day" is the closing of the day, or of the next business day after hours', () => {
    expect(iso(chicago.endOfBusinessDay(at('2026-01-12T13:00Z')))).toBe('2026-01-12T23:00Z'); // Mon 07:00 → Mon 17:00
    expect(iso(chicago.endOfBusinessDay(at('2026-01-12T20:00Z')))).toBe('2026-01-12T23:00Z'); // Mon 14:00
    expect(iso(chicago.endOfBusinessDay(at('2026-01-13T00:00Z')))).toBe('2026-01-13T23:00Z'); // Mon 18:00 → Tue
    expect(iso(chicago.endOfBusinessDay(at('2026-01-10T18:00Z')))).toBe('2026-01-12T23:00Z'); // Sat → Mon
  });

  it('business days keep the point of the business day; outside hours they count from the last closing', () => {
    expect(iso(chicago.addBusinessDays(at('2026-01-12T18:00Z'), 1))).toBe('2026-01-13T18:00Z'); // Mon 12:00 → Tue 12:00
    expect(iso(chicago.addBusinessDays(at('2026-01-09T18:00Z'), 1))).toBe('2026-01-12T18:00Z'); // Fri 12:00 → Mon 12:00
    expect(iso(chicago.addBusinessDays(at('2026-01-12T13:00Z'), 1))).toBe('2026-01-12T23:00Z'); // Mon 07:00 → Mon 17:00
    expect(iso(chicago.addBusinessDays(at('2026-01-12T15:00Z'), 1))).toBe('2026-01-12T23:00Z'); // Mon 09:00 → Mon 17:00
    expect(iso(chicago.addBusinessDays(at('2026-01-12T23:30Z'), 1))).toBe('2026-01-13T23:00Z'); // Mon 17:30 → Tue 17:00
    expect(iso(chicago.addBusinessDays(at('2026-01-10T18:00Z'), 2))).toBe('2026-01-13T23:00Z'); // Sat → Tue 17:00
    expect(iso(chicago.addBusinessDays(at('2026-01-12T18:00Z'), 1.5))).toBe('2026-01-13T22:00Z'); // Mon 12:00 → Tue 12:00, + half of Tue (4 h) = Tue 16:00
  });

  it('a shorter target day ends at its closing', () => {
    const cal = compileCalendar({ timeZone: 'America/Chicago', week: { ...weekdays(nineToFive), tue: [{ start: '09:00', end: '13:00' }] }, holidays: [] });
    expect(iso(cal.addBusinessDays(at('2026-01-12T21:00Z'), 1))).toBe('2026-01-13T19:00Z'); // Mon 15:00 → Tue 13:00
  });
});

describe('business hours: daylight saving time', () => {
  it('America/Chicago, spring forward (8 Mar 2026) and fall back (1 Nov 2026)', () => {
    // Fri 6 Mar 15:00 CST + 4 h = Mon 9 Mar 11:00 CDT
    expect(iso(chicago.addBusinessHours(at('2026-03-06T21:00Z'), 4))).toBe('2026-03-09T16:00Z');
    // Fri 30 Oct 15:00 CDT + 4 h = Mon 2 Nov 11:00 CST
    expect(iso(chicago.addBusinessHours(at('2026-10-30T20:00Z'), 4))).toBe('2026-11-02T17:00Z');
    expect(iso(chicago.addBusinessDays(at('2026-03-06T18:00Z'), 1))).toBe('2026-03-09T17:00Z'); // Fri 12:00 CST → Mon 12:00 CDT
  });

  it('Europe/Berlin, spring forward (29 Mar 2026) and fall back (25 Oct 2026)', () => {
    expect(iso(berlin.addBusinessHours(at('2026-03-27T14:00Z'), 4))).toBe('2026-03-30T09:00Z'); // Fri 15:00 CET → Mon 11:00 CEST
    expect(iso(berlin.addBusinessHours(at('2026-10-23T13:00Z'), 4))).toBe('2026-10-26T10:00Z'); // Fri 15:00 CEST → Mon 11:00 CET
  });

  it('a working day that contains the change is an hour shorter or longer', () => {
    const allDay = [{ start: '00:00', end: '00:00' }];
    const round = (zone: string) => compileCalendar({ timeZone: zone, week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, holidays: [] });
    const c = round('America/Chicago');
    const length = (cal: ReturnType<typeof round>, day: string) => {
      const d = cal.intervalsOn(cal.dayOf(at(`${day}T12:00Z`)));
      return d.reduce((sum, i) => sum + i.end - i.start, 0) / HOUR;
    };
    expect(length(c, '2026-03-08')).toBe(23);
    expect(length(c, '2026-11-01')).toBe(25);
    const b = round('Europe/Berlin');
    expect(length(b, '2026-03-29')).toBe(23);
    expect(length(b, '2026-10-25')).toBe(25);
    // Round the clock, business time is calendar time, across the change.
    expect(c.businessMsBetween(at('2026-03-07T12:00Z'), at('2026-03-09T12:00Z'))).toBe(48 * HOUR);
  });

  it('a shift starting in the spring gap starts after it; in the autumn overlap, at its first occurrence', () => {
    const sunday = (start: string, end: string) => compileCalendar({ timeZone: 'Europe/Berlin', week: only({ sun: [{ start, end }] }), holidays: [] });
    const gap = sunday('02:30', '04:00').intervalsOn(berlin.dayOf(at('2026-03-29T12:00Z')));
    expect(gap.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-03-29T01:30Z', '2026-03-29T02:00Z']]); // 03:30–04:00 CEST
    const overlap = sunday('02:30', '04:00').intervalsOn(berlin.dayOf(at('2026-10-25T12:00Z')));
    expect(overlap.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-10-25T00:30Z', '2026-10-25T03:00Z']]); // 02:30 CEST – 04:00 CET
  });

  it('gives the same instants whatever the machine’s own time zone', () => {
    const saved = process.env.TZ;
    const results: string[] = [];
    try {
      for (const zone of ['UTC', 'Europe/Berlin', 'America/Chicago', 'Asia/Kolkata', 'Pacific/Auckland']) {
        process.env.TZ = zone;
        const cal = compileCalendar({ timeZone: 'Europe/Berlin', week: only({ sun: [{ start: '02:30', end: '04:00' }], mon: nineToFive }), holidays: [] });
        const day = cal.dayOf(at('2026-10-25T12:00Z'));
        results.push([cal.intervalsOn(day)[0]!.start, cal.addBusinessHours(at('2026-10-23T13:00Z'), 4)].join());
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(results).size).toBe(1);
  });
});

describe('business hours: crossing midnight, empty days, no hours at all', () => {
  it('an overnight shift runs on into the next day; a holiday removes its morning tail', () => {
    const night = { timeZone: 'America/Chicago', week: only({ mon: [{ start: '22:00', end: '06:00' }] }), holidays: [] as string[] };
    const cal = compileCalendar(night);
    expect(iso(cal.addBusinessHours(at('2026-01-13T05:00Z'), 3))).toBe('2026-01-13T08:00Z'); // Mon 23:00 → Tue 02:00
    const withHoliday = compileCalendar({ ...night, holidays: ['2026-01-13'] });
    // Mon 23:00–24:00 is 1 h; Tue's tail is off; next Monday 22:00 + 2 h = Tue 00:00
    expect(iso(withHoliday.addBusinessHours(at('2026-01-13T05:00Z'), 3))).toBe('2026-01-20T06:00Z');
  });

  it('a zero-length interval makes no business day', () => {
    const cal = compileCalendar({ timeZone: 'America/Chicago', week: { ...weekdays(nineToFive), wed: [{ start: '09:00', end: '09:00' }] }, holidays: [] });
    expect(iso(cal.addBusinessHours(at('2026-01-13T22:00Z'), 2))).toBe('2026-01-15T16:00Z'); // Tue 16:00 → Thu 10:00
    expect(cal.intervalsOn(cal.dayOf(at('2026-01-14T18:00Z')))).toEqual([]);
  });

  it('a policy with no business hours is a clear error, not a loop', () => {
    for (const week of [only({}), only({ mon: [], tue: [] }), only({ wed: [{ start: '10:00', end: '10:00' }] })]) {
      const cal = compileCalendar({ timeZone: 'America/Chicago', week, holidays: [] });
      expect(cal.hasHours).toBe(false);
      expect(() => cal.addBusinessHours(0, 1)).toThrow(NoBusinessHoursError);
      expect(() => cal.addBusinessDays(0, 1)).toThrow(/no business hours/);
      expect(() => cal.endOfBusinessDay(0)).toThrow(NoBusinessHoursError);
      expect(() => cal.businessMsBetween(0, 10 * HOUR)).toThrow(NoBusinessHoursError);
    }
  });

  it('holidays over every working day for years are an error too', () => {
    const holidays: string[] = [];
    for (let d = at('2026-01-05T12:00Z'); holidays.length < 200; d += 7 * 24 * HOUR) holidays.push(new Date(d).toISOString().slice(0, 10));
    const cal = compileCalendar({ timeZone: 'UTC', week: only({ mon: nineToFive }), holidays });
    expect(MAX_EMPTY_DAYS).toBeLessThan(200 * 7);
    expect(() => cal.addBusinessHours(at('2026-01-01T00:00Z'), 1)).toThrow(/no working time within/);
  });
});

describe('calendar or business time per level', () => {
  it('plain minutes and hours count working time on a business clock only; business units always do', () => {
    const fri16 = at('2026-01-09T22:00Z');
    expect(iso(addDuration(chicago, fri16, { amount: 2, unit: 'hours' }, 'calendar'))).toBe('2026-01-10T00:00Z');
    expect(iso(addDuration(chicago, fri16, { amount: 2, unit: 'hours' }, 'business'))).toBe('2026-01-12T16:00Z');
    expect(iso(addDuration(chicago, fri16, { amount: 90, unit: 'minutes' }, 'calendar'))).toBe('2026-01-09T23:30Z');
    expect(iso(addDuration(chicago, fri16, { amount: 2, unit: 'business_hours' }, 'calendar'))).toBe('2026-01-12T16:00Z');
    expect(iso(addDuration(chicago, fri16, { amount: 1, unit: 'business_days' }, 'calendar'))).toBe('2026-01-12T22:00Z');
    expect(addDuration(chicago, fri16, { amount: 30, unit: 'minutes' }, 'business') - fri16).toBe(30 * MINUTE);
  });
});
