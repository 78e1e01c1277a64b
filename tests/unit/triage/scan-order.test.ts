import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from '../../../src/triage/compile';
import { classify } from '../../../src/triage/context';
import { cooccurrences } from '../../../src/triage/cooccur';
import { CO_SIGNALS, ENOUGH_AFTER_RESOLUTION, MAX_HITS_PER_TEXT, evidenceOf, prepareTexts, reads, scan, type Hit } from '../../../src/triage/signals';
import { sentenceIndexOf, type PreparedText } from '../../../src/triage/text';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { TriageInput } from '../../../src/triage/types';
import { readableTickets } from './helpers';

/** The scan as it was: text by text, newest first, each signal's full regex, no gate. */
function reference(texts: PreparedText[], compiled: Compiled): Hit[] {
  const hits: Hit[] = [];
  const active = new Map<string, number>();
  let sawResolution = false;
  for (let t = texts.length - 1; t >= 0; t--) {
    const text = texts[t] as PreparedText;
    if (!/[a-z]/i.test(text.norm)) continue;
    let enough = 1;
    for (const { id, regex, caseSensitive } of compiled.signals) {
      if (id !== 'resolved' && sawResolution) enough = ENOUGH_AFTER_RESOLUTION;
      if (!reads(text.author, id) || (active.get(id) ?? 0) >= enough) continue;
      const subject = caseSensitive ? text.norm : text.lower;
      regex.lastIndex = 0;
      let count = 0;
      for (let m = regex.exec(subject); m; m = regex.exec(subject)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const normStart = m.index;
        const normEnd = m.index + m[0].trimEnd().length;
        const sentence = sentenceIndexOf(text.sentences, normStart);
        const context = classify(text, id, sentence, normStart, normEnd);
        if (context === 'active') active.set(id, (active.get(id) ?? 0) + 1);
        if (id === 'resolved') sawResolution = true;
        hits.push({ signal: id, context, order: text.order * 1e7 + normStart, normStart, normEnd, sentence, text, evidence: evidenceOf(text, normStart, normEnd) });
        if (++count >= MAX_HITS_PER_TEXT || (active.get(id) ?? 0) >= enough) break;
      }
    }
    const bounds = (at: number): [number, number] => {
      const i = sentenceIndexOf(text.sentences, at);
      return [text.sentences[i] ?? 0, text.sentences[i + 1] ?? text.norm.length];
    };
    if (CO_SIGNALS.every((id) => !reads(text.author, id) || (active.get(id) ?? 0) >= enough)) continue;
    for (const co of cooccurrences(text, bounds)) {
      if (!reads(text.author, co.signal) || (active.get(co.signal) ?? 0) >= enough) continue;
      const sentence = sentenceIndexOf(text.sentences, co.start);
      const context = classify(text, co.signal, sentence, co.start, co.end);
      if (context === 'active') active.set(co.signal, (active.get(co.signal) ?? 0) + 1);
      hits.push({ signal: co.signal, context, order: text.order * 1e7 + co.start, normStart: co.start, normEnd: co.end, sentence, text, evidence: evidenceOf(text, co.start, co.end) });
    }
  }
  return hits.sort((a, b) => a.order - b.order);
}

const shown = (hits: Hit[]) => hits.map((h) => `${h.signal}@${h.order}:${h.normEnd}:${h.context}`);

const tickets: TriageInput[] = readableTickets();
// Long threads: every message of ten fixture tickets in a row, authors rotating, so that
// resolutions, notes and early stops meet across many texts.
for (let i = 0; i + 10 <= tickets.length; i += 10) {
  const messages = tickets.slice(i, i + 10).flatMap((t, k) => t.messages.map((m, j) => ({ ...m, author: (['customer', 'agent', 'internal'] as const)[(k + j) % 3] as 'customer' | 'agent' | 'internal' })));
  tickets.push({ subject: tickets[i]?.subject, messages });
}

describe('scan signal by signal', () => {
  it('gives the same hits in the same order as the text-by-text scan', () => {
    const compiled = compile(defaultPolicy);
    const wrong: string[] = [];
    for (const ticket of tickets) {
      const texts = prepareTexts(ticket);
      const want = shown(reference(texts, compiled));
      const got = shown(scan(texts, compiled).sort((a, b) => a.order - b.order));
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${ticket.subject}: ${got.join(' ').slice(0, 200)} ≠ ${want.join(' ').slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
