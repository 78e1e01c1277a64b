import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parseJsonl } from '../../../src/cli/input';
import { agreementOf, factsAgreementOf, formatAgreement, type AuditResult } from '../../../src/cli/report';
import { suggest } from '../../../src/triage';
import { NOW, RULES_ONLY } from './helpers';

const corpusPath = fileURLToPath(new URL('../../fixtures/triage/corpus.jsonl', import.meta.url));

describe('labelled corpus', () => {
  const { rows, problems } = parseJsonl(readFileSync(corpusPath, 'utf8'));
  const results: AuditResult[] = rows.map((row) => ({ row, suggestion: suggest(row.input, defaultPolicy, { now: NOW }) }));
  const agreement = agreementOf(results, 4);

  it('parses cleanly and holds at least 150 labelled tickets across all levels and destinations', () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.label?.severity))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(rows.map((r) => r.label?.destination))).toEqual(new Set(['support', 'l2', 'engineering', 'product', 'security', 'leadership']));
  });

  it('agrees on severity for at least 90% and never suggests a labelled Sev 1 below Sev 2', () => {
    const report = formatAgreement(agreement, 4);
    const exact = agreement.severityExact / agreement.labelled;
    if (exact < 0.9 || agreement.sev1Under > 0) console.log(report);
    expect(agreement.sev1Under, report).toBe(0);
    expect(exact, report).toBeGreaterThanOrEqual(0.9);
  });

  it('the rules alone, without the second reading (trained on this corpus too), still agree on severity for at least 90%', () => {
    const rulesOnlyResults: AuditResult[] = rows.map((row) => ({ row, suggestion: suggest(row.input, RULES_ONLY, { now: NOW }) }));
    const rules = agreementOf(rulesOnlyResults, 4);
    expect(rules.sev1Under, formatAgreement(rules, 4)).toBe(0);
    expect(rules.severityExact / rules.labelled, formatAgreement(rules, 4)).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees on destination for at least 85%', () => {
    const report = formatAgreement(agreement, 4);
    expect(agreement.destinationExact / agreement.destinationLabelled, report).toBeGreaterThanOrEqual(0.85);
  });

  it('the decision table on the read facts gives the engine\'s level for at least 90% (confirming the facts rarely moves the level)', () => {
    const facts = factsAgreementOf(results, defaultPolicy);
    expect(facts.tickets).toBe(rows.length);
    expect(facts.severity / facts.tickets, formatAgreement(agreement, 4, facts)).toBeGreaterThanOrEqual(0.9);
    expect(facts.destination / facts.tickets).toBeGreaterThanOrEqual(0.9);
  });
});
