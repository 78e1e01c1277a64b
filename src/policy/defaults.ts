/**
 * The default team policy, transcribed from shared domain.md (sections 2–6).
 * Plain data: the options page shows it, teams export and edit it.
 */
import type { Policy } from './schema';
import { POLICY_SCHEMA_VERSION } from './schema';
import { defaultTriageSection } from './triage-defaults';
import { defaultDecisionTable } from './decision-table-defaults';

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
      ask: 'investigate',
      checklist: [
        { id: 'issue_summary', label: 'Issue summary', kind: 'longtext', required: true, why: 'L2 starts from one paragraph instead of reading the whole thread.' },
        { id: 'customer_context', label: 'Customer context (account, plan, history)', kind: 'longtext', required: true, why: 'Who the customer is and what happened before changes how deep L2 digs.', prefill: 'plan' },
      ],
    },
    {
      id: 'engineering',
      name: 'Engineering',
      receiver: 'Owning engineering squad',
      when: 'Confirmed defect, infrastructure fault, code change, system inspection.',
      skipsTiers: false,
      ask: 'fix',
      checklist: [
        { id: 'steps', label: 'Full reproduction steps (exact actions, literal inputs)', kind: 'longtext', required: true, why: 'Engineers fix what they can reproduce; without steps they ask the customer again.', prefill: 'steps' },
        { id: 'environment', label: 'Environment (browser + version, OS, app version, plan, integrations, flags)', kind: 'text', required: true, why: 'Many defects appear only in one browser, version, plan or integration.', prefill: 'environment' },
        { id: 'error_text', label: 'Logs and exact error output', kind: 'longtext', required: true, why: 'The literal message, code or request id leads straight to the failing code.', prefill: 'errors' },
        { id: 'frequency', label: 'Frequency', kind: 'choice', options: ['Always', 'Intermittent', 'Once'], required: false, why: 'An intermittent fault needs a different investigation than one that always happens.' },
        { id: 'commitments', label: 'Timeline already promised to the customer', kind: 'text', required: true, why: 'Engineering plans around what support has already promised.', prefill: 'commitments' },
      ],
    },
    {
      id: 'product',
      name: 'Product',
      receiver: 'Product management',
      when: 'Capability gap, design decision, workflow mismatch, competing priorities.',
      skipsTiers: false,
      ask: 'decide',
      checklist: [
        { id: 'use_case', label: 'Use-case narrative', kind: 'longtext', required: true, why: 'Product decides on the job the customer is trying to do, not on the feature they name.' },
        { id: 'request_frequency', label: 'How often it is requested', kind: 'text', required: true, why: 'Demand across customers sets the priority against other work.' },
        { id: 'competitive_context', label: 'Competitive context', kind: 'text', required: false, why: 'A competitor that already does it changes the urgency.' },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      receiver: 'Security team',
      when: 'Possible data exposure, unauthorized access, vulnerability report, compliance risk. Route immediately from any level.',
      skipsTiers: true,
      ask: 'investigate',
      checklist: [
        { id: 'observations', label: 'Observations (what was seen, where, when)', kind: 'longtext', required: true, why: 'Security needs the raw observations to judge whether this is an incident.' },
        { id: 'affected_parties', label: 'Affected parties and systems', kind: 'text', required: true, why: 'Which accounts, users and systems may be exposed sets the containment scope.' },
        { id: 'containment', label: 'Containment already done', kind: 'text', required: true, why: 'Security must know what was already locked, reset or revoked before acting.' },
        { id: 'urgency', label: 'Urgency (ongoing? what is exposed right now?)', kind: 'text', required: true, why: 'An exposure still in progress is handled before anything else.' },
      ],
    },
    {
      id: 'leadership',
      name: 'Leadership',
      receiver: 'Support leadership / executives',
      when: 'High-value customer signalling churn, SLA breach on a strategic account, cross-functional decision, policy exception, legal or reputational risk.',
      skipsTiers: false,
      ask: 'decide',
      checklist: [
        { id: 'business_context', label: 'Full business context (account, contract, relationship)', kind: 'longtext', required: true, why: 'Leadership decides on the whole relationship, not on one ticket.', prefill: 'plan' },
        { id: 'revenue_exposure', label: 'Revenue exposure', kind: 'text', required: true, why: 'What is at stake in money sets how far an exception can go.' },
        { id: 'decision_needed', label: 'The exact decision needed', kind: 'longtext', required: true, why: 'Leadership answers a precise question fast; an open one waits.' },
      ],
    },
  ],
  commonChecklist: [
    { id: 'affected', label: 'Who is affected, which account', kind: 'text', required: true, why: 'The receiver must know whose problem it is before looking at anything.', prefill: 'requester' },
    { id: 'scope', label: 'Scope (one user, a team, an office, many customers)', kind: 'text', required: true, why: 'How wide it is decides how fast the receiver must act.', prefill: 'scope' },
    { id: 'steps', label: 'Steps to reproduce', kind: 'longtext', required: false, tierOnly: true, why: 'The receiver can see the problem themselves instead of asking the customer again.', prefill: 'steps' },
    { id: 'expected_actual', label: 'Expected vs actual', kind: 'longtext', required: true, tierOnly: true, why: 'Says what “broken” means here, so the receiver checks the right thing.' },
    { id: 'started_at', label: 'When it started (start time, timestamps)', kind: 'text', required: true, why: 'The start time lines the problem up with releases, changes and logs.', prefill: 'started' },
    { id: 'error_text', label: 'Exact error text, screenshots', kind: 'longtext', required: false, why: 'The literal error points at the cause; a paraphrase does not.', prefill: 'errors' },
    { id: 'recent_changes', label: 'Recent changes (SSO, network, config)', kind: 'text', required: false, why: 'Most sudden failures follow a change on one side or the other.' },
    { id: 'business_impact', label: 'Business impact', kind: 'longtext', required: true, why: 'Impact in numbers, not adjectives, lets the receiver weigh it against other work.' },
    { id: 'checks_done', label: 'What support checked and tried, with outcomes', kind: 'longtext', required: true, tierOnly: true, why: 'The receiver does not repeat checks or ask the customer to try them again.', prefill: 'tried' },
    { id: 'workaround', label: 'Workaround tried', kind: 'text', required: false, tierOnly: true, why: 'Whether a workaround holds decides how urgent the fix is.' },
    { id: 'sentiment', label: "Customer's current sentiment", kind: 'choice', options: ['Calm', 'Concerned', 'Frustrated', 'Angry'], required: false, why: 'An upset customer needs careful wording from whoever answers next.' },
    { id: 'commitments', label: 'Commitments already made to the customer', kind: 'text', required: true, why: 'A promise like “answer by end of day” is the receiver’s deadline too.', prefill: 'commitments' },
    { id: 'sla_position', label: 'SLA position', kind: 'choice', options: ['Compliant', 'At risk', 'Breached'], required: false, why: 'An SLA at risk or breached changes the priority and who must hear of it.' },
    { id: 'reason', label: 'Specific reason for escalating', kind: 'text', required: true, why: 'Says why support cannot finish it, so the receiver knows what is expected of them.' },
    { id: 'ask', label: 'Ask', kind: 'choice', options: ['investigate', 'fix', 'decide', 'approve exception'], required: true, why: 'Investigate, fix, decide or approve an exception: the receiver knows when they are done.' },
    { id: 'owner', label: 'Owner (the named person receiving it)', kind: 'text', required: true, why: 'One named person owns the case until they accept it; “the team” cannot be chased.' },
    { id: 'owner_role', label: "Owner's role (told to the customer)", kind: 'text', required: false, why: 'The customer is introduced to the new owner by name and role.' },
    { id: 'deadline', label: 'Hard deadline', kind: 'datetime', required: true, why: 'Without a deadline an escalation waits; with one, everyone knows when to chase.' },
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
  decisionTable: defaultDecisionTable,
  handoff: {
    deadlineFrom: 'acknowledgment',
    guard: defaultGuard(),
    customerMessages: defaultCustomerMessages(),
  },
};

