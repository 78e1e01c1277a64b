/**
 * Evidence a person can read (issue 8, defect 10): one quote per sentence, each with the
 * words around it cut at word boundaries, and a rule that fired on a field value or on the
 * ticket history shows that value instead of nothing.
 */
import type { PreparedText } from './text';
import type { Evidence, FiredRule } from './types';

/** Characters of context on each side of a quote, before cutting back to a whole word. */
export const CONTEXT_CHARS = 48;
const MAX_PER_RULE = 3;

/** Start of the sentence holding `at` in the original text, and its end. */
function sentenceSpan(original: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = original[s - 1] as string;
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(original[s] ?? ' '))) break;
    s--;
  }
  let e = end;
  while (e < original.length) {
    const ch = original[e] as string;
    if (ch === '\n') break;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s|$/.test(original[e + 1] ?? '')) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The words before a quote: at most CONTEXT_CHARS, never starting mid-word; "…" where cut. */
export function contextBefore(original: string, sentenceStart: number, quoteStart: number): string {
  const from = Math.max(sentenceStart, quoteStart - CONTEXT_CHARS);
  let text = original.slice(from, quoteStart);
  const cut = from > sentenceStart;
  if (cut && /\w/.test(original[from - 1] ?? '') && /\w/.test(original[from] ?? '')) {
    const space = /\s/.exec(text);
    text = space ? text.slice(space.index + 1) : '';
  }
  text = flat(text).trimStart();
  return cut ? `…${text}` : text;
}

/** The words after a quote: at most CONTEXT_CHARS, never ending mid-word; "…" where cut. */
export function contextAfter(original: string, quoteEnd: number, sentenceEnd: number): string {
  const to = Math.min(sentenceEnd, quoteEnd + CONTEXT_CHARS);
  let text = original.slice(quoteEnd, to);
  const cut = to < sentenceEnd;
  if (cut && /\w/.test(original[to - 1] ?? '') && /\w/.test(original[to] ?? '')) {
    const space = text.search(/\s\S*$/);
    text = space === -1 ? '' : text.slice(0, space);
  }
  text = flat(text).trimEnd();
  return cut ? `${text.replace(/[\s,;:(\u2013\u2014-]+$/, '')}…` : text;
}

/**
 * One quote per sentence (the longest of the spans that sentence gave), in ticket order, at
 * most three, each with its context. Field evidence passes through unchanged.
 */
export function readableEvidence(evidence: Evidence[], texts: PreparedText[]): Evidence[] {
  const bySentence = new Map<string, { ev: Evidence; sentence: [number, number] | null; first: number }>();
  evidence.forEach((ev, i) => {
    const text = texts.find((t) => t.messageIndex === ev.messageIndex);
    if (!text || ev.messageIndex < -1) {
      const key = `field:${ev.field ?? ''}:${ev.quote}`;
      if (!bySentence.has(key)) bySentence.set(key, { ev, sentence: null, first: i });
      return;
    }
    const sentence = sentenceSpan(text.original, ev.start, ev.end);
    const key = `${ev.messageIndex}:${sentence[0]}`;
    const prior = bySentence.get(key);
    if (!prior) bySentence.set(key, { ev, sentence, first: i });
    else if (ev.end - ev.start > prior.ev.end - prior.ev.start) bySentence.set(key, { ev, sentence, first: prior.first });
  });
  return [...bySentence.values()]
    .sort((a, b) => a.first - b.first)
    .slice(0, MAX_PER_RULE)
    .map(({ ev, sentence }) => {
      if (!sentence) return ev;
      const text = texts.find((t) => t.messageIndex === ev.messageIndex) as PreparedText;
      return { ...ev, before: contextBefore(text.original, sentence[0], ev.start), after: contextAfter(text.original, ev.end, sentence[1]) };
    });
}

/** Every rule's evidence made readable. */
export function withReadableEvidence(rules: FiredRule[], texts: PreparedText[]): FiredRule[] {
  return rules.map((rule) => ({ ...rule, evidence: readableEvidence(rule.evidence, texts) }));
}

/** A quote shortened for one line, cut at a word boundary. */
export function clipWords(text: string, max: number): string {
  const one = flat(text).trim();
  if (one.length <= max) return one;
  let cut = one.slice(0, max - 1);
  // Inside a word: back to the last whole word (unless that leaves too little).
  if (/\w/.test(one[max - 1] ?? '') && /\w/.test(cut[cut.length - 1] ?? '')) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.5) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:(\u2013\u2014-]+$/, '')}…`;
}
