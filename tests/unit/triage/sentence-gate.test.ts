import { describe, expect, it } from 'vitest';
import { V8_OPTIMISE_LIMIT, compile, topLevelBranches, type Compiled, type CompiledSignal } from '../../../src/triage/compile';
import { isSentenceLocal, packKey, requiredGroups, sentenceKeys, wordStarts } from '../../../src/triage/gate';
import { Matcher, collectCandidates } from '../../../src/triage/matcher';
import { prepareTexts } from '../../../src/triage/signals';
import type { PreparedText } from '../../../src/triage/text';
import { readableTickets } from './helpers';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/schema';

describe('sentence gate: what a branch can match', () => {
  it('calls a branch local only when no match can cross a sentence end', () => {
    expect(isSentenceLocal("\\b(?:data|records?) (?:is |are )?(?:gone|lost)\\b")).toBe(true);
    expect(isSentenceLocal('\\bfoo\\b[^\\s.!?]*(?: +[^\\s.!?]+){0,8}? +\\bbar')).toBe(true);
    expect(isSentenceLocal('\\bfoo[^.!?\\n]{0,60}?bar\\b(?! (?:settings|tab))')).toBe(true);
    // A sentence end is a mark before a space: ".com" and "$0.00" are not one, a final "." ends the match.
    expect(isSentenceLocal('\\b[a-z0-9-]+\\.(?:com|io) is down')).toBe(true);
    expect(isSentenceLocal('\\bshows? \\$0(?:\\.00)?\\b')).toBe(true);
    expect(isSentenceLocal('\\binstead[.!,]')).toBe(true);
    expect(isSentenceLocal('\\bzero(?![\\d.,%])')).toBe(true);
    // These can run over a sentence end, look behind one, or anchor on the text.
    expect(isSentenceLocal('\\bremoved\\b[^.!?\\n]{0,80}?\\.\\s+today')).toBe(false);
    expect(isSentenceLocal('\\bsaved\\W? but')).toBe(false);
    expect(isSentenceLocal('\\bfoo\\s+bar')).toBe(false);
    expect(isSentenceLocal('\\bfoo.bar')).toBe(false);
    expect(isSentenceLocal('^intended\\b')).toBe(false);
    expect(isSentenceLocal('\\badd\\b(?<=(?:^|[.!?\\n]) {0,3}add)')).toBe(false);
    expect(isSentenceLocal('\\bfoo[^a-z]bar')).toBe(false);
    expect(isSentenceLocal('\\bfoo(?<name>x)')).toBe(false);
  });
  it('reads the words a branch needs, each from its rarest word', () => {
    expect(requiredGroups('\\b(?:for now|in the meantime),? (?:we|i) (?:can|could) still\\b')).toEqual([new Set(['for', 'mea']), new Set(['we', 'i']), new Set(['can', 'cou']), new Set(['sti'])]);
    // After an optional word-gap the next word still starts a word; mid-word starts give no group.
    expect(requiredGroups("\\bcan'?t (?:(?:(?!(?:no|not)\\b)[\\w'-]+ )){0,2}(?:log ?in|sign ?in)\\b")).toEqual([new Set(['can']), new Set(['log', 'sig'])]);
    expect(requiredGroups('churn(?:ing)?\\b')).toEqual([]);
  });
});

// Every readable fixture text (never the unread set), plus edge cases around sentence ends.
const texts: PreparedText[] = readableTickets().flatMap((t) => prepareTexts(t));
const edges = [
  'Our site acme.com is down. Nobody can log in!\nThe invoices are gone.Data lost',
  'Revenue shows $0.00 for everything. it is zero. ok? instead. We tried e.g. Chrome.\n\nAll the orders are gone',
  'no data was lost. the numbers are wrong!! WHY IS THIS HAPPENING NOW',
];
texts.push(...edges.map((text) => prepareTexts({ messages: [{ author: 'customer', text }] })[0] as PreparedText));

function expected(signal: CompiledSignal, subject: string): [number, string][] {
  const out: [number, string][] = [];
  signal.regex.lastIndex = 0;
  for (let m = signal.regex.exec(subject); m; m = signal.regex.exec(subject)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) signal.regex.lastIndex++;
  }
  return out;
}

function found(compiled: Compiled, signal: CompiledSignal, text: PreparedText, subject: string): [number, string][] {
  const keys = sentenceKeys(text.lower, text.sentences);
  const wanted = Uint8Array.from(compiled.signals, (s) => (s === signal ? 1 : 0));
  const matcher = new Matcher(signal, subject, keys, collectCandidates(compiled, keys, wanted), compiled.signals.indexOf(signal));
  const out: [number, string][] = [];
  let from = 0;
  for (let m = matcher.next(0); m; m = matcher.next(from)) {
    out.push([m.index, m.text]);
    from = m.text.length === 0 ? m.index + 1 : m.index + m.text.length;
  }
  return out;
}

