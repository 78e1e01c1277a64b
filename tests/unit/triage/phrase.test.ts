import { describe, expect, it } from 'vitest';
import '../../../src/triage/derive';
import { PHRASES, phrase } from '../../../src/triage/phrase';
import { prepareTexts } from '../../../src/triage/signals';
import { readableTickets } from './helpers';

describe('phrase: a rule pattern skipped where its words are absent', () => {
  it('answers as its regex does, skipping only texts without the words a branch needs', () => {
    const p = phrase(/\b(?:two|three|\d+) other (?:tenants|customers)\b|\bsame error reported by\b/);
    expect(p.test('we heard from 3 other tenants today')).toBe(true);
    expect(p.test('the same error reported by finance')).toBe(true);
    expect(p.exec('two other customers, too')?.[0]).toBe('two other customers');
    expect(p.test('other tenants are fine')).toBe(false);
  });

  it('does not run its regex on a text without the words', () => {
    class Counted extends RegExp {
      runs = 0;
      override exec(text: string) {
        this.runs++;
        return super.exec(text);
      }
    }
    const regex = new Counted('\\b(?:two|three) other tenants\\b|\\bsame error reported by\\b');
    const p = phrase(regex);
    expect(p.test('nothing here at all, other tenants are fine')).toBe(false);
    expect(p.test('the same error')).toBe(false);
    expect(regex.runs).toBe(0);
    expect(p.test('two other tenants')).toBe(true);
    expect(regex.runs).toBe(1);
  });

  it('never skips a text with capitals, nor a pattern with the i flag or capitals in it', () => {
    const p = phrase(/\bsecond report\b/);
    expect(p.test('A Second report came in'.toLowerCase())).toBe(true);
    expect(p.test('A second report came in')).toBe(true);
    expect(phrase(/\bsecond report\b/i).test('a SECOND REPORT')).toBe(true);
    expect(phrase(/\bSLA breached\b/).test('our SLA breached')).toBe(true);
  });

  it('resets lastIndex on a skip, as a miss does', () => {
    const g = /\bsecond report\b/g;
    const p = phrase(g);
    g.lastIndex = 5;
    expect(p.exec('nothing to see')).toBeNull();
    expect(g.lastIndex).toBe(0);
  });
});

// Every readable fixture text (never the unread sets), each message and the joined text.
const subjects: string[] = readableTickets().flatMap((ticket) => {
  const texts = prepareTexts(ticket);
  return [...texts.map((t) => t.lower), texts.map((t) => t.norm).join('\n').toLowerCase()];
});

describe('every phrase of the rules is exact on real text', () => {
  const rules = PHRASES.filter((p) => !p.regex.global && !p.regex.sticky);
  it('holds the rules phrases', () => expect(rules.length).toBeGreaterThan(25));
  it.each(rules.map((p) => [p.regex.source.slice(0, 60), p] as const))('%s', (_, p) => {
    const skipped = subjects.filter((s) => p.test(s) !== p.regex.test(s));
    expect(skipped).toEqual([]);
  });
});
