/**
 * Recurring pattern: a symptom signature per ticket ("login_failure:sso") and the count of
 * recent tickets with the same one (domain.md: three reports within two hours → incident).
 */
import type { Policy } from '../policy/schema';
import type { Evidence, FiredRule, RecentTicket } from './types';

// The symptom family: the first problem signal present, in this order.
const FAMILIES: [string, string][] = [
  ['security', 'security'],
  ['security_concern', 'security'],
  ['outage', 'outage'],
  ['data_loss', 'data_loss'],
  ['login_widespread', 'login_failure'],
  ['login_team', 'login_failure'],
  ['login_failure', 'login_failure'],
  ['business_blocked', 'business_blocked'],
  ['business_partial', 'business_blocked'],
  ['billing_error', 'billing'],
  ['blocked', 'feature_blocked'],
  ['performance', 'performance'],
  ['bug', 'bug'],
];

// The object: what the symptom is about. First match in the active text wins.
const OBJECTS: [RegExp, string][] = [
  [/\b(?:sso|saml|okta|azure ad|entra|single sign-?on)\b/, 'sso'],
  [/\b(?:2fa|mfa|two-factor|verification code|otp)\b/, '2fa'],
  [/\b(?:password|reset link)\b/, 'password'],
  [/\bcheck ?out\b/, 'checkout'],
  [/\b(?:payments?|card|stripe|payouts?)\b/, 'payments'],
  [/\binvoic\w*\b/, 'invoices'],
  [/\bpayroll|payslips?|pay ?runs?\b/, 'payroll'],
  [/\borders?\b/, 'orders'],
  [/\bexports?|exporting|csv\b/, 'export'],
  [/\bimports?|importing\b/, 'import'],
  [/\bwebhooks?\b/, 'webhooks'],
  [/\b(?:api|endpoint|rate limit)\b/, 'api'],
  [/\b(?:sync|syncing|integration|salesforce|hubspot|quickbooks|xero|shopify|slack)\b/, 'integration'],
  [/\b(?:reports?|analytics|charts?)\b/, 'reports'],
  [/\bdashboards?\b/, 'dashboard'],
  [/\b(?:e-?mails?|notifications?)\b/, 'email'],
  [/\b(?:mobile|ios|android|iphone)\b/, 'mobile'],
  [/\b(?:search|filter)\b/, 'search'],
  [/\b(?:upload|attachments?|files?)\b/, 'files'],
  [/\b(?:log ?in|sign ?in)\b/, 'login'],
];

/**
 * Family from the first problem signal; object from the words around its evidence (and the
 * subject), so "SSO fails" in one ticket and "SSO login broken" in another share a key.
 */
export function symptomOf(signals: Map<string, Evidence[]>, near: (ev: Evidence) => string, subject: string): string | null {
  const hit = FAMILIES.find(([signal]) => signals.has(signal));
  if (!hit) return null;
  const evidence = signals.get(hit[0]) ?? [];
  const text = `${subject}\n${evidence.map(near).join('\n')}`.toLowerCase();
  const object = OBJECTS.find(([re]) => re.test(text))?.[1] ?? 'general';
  return `${hit[1]}:${object}`;
}

/** Other recent tickets with the same symptom inside the window (this one excluded). */
export function recurringMatches(
  symptom: string | null,
  history: RecentTicket[] | undefined,
  policy: Policy,
  now: number,
  selfKey: string | undefined,
): FiredRule['related'] {
  if (!symptom || !Array.isArray(history) || history.length === 0) return [];
  const windowMs = policy.recurring.windowMinutes * 60_000;
  const seen = new Set<string>();
  const related: NonNullable<FiredRule['related']> = [];
  for (const t of history) {
    if (!t || t.symptom !== symptom || t.key === selfKey || seen.has(t.key)) continue;
    if (!Number.isFinite(t.seenAt) || t.seenAt > now || now - t.seenAt > windowMs) continue;
    seen.add(t.key);
    related.push({ key: t.key, ticketId: t.ticketId, subject: t.subject });
  }
  return related;
}
