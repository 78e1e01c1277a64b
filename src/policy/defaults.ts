/**
 * The default team policy, transcribed from shared domain.md (sections 2–6).
 * Plain data: the options page shows it, teams export and edit it.
 */
import type { Policy } from './schema';
import { POLICY_SCHEMA_VERSION } from './schema';
import { defaultTriageSection } from './triage-defaults';

const businessDays = (amount: number) => ({ amount, unit: 'business_days' as const });
const hours = (amount: number) => ({ amount, unit: 'hours' as const });
const minutes = (amount: number) => ({ amount, unit: 'minutes' as const });

const nineToFive = [{ start: '09:00', end: '17:00' }];

export const defaultPolicy: Policy = {
  schemaVersion: POLICY_SCHEMA_VERSION,
  name: 'Default escalation policy',
  scale: 4,
  levels: [
    {
      level: 1,
      name: 'Critical',
      definition:
        'Service outage; data lost, corrupted or at risk; active security incident or possible data exposure; widespread login failure; a customer cannot finish a core business task; several high-value accounts hit.',
      firstResponse: minutes(15),
      acknowledgment: minutes(15),
      checkIn: hours(2),
      customerUpdate: hours(2),
      clock: 'calendar',
    },
    {
      level: 2,
      name: 'High',
      definition:
        'A serious feature problem with no workaround for one customer or a small group; key customer blocked in a limited way; SLA threshold approaching.',
      firstResponse: hours(1),
      acknowledgment: hours(1),
      checkIn: hours(4),
      customerUpdate: hours(4),
      clock: 'business',
    },
    {
      level: 3,
      name: 'Medium',
      definition:
        'A normal bug, confusing behaviour, repeated errors or a setup question; a workaround exists; work slows but continues.',
      firstResponse: { amount: 8, unit: 'business_hours' },
      acknowledgment: { amount: 4, unit: 'business_hours' },
      checkIn: businessDays(1),
      customerUpdate: businessDays(1),
      clock: 'business',
    },
    {
      level: 4,
      name: 'Low',
      definition: 'Minor bug, cosmetic issue, feature request, how-to question.',
      firstResponse: businessDays(1),
      acknowledgment: businessDays(1),
      checkIn: businessDays(2),
      customerUpdate: businessDays(2),
      clock: 'business',
    },
  ],
  destinations: [
    {
      id: 'support',
      name: 'Keep in support',
      receiver: 'Tier 1 support',
      when: 'A documented fix or workaround exists, a configuration error support can correct, coaching rather than a product change.',
      skipsTiers: false,
      checklist: [],
    },
    {
      id: 'l2',
      name: 'Support L2',
      receiver: 'Senior support / specialists',
      when: 'Deeper investigation, product expertise, advanced debugging.',
      skipsTiers: false,
      checklist: [
        { id: 'issue_summary', label: 'Issue summary', kind: 'longtext', required: true },
        { id: 'customer_context', label: 'Customer context', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'engineering',
      name: 'Engineering',
      receiver: 'Owning engineering squad',
      when: 'Confirmed defect, infrastructure fault, code change, system inspection.',
      skipsTiers: false,
      checklist: [
        { id: 'repro_steps', label: 'Reproduction steps (exact actions, literal inputs)', kind: 'longtext', required: true },
        { id: 'environment', label: 'Environment (browser, OS, plan, flags)', kind: 'text', required: true },
        { id: 'error_output', label: 'Logs and exact error output', kind: 'longtext', required: true },
        { id: 'promised_timeline', label: 'Timeline already promised to the customer', kind: 'text', required: true },
      ],
    },
    {
      id: 'product',
      name: 'Product',
      receiver: 'Product management',
      when: 'Capability gap, design decision, workflow mismatch, competing priorities.',
      skipsTiers: false,
      checklist: [
        { id: 'use_case', label: 'Use-case narrative', kind: 'longtext', required: true },
        { id: 'request_frequency', label: 'How often it is requested', kind: 'text', required: true },
        { id: 'competitive_context', label: 'Competitive context', kind: 'text', required: false },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      receiver: 'Security team',
      when: 'Possible data exposure, unauthorized access, vulnerability report, compliance risk. Route immediately from any level.',
      skipsTiers: true,
      checklist: [
        { id: 'observations', label: 'Observations', kind: 'longtext', required: true },
        { id: 'affected_parties', label: 'Affected parties and systems', kind: 'text', required: true },
        { id: 'containment', label: 'Containment already done', kind: 'text', required: true },
      ],
    },
    {
      id: 'leadership',
      name: 'Leadership',
      receiver: 'Support leadership / executives',
      when: 'High-value customer signalling churn, SLA breach on a strategic account, cross-functional decision, policy exception, legal or reputational risk.',
      skipsTiers: false,
      checklist: [
        { id: 'revenue_exposure', label: 'Revenue exposure', kind: 'text', required: true },
        { id: 'decision_needed', label: 'The exact decision needed', kind: 'longtext', required: true },
      ],
    },
  ],
  commonChecklist: [
    { id: 'affected', label: 'Who is affected, which account', kind: 'text', required: true },
    { id: 'scope', label: 'Scope', kind: 'choice', options: ['One user', 'A team', 'An office', 'Many customers'], required: true },
    { id: 'expected_actual', label: 'Expected vs actual', kind: 'longtext', required: true },
    { id: 'started_at', label: 'When it started', kind: 'datetime', required: true },
    { id: 'recent_changes', label: 'Recent changes (SSO, network, config)', kind: 'text', required: false },
    { id: 'business_impact', label: 'Business impact', kind: 'longtext', required: true },
    { id: 'checks_done', label: 'What support checked and tried, with outcomes', kind: 'longtext', required: true },
    { id: 'sentiment', label: "Customer's current sentiment", kind: 'choice', options: ['Calm', 'Concerned', 'Frustrated', 'Angry'], required: false },
    { id: 'commitments', label: 'Commitments already made to the customer', kind: 'text', required: true },
    { id: 'reason', label: 'Specific reason for escalating', kind: 'text', required: true },
    { id: 'ask', label: 'Ask', kind: 'choice', options: ['investigate', 'fix', 'decide', 'approve exception'], required: true },
    { id: 'deadline', label: 'Hard deadline', kind: 'datetime', required: true },
  ],
  businessHours: {
    timeZone: 'America/Chicago',
    week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
    holidays: [],
  },
  stalled: { openMinutes: 240 },
  recurring: { count: 3, windowMinutes: 120 },
  accounts: {
    highValuePlans: ['enterprise', 'premium', 'strategic'],
    highValueTags: ['enterprise', 'vip', 'high-value', 'high_value', 'strategic', 'key-account'],
    highValueOrgs: [],
  },
  triage: defaultTriageSection,
};
