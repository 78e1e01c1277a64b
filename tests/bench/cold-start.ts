/**
 * One fresh process: the triage of the first 20 corpus tickets, as a background worker that
 * has just started does them (nothing compiled yet). Prints JSON: the load time, the first
 * ticket and the next 19 together. run.ts runs it a few times and reports medians.
 *
 *   node --import tsx tests/bench/cold-start.ts
 */
import { readFileSync } from 'node:fs';
import type { TriageInput } from '../../src/triage/types';

const rows = readFileSync(new URL('../fixtures/triage/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 20)
  .map((line) => JSON.parse(line) as TriageInput);

const started = performance.now();
const { defaultPolicy } = await import('../../src/policy/defaults');
const { suggest } = await import('../../src/triage');
const loaded = performance.now();
const times = rows.map((row) => {
  const t = performance.now();
  suggest(row, defaultPolicy, { now: Date.parse('2026-11-23T12:00:00Z') });
  return performance.now() - t;
});
const [first = 0, ...next] = times;
console.log(JSON.stringify({ load: loaded - started, first, next: next.reduce((a, b) => a + b, 0) }));
