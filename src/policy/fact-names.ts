/**
 * The five impact facts (issue 11): their ids, values and the words the sidebar and the note
 * use. Zod-free, like names.ts: the policy schema, the engine and the sidebar share it.
 */

export const FACT_IDS = ['kind', 'stopped', 'who', 'workaround', 'touches'] as const;
export type FactId = (typeof FACT_IDS)[number];

export const FACT_VALUES = {
  kind: ['broken', 'setup', 'how_to', 'feature', 'cosmetic'],
  stopped: ['fully', 'partly', 'slowed', 'no'],
  who: ['one_user', 'group', 'customer', 'several_customers'],
  workaround: ['none', 'partial', 'restores'],
  touches: ['data', 'security', 'billing', 'sign_in', 'core_task', 'none'],
} as const;

export type FactValue<F extends FactId = FactId> = (typeof FACT_VALUES)[F][number];
/** One value per fact; null: the ticket does not say. */
export type FactValues = { [F in FactId]: FactValue<F> | null };

/** In a decision-table condition: the fact was not stated (null). */
export const UNSTATED = 'unstated';

/** One decision-table row, as the policy holds it (./decision-table.ts validates it). */
export interface TableRow {
  id: string;
  label: string;
  /** Fact → the values it may have for this row (UNSTATED: not stated); a fact left out matches any value. */
  when: Partial<Record<FactId, readonly string[]>>;
  /** On the 4-level scale; a 3-level team reads Medium and Low as Low. */
  level: 1 | 2 | 3 | 4;
  destination: 'support' | 'l2' | 'engineering' | 'product' | 'security' | 'leadership';
}

export function rowMatches(row: TableRow, facts: FactValues): boolean {
  for (const fact of FACT_IDS) {
    const allowed = row.when[fact];
    if (allowed && !allowed.includes(facts[fact] ?? UNSTATED)) return false;
  }
  return true;
}

export const FACT_LABELS: Record<FactId, string> = {
  kind: 'What kind of ticket',
  stopped: 'How much of the work is stopped',
  who: 'Who is affected',
  workaround: 'A workaround',
  touches: 'What it touches',
};

export const VALUE_LABELS: { [F in FactId]: Record<FactValue<F>, string> } = {
  kind: { broken: 'Something broken', setup: 'A setup question', how_to: 'A how-to', feature: 'A feature request', cosmetic: 'Cosmetic' },
  stopped: { fully: 'Fully', partly: 'Partly', slowed: 'Slowed', no: 'Not at all' },
  who: { one_user: 'One user', group: 'A group inside one customer', customer: 'The whole customer or an office', several_customers: 'Several customers' },
  workaround: { none: 'None', partial: 'Partial', restores: 'Restores the task' },
  touches: { data: 'Data lost or corrupted', security: 'Exposure or security', billing: 'Billing or payments', sign_in: 'Sign-in', core_task: 'Orders, checkout, invoicing or payroll', none: 'None of these' },
};

export function valueLabel(fact: FactId, value: string | null): string {
  if (value === null) return 'not stated';
  return (VALUE_LABELS[fact] as Record<string, string>)[value] ?? value;
}
