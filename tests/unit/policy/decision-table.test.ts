/**
 * The decision table as policy data (v4): validated with zod, where a row that can never be
 * reached, a row that contradicts an earlier one, facts that reach no row, an empty condition
 * or an unknown value is an error that names the row, never a silent default.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { allFactCombinations, DecisionTable, tableProblems } from '../../../src/policy/decision-table';
import { parsePolicy } from '../../../src/policy/parse';
import { Policy } from '../../../src/policy/schema';

const errorsOf = (table: unknown): string[] => {
  const r = DecisionTable.safeParse(table);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const last = { id: 'rest', label: 'Everything else', when: {}, level: 4, destination: 'support' };

describe('decision table validation', () => {
  it('the default table is valid, and reaches every row', () => {
    expect(DecisionTable.safeParse(defaultPolicy.decisionTable).success).toBe(true);
    expect(tableProblems(defaultPolicy.decisionTable.rows)).toEqual([]);
  });

  it('enumerates every combination of facts, "not stated" included', () => {
    const all = allFactCombinations();
    expect(all).toHaveLength(6 * 5 * 5 * 4 * 7);
    expect(new Set(all.map((f) => JSON.stringify(f))).size).toBe(all.length);
  });

  it('a row after an earlier one that decides every case it names is unreachable', () => {
    const errors = errorsOf({ rows: [{ id: 'data', label: 'Data', when: { touches: ['data'] }, level: 1, destination: 'engineering' }, { id: 'data-office', label: 'Data, office', when: { touches: ['data'], who: ['customer'] }, level: 1, destination: 'engineering' }, last] });
    expect(errors).toEqual(['rows.1: row "data-office" is unreachable: row 0 ("data") already decide every case it names']);
  });

  it('the same row with another level is a contradiction, named as such', () => {
    const errors = errorsOf({ rows: [{ id: 'a', label: 'A', when: { kind: ['feature'] }, level: 4, destination: 'product' }, { id: 'b', label: 'B', when: { kind: ['feature'] }, level: 3, destination: 'product' }, last] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^rows\.1: row "b" contradicts row 0 \("a"\)/);
  });

  it('a row hidden by several earlier rows together is never reached (here: a contradiction with both)', () => {
    const errors = errorsOf({ rows: [{ id: 'none', label: 'x', when: { workaround: ['none'] }, level: 2, destination: 'l2' }, { id: 'other', label: 'y', when: { workaround: ['partial', 'restores', 'unstated'] }, level: 3, destination: 'support' }, last] });
    expect(errors).toEqual([expect.stringMatching(/^rows\.2: row "rest" contradicts row 0 \("none"\), 1 \("other"\)/)]);
  });

  it('facts that reach no row are an error, with an example', () => {
    const errors = errorsOf({ rows: [{ id: 'only', label: 'Only features', when: { kind: ['feature'] }, level: 4, destination: 'product' }] });
    expect(errors).toEqual([expect.stringMatching(/^rows: 3500 combinations of facts reach no row \(e\.g\. kind=broken, stopped=fully, .*\): end the table with a row without conditions$/)]);
  });

  it('an empty condition, an unknown value, a level off the scale, a duplicate id', () => {
    expect(errorsOf({ rows: [{ ...last, when: { kind: [] } }] })).toContain('rows.0.when.kind: an empty list never matches: leave the fact out to match any value');
    expect(errorsOf({ rows: [{ ...last, when: { stopped: ['mostly'] } }] }).join('\n')).toMatch(/rows\.0\.when\.stopped\.0: /);
    expect(errorsOf({ rows: [{ ...last, level: 5 }] }).join('\n')).toMatch(/rows\.0\.level/);
    expect(errorsOf({ rows: [{ ...last, id: 'x', when: { kind: ['feature'] } }, { ...last, id: 'x' }] })).toContain('rows.1.id: "x" is also row 0: each row needs its own id');
  });

  it('a row that routes to a destination the policy does not have is refused at the policy level', () => {
    const policy = structuredClone(defaultPolicy);
    policy.destinations = policy.destinations.filter((d) => d.id !== 'product');
    policy.handoff.guard.routes = policy.handoff.guard.routes.filter((r) => r.destination !== 'product');
    const result = Policy.safeParse(policy);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const feature = defaultPolicy.decisionTable.rows.findIndex((r) => r.id === 'feature');
    expect(messages).toContain(`decisionTable.rows.${feature}.destination: "product" is not one of this policy's destinations (support, l2, engineering, security, leadership)`);
  });

  it('an imported policy with a broken table is refused with the row named, not replaced by the default table', () => {
    const policy = structuredClone(defaultPolicy) as unknown as { decisionTable: { rows: unknown[] } };
    policy.decisionTable.rows.pop(); // the catch-all
    const parsed = parsePolicy(policy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/^decisionTable\.rows: \d+ combinations of facts reach no row/m);
  });
});
