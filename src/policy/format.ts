/** Words for policy values, shared by the pages and the note. */
import type { Duration } from './primitives';

const UNIT_WORDS: Record<Duration['unit'], [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  business_hours: ['business hour', 'business hours'],
  business_days: ['business day', 'business days'],
};

export function formatDuration(duration: Duration | null): string {
  if (!duration) return "team's choice";
  const [one, many] = UNIT_WORDS[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? one : many}`;
}
