/**
 * A prefill (./prefill.ts, extracted in the background with the triage) as the texts the
 * checklist's fields start with. Apart from the extractors so the sidebar bundle carries
 * only this.
 */
import type { PrefillKey } from '../policy/primitives';
import type { Prefill, PrefillValue } from './prefill';

/** One proposal per fact, as the text a checklist field starts with. */
export function prefillText(p: Prefill, key: PrefillKey): string {
  const list = (values: PrefillValue[], sep = '; ') => values.map((v) => v.value).join(sep);
  switch (key) {
    case 'requester':
      return [p.requester?.value, p.organisation?.value].filter(Boolean).join(', ');
    case 'organisation':
      return p.organisation?.value ?? '';
    case 'plan':
      return p.plan?.value ?? '';
    case 'ticket':
      return p.ticket?.value ?? '';
    case 'steps':
      return p.steps.map((s, i) => `${i + 1}. ${s.value}`).join('\n');
    case 'tried':
      return p.tried.map((t) => t.value).join('\n');
    case 'errors':
      return list(p.errors, '\n');
    case 'lastUpdate':
      return p.lastUpdate?.value ?? '';
    case 'severity':
      return p.severity?.value ?? '';
    default:
      return list(p[key]);
  }
}

/** Proposed answers for the checklist items that name a prefill fact (only non-empty ones). */
export function prefillAnswers(items: readonly { id: string; prefill?: PrefillKey }[], p: Prefill): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    if (!item.prefill) continue;
    const text = prefillText(p, item.prefill);
    if (text) out[item.id] = text;
  }
  return out;
}
