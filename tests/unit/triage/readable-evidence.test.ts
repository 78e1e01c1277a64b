/**
 * Issue 8, defect 10: every fired rule shows what fired it (a field value counts), quotes
 * and their context are cut at word boundaries, one quote per sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { clipWords, contextAfter, contextBefore } from '../../../src/triage/evidence';
import type { Evidence, RecentTicket, Suggestion, TriageInput } from '../../../src/triage/types';
import { NOW, customer, run } from './helpers';

interface Row extends TriageInput {
  id: string;
  created_minutes_ago?: number;
}
const corpus: Row[] = readFileSync(new URL('../../fixtures/triage/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const sourceOf = (input: TriageInput, ev: Evidence) => (ev.messageIndex === -1 ? input.subject : input.messages[ev.messageIndex]?.text);
const ruleOf = (s: Suggestion, id: string) => s.rules.find((r) => r.id === id);

describe('every fired rule shows what fired it', () => {
  it('on every corpus ticket, each rule has a quote', () => {
    for (const row of corpus) {
      const s = run({ ...row, ageMinutes: row.created_minutes_ago });
      for (const rule of s.rules) {
        expect(rule.evidence.length, `${row.id} ${rule.id}`).toBeGreaterThan(0);
        for (const ev of rule.evidence) expect(ev.quote.trim(), `${row.id} ${rule.id}`).not.toBe('');
      }
    }
  });
  it('a high-value account shows the plan, org or tag (messageIndex -2, field)', () => {
    const s = run(customer('Webhooks arrive 20 minutes late, but they do arrive.', { requester: { plan: 'Enterprise' } }));
    expect(ruleOf(s, 'high-value-problem')?.evidence).toEqual([{ quote: 'plan: Enterprise', messageIndex: -2, start: 0, end: 0, field: 'plan' }]);
    const tag = defaultPolicy.accounts.highValueTags[0];
    if (tag) {
      const t = run(customer('We cannot export the payroll file at all.', { tags: [tag] }));
      expect(ruleOf(t, 'key-account')?.evidence[0]).toMatchObject({ quote: `tag: ${tag}`, field: 'tag', messageIndex: -2 });
    }
  });
  it('open past the stalled threshold shows the age', () => {
    const s = run(customer('The export button does nothing.', { ageMinutes: 6 * 60 + 10 }));
    const ev = ruleOf(s, 'stalled')?.evidence[0];
    expect(ev).toMatchObject({ messageIndex: -2, field: 'age' });
    expect(ev?.quote).toBe(`open 6 h 10 min (stalled after ${defaultPolicy.stalled.openMinutes / 60} h)`);
  });
  it('the recurring pattern shows the count and the window', () => {
    const history: RecentTicket[] = [1, 2].map((i) => ({ key: `k${i}`, ticketId: String(i), subject: 'SSO', symptom: 'login_failure:sso', seenAt: NOW - i * 60_000 }));
    const s = run(customer('Our SSO login fails for the whole team with an error.'), defaultPolicy, { history });
    const ev = ruleOf(s, 'recurring')?.evidence[0];
    expect(ev).toMatchObject({ messageIndex: -2, field: 'history' });
    expect(ev?.quote).toMatch(/^3 tickets with the same symptom \(login_failure, sso\) within /);
  });
  it('several customers named in a note are quoted', () => {
    const s = run({ messages: [{ author: 'customer', text: 'The import page fails for us.' }, { author: 'internal', text: 'Same failure reported by 4 other tenants this morning.' }] });
    expect(ruleOf(s, 'widespread')?.evidence[0]?.quote).toBe('4 other tenants');
  });
});

describe('quotes and context are cut at word boundaries', () => {
  const long = 'Morning team. Nobody in our Chicago office can log in since 8:40 this morning and the Northbrook warehouse crew is stuck too (Chicago, Northbrook, Evanston).';
  it('context never starts or ends inside a word', () => {
    for (const row of [...corpus, { id: 'long', messages: [{ author: 'customer' as const, text: long }] }]) {
      const s = run(row);
      for (const rule of s.rules) {
        for (const ev of rule.evidence) {
          const source = sourceOf(row, ev);
          if (!source || ev.before === undefined || ev.after === undefined) continue;
          expect(source.slice(ev.start, ev.end)).toBe(ev.quote);
          const flatten = (t: string) => t.replace(/\s+/g, ' ');
          if (ev.before.startsWith('…')) {
            const shown = ev.before.slice(1);
            const head = flatten(source.slice(0, ev.start));
            expect(head.endsWith(shown), `${row.id}: "${ev.before}"`).toBe(true);
            if (/^\w/.test(shown)) expect(/\w/.test(head[head.length - shown.length - 1] ?? ' '), `${row.id}: "${ev.before}"`).toBe(false);
          }
          if (ev.after.endsWith('…')) {
            const shown = ev.after.slice(0, -1);
            const rest = flatten(source.slice(ev.end));
            expect(rest.startsWith(shown), `${row.id}: "${ev.after}"`).toBe(true);
            if (/\w$/.test(shown)) expect(/\w/.test(rest[shown.length] ?? ' '), `${row.id}: "${ev.after}"`).toBe(false);
          }
        }
      }
    }
  });
  it('cuts "(Chicago, …" before the word, not inside it', () => {
    const source = 'Nobody can sign in at the office (Chicago and Northbrook)';
    expect(contextAfter(source, 'Nobody can sign in'.length, source.length)).toBe(' at the office (Chicago and Northbrook)');
    const longer = `Nobody can sign in${' at the office'.repeat(3)} (Chicago and Northbrook)`;
    const after = contextAfter(longer, 'Nobody can sign in'.length, longer.length);
    expect(after.endsWith('…')).toBe(true);
    expect(after).not.toMatch(/Chic…|North…/);
    expect(contextBefore('We are in Northbrook and nobody can sign in', 0, 'We are in Northbrook and nobody can sign in'.indexOf('nobody'))).toBe('We are in Northbrook and ');
  });
  it('the summary clips its quote at a word', () => {
    expect(clipWords('Nobody in our Chicago office can log in since 8:40 this morning, please help', 40)).toBe('Nobody in our Chicago office can log in…');
    const text = 'Since about 8:40 this morning absolutely nobody in our Chicago and Northbrook offices can log in to anything.';
    const s = run(customer(text));
    const quoted = /\("(.*)"\)/.exec(s.summary)?.[1] ?? '';
    expect(quoted).not.toBe('');
    const shown = quoted.replace(/…$/, '');
    const at = text.indexOf(shown);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(/\w/.test(text[at + shown.length] ?? ' ')).toBe(false);
  });
});

describe('one quote per sentence', () => {
  it('no rule shows two quotes from the same sentence', () => {
    const text = 'Invoices are not sending, invoices are not sending to anyone, nothing is sending. Separately, the export also fails.';
    const s = run(customer(text));
    for (const rule of s.rules) {
      const sentences = rule.evidence.map((ev) => text.slice(0, ev.start).split(/[.!?]\s/).length);
      expect(new Set(sentences).size, rule.id).toBe(sentences.length);
    }
  });
  it('holds on the whole corpus', () => {
    for (const row of corpus) {
      for (const rule of run(row).rules) {
        const seen = new Set<string>();
        for (const ev of rule.evidence) {
          if (ev.messageIndex < -1) continue;
          const source = sourceOf(row, ev) ?? '';
          const start = Math.max(source.lastIndexOf('. ', ev.start - 1), source.lastIndexOf('! ', ev.start - 1), source.lastIndexOf('? ', ev.start - 1), source.lastIndexOf('\n', ev.start - 1));
          const key = `${ev.messageIndex}:${start}`;
          expect(seen.has(key), `${row.id} ${rule.id}`).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});
