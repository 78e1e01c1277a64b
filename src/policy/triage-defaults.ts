/**
 * Default triage rules, from domain.md sections 2 and 3. Each rule names the signal that
 * fires it (see src/triage/signals), the level it sets and where the ticket goes.
 */
import type { TriageSection } from './triage-section';

export const defaultTriageSection: TriageSection = {
  rules: [
    { id: 'outage', label: 'Service outage', signal: 'outage', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'widespread', enabled: true },
    { id: 'data-loss', label: 'Data lost, corrupted or at risk', signal: 'data_loss', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'technical', enabled: true },
    { id: 'security', label: 'Possible security incident or data exposure', signal: 'security', effect: 'raise', severity: 1, destination: 'security', trigger: 'widespread', enabled: true },
    { id: 'login-failure', label: 'Login failure', signal: 'login_failure', effect: 'raise', severity: 2, destination: 'engineering', trigger: 'technical', enabled: true },
    { id: 'business-blocked', label: 'Core business task blocked', signal: 'business_blocked', effect: 'raise', severity: 1, destination: 'engineering', trigger: 'technical', enabled: true },
    { id: 'churn', label: 'Cancellation, legal action or executive escalation', signal: 'churn', effect: 'route', destination: 'leadership', trigger: 'business', enabled: true },
    { id: 'workaround', label: 'A workaround exists', signal: 'workaround', effect: 'lower', severity: 3, enabled: true },
    { id: 'how-to', label: 'How-to question', signal: 'how_to', effect: 'lower', severity: 4, destination: 'support', enabled: true },
    { id: 'cosmetic', label: 'Cosmetic issue', signal: 'cosmetic', effect: 'lower', severity: 4, destination: 'support', enabled: true },
    { id: 'feature-request', label: 'Feature request', signal: 'feature_request', effect: 'lower', severity: 4, destination: 'product', enabled: true },
    { id: 'emotion', label: 'Emotion language (flag only, never the level)', signal: 'emotion', effect: 'flag', enabled: true },
  ],
  phrases: {},
};
