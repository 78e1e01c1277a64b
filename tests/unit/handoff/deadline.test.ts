/** Targets counted in the team's business hours: the default hard deadline of a handoff. */
import { describe, expect, it } from 'vitest';
import { addTarget } from '../../../src/handoff/deadline';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { BusinessHours } from '../../../src/policy/schema';

const chicago = defaultPolicy.businessHours; // Mon–Fri 09:00–17:00, America/Chicago
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('addTarget', () => {
  it('counts minutes and hours on the wall clock, business hours or not', () => {
    // Saturday night in Chicago: a Critical acknowledgment is still 15 minutes.
    expect(iso(addTarget(at('2026-11-29T03:10:00Z'), { amount: 15, unit: 'minutes' }, chicago))).toBe('2026-11-29T03:25:00.000Z');
    expect(iso(addTarget(at('2026-11-23T15:12:00Z'), { amount: 1, unit: 'hours' }, chicago))).toBe('2026-11-23T16:12:00.000Z');
  });

  it('counts business hours inside the opening windows, across the night and the weekend', () => {
    // Mon 15:00 CST + 4 business hours: 2 today, 2 on Tuesday → Tue 11:00 CST.
    expect(iso(addTarget(at('2026-11-23T21:00:00Z'), { amount: 4, unit: 'business_hours' }, chicago))).toBe('2026-11-24T17:00:00.000Z');
    // Fri 16:00 CST + 4: 1 on Friday, 3 on Monday → Mon 12:00 CST.
    expect(iso(addTarget(at('2026-11-27T22:00:00Z'), { amount: 4, unit: 'business_hours' }, chicago))).toBe('2026-11-30T18:00:00.000Z');
    // Saturday: the clock starts Monday at 09:00.
    expect(iso(addTarget(at('2026-11-28T15:00:00Z'), { amount: 4, unit: 'business_hours' }, chicago))).toBe('2026-11-30T19:00:00.000Z');
    // Before opening: from 09:00 the same day. Exactly the day's room ends at close.
    expect(iso(addTarget(at('2026-11-24T12:00:00Z'), { amount: 8, unit: 'business_hours' }, chicago))).toBe('2026-11-24T23:00:00.000Z');
  });

  it('skips the team\'s holidays', () => {
    const thanksgiving: BusinessHours = { ...chicago, holidays: ['2026-11-26'] };
    // Wed 16:00 CST + 4: 1 on Wednesday, Thursday closed, 3 on Friday → Fri 12:00 CST.
    expect(iso(addTarget(at('2026-11-25T22:00:00Z'), { amount: 4, unit: 'business_hours' }, thanksgiving))).toBe('2026-11-27T18:00:00.000Z');
  });

  it('follows the zone across a daylight-saving change', () => {
    // Fri 12 Mar 2027 16:00 CST + 4: 1 on Friday, Monday 15 Mar opens 09:00 CDT (14:00Z) → 12:00 CDT.
    expect(iso(addTarget(at('2027-03-12T22:00:00Z'), { amount: 4, unit: 'business_hours' }, chicago))).toBe('2027-03-15T17:00:00.000Z');
    const berlin: BusinessHours = { ...chicago, timeZone: 'Europe/Berlin' };
    // Berlin Mon 23 Nov 16:00 CET (15:00Z) + 2 → Tue 10:00 CET.
    expect(iso(addTarget(at('2026-11-23T15:00:00Z'), { amount: 2, unit: 'business_hours' }, berlin))).toBe('2026-11-24T09:00:00.000Z');
  });

  it('counts business days as the close of the Nth business day after today', () => {
    expect(iso(addTarget(at('2026-11-23T16:00:00Z'), { amount: 1, unit: 'business_days' }, chicago))).toBe('2026-11-24T23:00:00.000Z');
    // Friday → Monday's close; two business days from Thursday → Monday's close.
    expect(iso(addTarget(at('2026-11-27T16:00:00Z'), { amount: 1, unit: 'business_days' }, chicago))).toBe('2026-11-30T23:00:00.000Z');
    expect(iso(addTarget(at('2026-11-26T16:00:00Z'), { amount: 2, unit: 'business_days' }, chicago))).toBe('2026-11-30T23:00:00.000Z');
  });

  it('falls back to the wall clock when the calendar has no opening hours', () => {
    const closed: BusinessHours = { ...chicago, week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(iso(addTarget(at('2026-11-23T16:00:00Z'), { amount: 4, unit: 'business_hours' }, closed))).toBe('2026-11-23T20:00:00.000Z');
  });
});