/** Domain.md section 8, as templates. */
export function defaultCustomerMessages(): Policy['handoff']['customerMessages'] {
  const signOff = 'Best regards,\n{agent_name}';
  return {
    acknowledgment: [
      'Hi {customer_name},',
      'Thank you for letting us know about this: {issue}',
      '{impact}',
      'I have passed it to our {team} team, who will respond within {response_time}. Your case reference is {case_ref}; please keep it in any reply.',
      'I am monitoring the case and will update you at least every {update_interval}, even when there is nothing new.',
      signOff,
    ].join('\n\n'),
    progress: [
      'Hi {customer_name},',
      'An update on case {case_ref}.',
      'Progress so far: {progress}',
      'Where it stands now: {next_step}',
      'Next update: {next_update}',
      'If you have any questions in the meantime, just reply to this message.',
      signOff,
    ].join('\n\n'),
    handoff: [
      'Hi {customer_name},',
      'I would like to introduce {owner_name}, {owner_role}, who is now looking after case {case_ref}.',
      '{owner_expertise}',
      'I have briefed {owner_name} on everything so far, so you will not need to repeat any details.',
      'You can expect to hear from them within {response_time}.',
      '{owner_contact}',
      signOff,
    ].join('\n\n'),
    resolution: [
      'Hi {customer_name},',
      'Good news on case {case_ref}: {fixed}',
      'What we did: {done}',
      'To keep it from happening again: {prevention}',
      'Could you confirm that everything works as expected on your side? If anything still looks wrong, just reply and we will pick it up straight away.',
      signOff,
    ].join('\n\n'),
  };
}

/** What counts as escalating through the helpdesk's own controls: names that match the destinations above. */
export function defaultGuard(): Policy['handoff']['guard'] {
  return {
    routes: [
      { destination: 'l2', names: ['Support L2', 'L2', 'L2 support', 'Tier 2', 'Tier 2 support', 'Tier II', 'Level 2', 'Level 2 support', 'Second line', '2nd line', 'Senior support', 'Specialists'], tags: ['l2', 'tier2', 'tier_2', 'escalated_l2'] },
      { destination: 'engineering', names: ['Engineering', 'Engineers', 'Development', 'Developers', 'Dev', 'Dev team', 'R&D', 'Tier 3', 'Level 3'], tags: ['escalated_engineering', 'engineering_escalation', 'tier3', 'tier_3'] },
      { destination: 'product', names: ['Product', 'Product management', 'Product team', 'Product managers'], tags: ['escalated_product', 'feature_request_escalated'] },
      { destination: 'security', names: ['Security', 'Security team', 'InfoSec', 'Trust & Safety', 'Trust and Safety'], tags: ['escalated_security', 'security_incident'] },
      { destination: 'leadership', names: ['Leadership', 'Support leadership', 'Management', 'Executives', 'Support manager', 'Support managers'], tags: ['escalated_leadership', 'exec_escalation'] },
    ],
    priorities: ['Urgent', 'High', 'Emergency', 'Critical', 'P1', 'P2'],
    statuses: ['escalated'],
    tags: ['escalated', 'escalation'],
  };
}
