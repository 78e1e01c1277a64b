import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/schema';
import { suggest } from '../../../src/triage';
import { rulesOnly } from '../../../src/triage/second-reading';
import type { Suggestion, TriageContext, TriageInput } from '../../../src/triage/types';

export const NOW = Date.parse('2026-11-23T12:00:00Z');

/** The default policy with the second reading off: what the rules alone decide. */
export const RULES_ONLY = rulesOnly(defaultPolicy);

export function customer(text: string, extra: Partial<TriageInput> = {}): TriageInput {
  return { messages: [{ author: 'customer', text }], ...extra };
}

export function run(input: TriageInput, policy: Policy = defaultPolicy, ctx: Partial<TriageContext> = {}): Suggestion {
  return suggest(input, policy, { now: NOW, ...ctx });
}

export const ruleIds = (s: Suggestion) => s.rules.map((r) => r.id);

/** A deep copy of the default policy to edit in a test. */
export function policyWith(edit: (p: Policy) => void): Policy {
  const p = structuredClone(defaultPolicy);
  edit(p);
  return p;
}

/** A thread from [author, text] pairs. */
export const thread = (...messages: [TriageInput['messages'][number]['author'], string][]): TriageInput => ({ messages: messages.map(([author, text]) => ({ author, text })) });

/** Expect this level and destination (the summary says why when it fails). */
export function expectRoute(text: string | TriageInput, severity: number, destination: string): Suggestion {
  const s = run(typeof text === 'string' ? customer(text) : text);
  expect({ severity: s.severity, destination: s.destination }, s.summary).toEqual({ severity, destination });
  return s;
}

/** Every readable fixture ticket: the corpus, the holdouts and the dev sets (never `unread/`). */
export function readableTickets(): TriageInput[] {
  const dir = fileURLToPath(new URL('../../fixtures/triage/', import.meta.url));
  const files = ['corpus.jsonl', ...readdirSync(dir).filter((f) => /^holdout.*\.jsonl$/.test(f)), ...readdirSync(`${dir}dev`).map((f) => `dev/${f}`)];
  return files.flatMap((f) =>
    readFileSync(`${dir}${f}`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as TriageInput),
  );
}
