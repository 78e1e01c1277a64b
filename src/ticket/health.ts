/**
 * One reading of an adapter's selector check, for every surface that shows it (the sidebar's
 * page check, the popup, the settings page, `npm run diagnose`): a selector that is not on
 * the page is a failure only when the read needs it; an optional one (no tags on this
 * ticket, no priority field) is simply not there. Zod-free.
 */
import type { SelectorHealth } from './snapshot';

export type HealthState = 'found' | 'missing' | 'absent';

export const healthState = (row: SelectorHealth): HealthState => (row.found ? 'found' : row.required ? 'missing' : 'absent');

export interface HealthSummary {
  total: number;
  found: number;
  /** Needed and not found: what broke. */
  missing: number;
  /** Optional and not on this page: fine. */
  absent: number;
  /** "All 32 found", "30 of 32 found; 2 optional not on this page", "2 needed not found (30 of 32 found)". */
  text: string;
}

export function summarizeHealth(rows: SelectorHealth[]): HealthSummary {
  const found = rows.filter((r) => r.found).length;
  const missing = rows.filter((r) => healthState(r) === 'missing').length;
  const absent = rows.length - found - missing;
  const text =
    missing > 0
      ? `${missing} needed not found (${found} of ${rows.length} found)`
      : absent > 0
        ? `${found} of ${rows.length} found; ${absent} optional not on this page`
        : `All ${rows.length} found`;
  return { total: rows.length, found, missing, absent, text };
}