describe('sentence gate is exact on real text', () => {
  const team = structuredClone(defaultPolicy) as Policy;
  (team.triage as { phrases?: Record<string, string[]> }).phrases = { data_loss: ['gone missing', 'e.g. lost'], outage: ['hard down'], security: Array.from({ length: 600 }, (_, i) => `leaked report number ${i}`) };
  for (const [name, policy] of [['default', defaultPolicy], ['team phrases', team]] as const) {
    it(`finds exactly the matches of the full regex, every signal, every text (${name} policy)`, () => {
      const compiled = compile(policy);
      const wrong: string[] = [];
      for (const text of texts) {
        for (const s of compiled.signals) {
          const subject = s.caseSensitive ? text.norm : text.lower;
          const want = expected(s, subject);
          const got = found(compiled, s, text, subject);
          if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${s.id}: ${JSON.stringify(got).slice(0, 80)} ≠ ${JSON.stringify(want).slice(0, 80)} in ${subject.slice(0, 60)}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});

describe('word starts', () => {
  it('lists every word start of a long text, past the first thousand', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ');
    const words = wordStarts(sentenceKeys(text, [0]));
    expect(words?.count).toBe(5_000);
    expect(words?.at[4_999]).toBe(text.lastIndexOf('w4999'));
    expect(words?.key[4_999]).toBe(packKey('w49'));
  });
});

describe('sentence gate: repeated characters', () => {
  it('ends a word at a repeated character', () => {
    // "fulfil+ed" matches "fulfilled": the word read is "fulfil", whose key is "ful".
    expect(requiredGroups('\\bfulfil+ed orders\\b')).toEqual([new Set(['ful']), new Set(['ord'])]);
    expect(requiredGroups('\\bza+p\\b')).toEqual([new Set(['za'])]);
  });
});

describe('the scan runs no chunk past V8\'s optimising limit', () => {
  // V8 stops optimising a regex whose source passes about 20 KB; security's local part at
  // 22.7 KB ran 50x slower (4.3 ms on the 2 KB benchmark ticket). Every part runs in chunks;
  // only a tie between two parts at one position runs the full regex once.
  it('puts every branch in one part, each part\'s chunks in branch order and under the limit (a team with 600 phrases too)', () => {
    const team = structuredClone(defaultPolicy) as Policy;
    (team.triage as { phrases?: Record<string, string[]> }).phrases = { security: Array.from({ length: 600 }, (_, i) => `leaked report number ${i}`) };
    for (const policy of [defaultPolicy, team]) {
      let chunked = 0;
      for (const s of compile(policy).signals) {
        let branches = 0;
        for (const part of [s.local, s.rest]) {
          if (!part) continue;
          let next = 0;
          for (const chunk of part.chunks) {
            expect(chunk.first).toBe(next);
            next += chunk.count;
            expect(chunk.regex.source.length).toBeLessThan(V8_OPTIMISE_LIMIT);
          }
          expect(next).toBe(part.plan[0]);
          branches += next;
        }
        if (s.anchored) {
          const { groups, plan } = s.anchored;
          branches += plan[0] as number;
          const grouped = new Set(groups.flatMap((g) => [...g.members]));
          expect(grouped.size).toBe(plan[0]);
          for (const g of groups) {
            expect([...g.members]).toEqual([...g.members].sort((x, y) => x - y));
            for (const source of g.sources) expect(source.length).toBeLessThan(V8_OPTIMISE_LIMIT);
            if (g.sources.length > 1) chunked++;
          }
        }
        // The three parts hold the signal's branches, each once.
        expect(branches).toBe(topLevelBranchCount(s.regex.source));
      }
      if (policy === team) expect(chunked).toBeGreaterThan(0);
    }
  });

  it('anchors a branch only at a word start with a known first word', () => {
    const team = structuredClone(defaultPolicy) as Policy;
    (team.triage as { phrases?: Record<string, string[]> }).phrases = { outage: ['hard down', '-down-'] };
    const outage = compile(team).signals.find((s) => s.id === 'outage') as CompiledSignal;
    expect(outage.anchored?.branches).toContain('\\bhard\\s+down\\b');
    // "-down-" starts with a hyphen: no word start to dispatch on, so it runs as a whole-text branch.
    const others = [...(outage.local?.chunks ?? []), ...(outage.rest?.chunks ?? [])].map((c) => c.regex.source).join('|');
    expect(others).toContain('-down-\\b');
    expect(outage.anchored?.branches.some((b) => b.includes('-down-'))).toBe(false);
  });
});

/**
 * Branches of a joined signal regex (compile.ts joinPatterns): \b(?:(?:b1)|(?:b2)…) when every
 * branch starts with \b, else (?:p1)|(?:p2)…, each pattern's own alternatives counted.
 */
function topLevelBranchCount(source: string): number {
  const top = topLevelBranches(source);
  if (top.length === 1 && source.startsWith('\\b(?:')) return topLevelBranches(source.slice(5, -1)).length;
  return top.reduce((n, p) => n + topLevelBranches(p.slice(3, -1)).length, 0);
}
