import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/triage';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parsePolicy } from '../../../src/policy/parse';
import type { TriageInput } from '../../../src/triage/types';

const ctx = { now: Date.parse('2026-11-23T12:00:00Z') };
const one = (text: string, extra: Partial<TriageInput> = {}): TriageInput => ({ messages: [{ author: 'customer', text }], ...extra });

describe('suggest: basics', () => {
  it('default policy (with its triage rules) is valid', () => {
    const parsed = parsePolicy(defaultPolicy);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('a calm note that orders stopped is Critical, engineering', () => {
    const s = suggest(one('Orders stopped coming through since 9am.'), defaultPolicy, ctx);
    expect(s.severity).toBe(1);
    expect(s.destination).toBe('engineering');
  });

  it('the worked example: nobody in the Chicago office can log in', () => {
    const s = suggest(one('Nobody in our Chicago office can log in since this morning. Other offices are fine.'), defaultPolicy, ctx);
    expect(s.severity).toBe(1);
    expect(s.destination).toBe('engineering');
  });
});
