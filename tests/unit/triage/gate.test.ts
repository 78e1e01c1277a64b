import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/triage/compile';
import { firstPrefixes, gateKeys, passes, textKeys } from '../../../src/triage/gate';
import { defaultPolicy } from '../../../src/policy/defaults';
import { lowerSameLength } from '../../../src/triage/text';

describe('gate: what a pattern can start with', () => {
  it('reads literal alternatives, optional groups and optional characters', () => {
    expect(firstPrefixes('\\b(?:doesn\'?t|cannot) work')).toEqual(new Set(['doesn', 'cannot']));
    expect(firstPrefixes('\\b(?:the |our )?site')).toEqual(new Set(['the ', 'our ', 'site']));
    expect(firstPrefixes('\\bfail(?:s|ed)?\\b')).toEqual(new Set(['fail']));
  });
  it('gives up (always scan) on what it cannot read', () => {
    expect(firstPrefixes('[a-z]+ down')).toBeNull();
    expect(gateKeys(['\\b(?:x|\\d+)'])).toBeNull();
    // An alternative it cannot start is gated on a later word it requires.
    expect(gateKeys(['\\b(?:x|\\d+ users)'])).toEqual(new Set(['x', 'use']));
    expect(gateKeys(['\\b(?:a|any|some) (?:service )?credit\\b'])).toEqual(new Set(['cre']));
    expect(gateKeys(['!{2,}'])).toBeNull();
  });
  it('passes a text whose words start like the pattern, skips one that cannot match', () => {
    const gate = gateKeys(['\\b(?:lawyer|attorney)s?\\b']);
    const packed = compile(defaultPolicy).signals.find((s) => s.id === 'legal')?.gate ?? null;
    expect(gate).toEqual(new Set(['law', 'att']));
    expect(passes(packed, textKeys('our attorneys will call'))).toBe(true);
    expect(passes(packed, textKeys('how do i add a user'))).toBe(false);
  });
});

describe('gate is a necessary condition on real text', () => {
  const corpus = fileURLToPath(new URL('../../fixtures/triage/corpus.jsonl', import.meta.url));
  const texts = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      const row = JSON.parse(l) as { subject?: string; messages: { text: string }[] };
      return [row.subject ?? '', ...row.messages.map((m) => m.text)];
    })
    .map(lowerSameLength);
  it('never skips a text the full pattern matches', () => {
    const compiled = compile(defaultPolicy);
    const missed: string[] = [];
    for (const text of texts) {
      const keys = textKeys(text);
      for (const s of compiled.signals) {
        if (s.caseSensitive) continue;
        s.regex.lastIndex = 0;
        if (s.regex.test(text) && !passes(s.gate, keys)) missed.push(`${s.id}: ${text.slice(0, 60)}`);
        s.regex.lastIndex = 0;
      }
    }
    expect(missed).toEqual([]);
  });
});
