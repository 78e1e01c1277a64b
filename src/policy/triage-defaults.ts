/**
 * Default triage rules, from domain.md sections 2–4. Each rule names the signal that fires
 * it (see src/triage/lexicon.ts for text signals and src/triage/derive.ts for the derived
 * ones), the level it sets and where the ticket goes. Severities are on the 4-level scale;
 * a 3-level team sees Medium and Low both as Low (domain.md's decision tree).
 *
 * How they combine (src/triage/severity.ts, routing.ts):
 * - raise: the most severe applicable raise sets the level; `by` raises relative to it.
 * - lower: caps the level at `severity` (never applied to signals listed in `unless`).
 * - route: the first applicable route rule sets the destination; security skips tiers.
 * - flag: emotion flag only, never the level.
 */
import type { TriageSection } from './triage-section';

// Signals a workaround, a how-to framing or a cosmetic complaint never lowers.
const HARD = ['outage', 'data_loss', 'security', 'security_concern', 'login_widespread'];
const BLOCKING = [...HARD, 'business_blocked', 'business_partial', 'blocked', 'login_team', 'login_failure', 'billing_error'];
const PROBLEM = [...BLOCKING, 'bug', 'performance', 'no_workaround'];

export const defaultTriageSection: TriageSection = {
  rules: [
    // Sev 1: any one is enough.
    { id: 'security', label: 'Possible data exposure or unauthorized access', signal: 'security', effect: 'raise', severity: 1, destination: 'security', trigger: 'widespread', enabled: true },
    { id: 'outage', label: 'Service outage', signal: 'outage', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'widespread', enabled: true },
    { id: 'data-loss', label: 'Data lost, corrupted or at risk', signal: 'data_loss', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'technical', enabled: true },
    { id: 'login-widespread', label: 'Widespread login failure', signal: 'login_widespread', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'widespread', enabled: true },
    { id: 'business-blocked', label: 'Core business task blocked for the whole customer', signal: 'business_blocked', effect: 'raise', severity: 1, destination: 'l2', trigger: 'technical', enabled: true },
    { id: 'several-high-value', label: 'Several high-value accounts hit', signal: 'several_high_value', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'widespread', enabled: true },
    // Sev 2.
    { id: 'security-concern', label: 'Security concern: unexpected reset, suspicious access or vulnerability report', signal: 'security_concern', effect: 'raise', severity: 2, destination: 'security', trigger: 'widespread', enabled: true },
    { id: 'business-partial', label: 'Core business task partly failing, or failing for a group', signal: 'business_partial', effect: 'raise', severity: 2, destination: 'l2', trigger: 'technical', enabled: true },
    { id: 'login-team', label: 'Login failure for several users or SSO', signal: 'login_team', effect: 'raise', severity: 2, destination: 'l2', trigger: 'technical', enabled: true },
    { id: 'blocked', label: 'A feature, module or integration fully blocked, no workaround stated', signal: 'blocked', effect: 'raise', severity: 2, destination: 'l2', trigger: 'technical', enabled: true },
    { id: 'no-workaround', label: 'Problem with no workaround', signal: 'no_workaround', effect: 'raise', severity: 2, destination: 'l2', trigger: 'technical', enabled: true },
    { id: 'deadline', label: 'Problem with a hard deadline close by, no workaround', signal: 'deadline_problem', effect: 'raise', severity: 2, destination: 'l2', trigger: 'business', enabled: true },
    { id: 'key-account', label: 'High-value account blocked', signal: 'key_account', effect: 'raise', severity: 2, destination: 'l2', trigger: 'business', enabled: true },
    { id: 'sla-risk', label: 'SLA threshold approaching', signal: 'sla_risk', effect: 'raise', severity: 2, destination: 'l2', trigger: 'business', enabled: true },
    { id: 'sla-breached', label: 'SLA breached or customer waited too long', signal: 'sla_breached', effect: 'raise', severity: 2, destination: 'l2', trigger: 'business', enabled: true },
    { id: 'billing-error', label: 'Billing error (wrong or duplicate charge)', signal: 'billing_error', effect: 'raise', severity: 2, destination: 'l2', trigger: 'business', enabled: true },
    { id: 'unclassified-wide', label: 'Something affects many users that no rule names (uncertainty default)', signal: 'unclassified_wide', effect: 'raise', severity: 2, destination: 'l2', trigger: 'widespread', enabled: true },
    { id: 'recurring', label: 'Same symptom reported repeatedly (potential incident)', signal: 'recurring', effect: 'raise', severity: 2, destination: 'engineering', trigger: 'recurring', enabled: true },
    // Sev 3.
    { id: 'login-failure', label: 'One user cannot log in (basic checks first)', signal: 'login_failure', effect: 'raise', severity: 3, destination: 'support', enabled: true },
    { id: 'regression', label: 'Regression: broke after a release, or a fixed issue is back', signal: 'regression', effect: 'raise', severity: 3, destination: 'engineering', trigger: 'technical', enabled: true },
    { id: 'billing-exception', label: 'An exception asked that touches billing or has a deadline close by (a decision, Sev 3)', signal: 'billing_exception', effect: 'raise', severity: 3, destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'discrepancy', label: 'Numbers disagree between two places (investigate)', signal: 'discrepancy', effect: 'raise', severity: 3, destination: 'l2', trigger: 'diagnostic', enabled: true },
    { id: 'confusing', label: 'Confusing behaviour (is this expected?)', signal: 'confusing', effect: 'raise', severity: 3, destination: 'support', enabled: true },
    { id: 'performance', label: 'Performance problem (basic checks first)', signal: 'performance', effect: 'raise', severity: 3, destination: 'support', trigger: 'technical', enabled: true },
    { id: 'bug', label: 'Defect or error', signal: 'bug', effect: 'raise', severity: 3, destination: 'support', trigger: 'technical', enabled: true },
    // Relative: several users, an office or many customers → one level up.
    { id: 'widespread', label: 'A whole organisation, an office or several customers affected', signal: 'widespread', effect: 'raise', by: 1, destination: 'l2', trigger: 'widespread', enabled: true },
    // Lowering.
    { id: 'design-friction', label: 'Works as designed but slows their work (for Product)', signal: 'design_friction', effect: 'lower', severity: 3, destination: 'product', unless: [...BLOCKING, 'bug', 'regression', 'confirmed_defect'], decides: true, enabled: true },
    { id: 'workaround', label: 'A workaround exists', signal: 'workaround', effect: 'lower', severity: 3, destination: 'support', unless: ['outage', 'data_loss', 'security', 'security_concern', 'login_widespread', 'business_partial'], onlyLowers: true, decides: true, enabled: true },
    { id: 'workaround-switch', label: 'Another browser or sign-in method restores the task', signal: 'workaround_switch', effect: 'lower', severity: 3, destination: 'support', unless: ['outage', 'data_loss', 'security', 'security_concern'], onlyLowers: true, decides: true, enabled: true },
    { id: 'own-config', label: 'Broke after their own configuration change: support can correct it', signal: 'config_question', effect: 'lower', severity: 3, destination: 'support', unless: ['outage', 'data_loss', 'security', 'security_concern'], decides: true, enabled: true },
    { id: 'one-user', label: 'One user only: basic checks first', signal: 'single_user', effect: 'lower', severity: 3, destination: 'support', unless: [...BLOCKING, 'regression', 'key_account'], enabled: true },
    // Internal-note diagnoses: a documented limit keeps it in support; a design working as
    // intended is Product's; a refuted security or double-charge claim no longer raises.
    { id: 'note-documented-limit', label: 'Internal note: a documented limit, not a defect', signal: 'note_documented_limit', effect: 'lower', severity: 3, destination: 'support', unless: HARD, decides: true, enabled: true },
    { id: 'note-intended', label: 'Internal note: works as intended (a design question for Product)', signal: 'note_intended', effect: 'lower', severity: 3, destination: 'product', unless: HARD, decides: true, enabled: true },
    { id: 'note-not-security', label: 'Internal note: not a security event', signal: 'refuted_security', effect: 'lower', severity: 3, destination: 'support', unless: ['outage', 'data_loss', 'login_widespread', 'business_blocked'], onlyLowers: true, enabled: true },
    { id: 'note-separate-subscriptions', label: 'Internal note: separate subscriptions, not a double charge', signal: 'refuted_billing', effect: 'lower', severity: 3, destination: 'support', unless: BLOCKING, onlyLowers: true, enabled: true },
    { id: 'minor', label: 'Customer says it is minor', signal: 'minor', effect: 'lower', severity: 4, destination: 'support', unless: [...BLOCKING, 'regression'], enabled: true },
    { id: 'resolved-closed', label: 'Working again, nothing asked: close with the customer', signal: 'resolved_closed', effect: 'lower', severity: 4, destination: 'support', unless: ['security', 'security_concern'], enabled: true },
    { id: 'resolved', label: 'Working again (latest message)', signal: 'resolved', effect: 'lower', severity: 3, destination: 'support', unless: ['security', 'security_concern', 'resolved_closed', 'resolved_then_question'], enabled: true },
    { id: 'timed-question', label: 'A question needed before the Low target (a deadline close by)', signal: 'timed_question', effect: 'lower', severity: 3, destination: 'support', unless: BLOCKING, enabled: true },
    { id: 'setup-question', label: 'Setup question', signal: 'setup_question', effect: 'lower', severity: 3, destination: 'support', unless: BLOCKING, enabled: true },
    { id: 'how-to', label: 'How-to question', signal: 'how_to', effect: 'lower', severity: 4, destination: 'support', unless: [...BLOCKING, 'setup_question', 'timed_question', 'confusing', 'regression', 'feature_request'], enabled: true },
    { id: 'feature-request', label: 'Feature request', signal: 'feature_request', effect: 'lower', severity: 4, destination: 'product', unless: [...PROBLEM, 'design_friction'], enabled: true },
    { id: 'cosmetic', label: 'Cosmetic issue', signal: 'cosmetic', effect: 'lower', severity: 4, destination: 'support', unless: [...BLOCKING, 'config_question', 'feature_request', 'setup_question'], enabled: true },
    // Routing (first applicable wins; security skips tiers whatever comes first).
    { id: 'churn', label: 'High-value account signals cancellation or leaving', signal: 'churn_high_value', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'legal', label: 'Legal action or regulator mentioned', signal: 'legal', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'exec', label: 'High-value account escalates to executives or asks for leadership', signal: 'exec_high_value', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'policy-exception', label: 'Asks for a policy exception (credit, refund or discount outside terms, a contractual commitment)', signal: 'policy_exception', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'sla-breach-strategic', label: 'SLA breached on a high-value account', signal: 'sla_breached_high_value', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    // Engineering only on these (domain.md section 4); otherwise a cause still open goes to L2 first.
    { id: 'engineering-cause', label: 'Engineering cause: reproduced, our release or change, our error or logs, several customers, or a dedicated deployment', signal: 'engineering_cause', effect: 'route', destination: 'engineering', trigger: 'technical', from: ['l2', 'support'], enabled: true },
    { id: 'confirmed-defect', label: 'Confirmed or reproducible defect, or regression', signal: 'confirmed_defect', effect: 'route', destination: 'engineering', trigger: 'technical', from: ['l2'], enabled: true },
    { id: 'high-value-problem', label: 'High-value account with a problem (not blocked): business stakes', signal: 'high_value_problem', effect: 'route', destination: 'l2', trigger: 'business', from: ['support'], enabled: true },
    { id: 'checks-pending', label: 'Support asked for basic checks that are not back yet: stays in support', signal: 'checks_pending', effect: 'route', destination: 'support', from: ['l2'], enabled: true },
    { id: 'checks-done', label: 'Basic checks done, cause still open: Support L2', signal: 'checks_done_open', effect: 'route', destination: 'l2', trigger: 'diagnostic', from: ['support'], enabled: true },
    { id: 'waiting', label: 'Customer waited without a meaningful update', signal: 'waiting', effect: 'route', destination: 'l2', trigger: 'stalled', from: ['support'], enabled: true },
    { id: 'stalled', label: 'Open past the stalled threshold', signal: 'stalled', effect: 'route', destination: 'l2', trigger: 'stalled', from: ['support'], enabled: true },
    // The emotion flag sends a ticket to at least Support L2 (never a higher level).
    { id: 'emotion-senior', label: 'Emotion flag: a more senior person handles it', signal: 'emotion', effect: 'route', destination: 'l2', from: ['support'], unless: ['resolved_closed'], enabled: true },
    // Flags.
    { id: 'churn-mention', label: 'Mentions cancelling or leaving', signal: 'churn', effect: 'flag', trigger: 'business', enabled: true },
    { id: 'emotion', label: 'Emotion language (flag only, never the level)', signal: 'emotion', effect: 'flag', enabled: true },
  ],
  phrases: {},
};
