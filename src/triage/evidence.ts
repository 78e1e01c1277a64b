/**
 * Evidence a person can read (issue 8, defect 10): one quote per sentence, each with the
 * words around it cut at word boundaries, and a rule that fired on a field value or on the
 * ticket history shows that value instead of nothing.
 */
import { sentenceIndexOf, type PreparedText } from './text';
import type { Evidence, FiredRule } from './types';

/** Characters of context on each side of a quote, before cutting back to a whole word. */
export const CONTEXT_CHARS = 48;
const MAX_PER_RULE = 3;

/**
 * The sentence holding [start, end) in the original text: from the prepared text's sentence
 * starts when its offsets are the original's (no normalisation changed it), else by scanning.
 */
function sentenceSpan(text: PreparedText, start: number, end: number): [number, number] {
  const original = text.original;
  if (text.norm.length === original.length) {
    const i = sentenceIndexOf(text.sentences, start);
    const s = text.sentences[i] ?? 0;
    const next = text.sentences[i + 1] ?? original.length;
    return [s, Math.max(end, next)];
  }
  let s = start;
  while (s > 0) {
    const ch = original.charCodeAt(s - 1);
    if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && (s >= original.length || original.charCodeAt(s) <= 32))) break;
    s--;
  }
  let e = end;
  while (e < original.length) {
    const ch = original.charCodeAt(e);
    if (ch === 10) break;
    e++;
    if ((ch === 46 || ch === 33 || ch === 63) && (e >= original.length || original.charCodeAt(e) <= 32)) break;
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
  if (evidence.length === 0) return evidence;
  const kept: Evidence[] = [];
  const spans: [number, number][] = [];
  const owners: (PreparedText | null)[] = [];
  for (const ev of evidence) {
    const text = ev.messageIndex < -1 ? null : textOf(texts, ev.messageIndex);
    const span: [number, number] = text ? sentenceSpan(text, ev.start, ev.end) : [-1, -1];
    let same = -1;
    for (let k = 0; k < kept.length; k++) {
      const other = kept[k] as Evidence;
      if (other.messageIndex !== ev.messageIndex) continue;
      if (text ? (spans[k] as [number, number])[0] === span[0] : other.quote === ev.quote && other.field === ev.field) {
        same = k;
        break;
      }
    }
    if (same === -1) {
      kept.push(ev);
      spans.push(span);
      owners.push(text);
    } else if (text && ev.end - ev.start > (kept[same] as Evidence).end - (kept[same] as Evidence).start) kept[same] = ev;
  }
  const out: Evidence[] = [];
  for (let k = 0; k < kept.length && out.length < MAX_PER_RULE; k++) {
    const ev = kept[k] as Evidence;
    const text = owners[k];
    if (!text) {
      out.push(ev);
      continue;
    }
    const [s, e] = spans[k] as [number, number];
    out.push({ quote: ev.quote, messageIndex: ev.messageIndex, start: ev.start, end: ev.end, before: contextBefore(text.original, s, ev.start), after: contextAfter(text.original, ev.end, e) });
  }
  return out;
}

function textOf(texts: PreparedText[], index: number): PreparedText | null {
  const guess = texts[index + 1];
  if (guess && guess.messageIndex === index) return guess;
  for (const t of texts) if (t.messageIndex === index) return t;
  return null;
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
