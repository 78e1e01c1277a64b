/**
 * Text → facts. Every pattern match becomes a Hit with its evidence span; context decides
 * whether it counts; the latest state of the thread wins (a later "working again" supersedes
 * earlier problems, a later breadth statement replaces an earlier one).
 */
import type { Evidence, TriageInput } from './types';
import type { Compiled, CompiledSignal } from './compile';
import { classify, isProblemSignal, type HitContext } from './context';
import { cooccurrences } from './cooccur';
import { passes, sentenceKeys } from './gate';
import { Matcher, collectCandidates } from './matcher';
import { prepare, sentenceIndexOf, type PreparedText } from './text';

export interface Hit {
  signal: string;
  context: HitContext;
  /** Position in the thread: text order, then offset. */
  order: number;
  normStart: number;
  normEnd: number;
  sentence: number;
  text: PreparedText;
  evidence: Evidence;
}

export interface Facts {
  /** Signal id → evidence, only for signals that count. */
  signals: Map<string, Evidence[]>;
  /** 0 unknown, 1 one user, 2 a few / a team, 3 an office, many, everyone. */
  breadth: 0 | 1 | 2 | 3;
  breadthEvidence: Evidence[];
  /** Evidence of a workaround explicitly denied ("no workaround"). */
  noWorkaround: Evidence[];
  /** Problems superseded by a later resolution, for the explanation. */
  superseded: Hit[];
  texts: PreparedText[];
  /** Lower-cased words of the active text, for the symptom signature. */
  activeText: string;
}

/**
 * Presence of a signal depends only on its newest active hit (a resolution closes everything
 * before it), so texts are scanned newest first and a signal stops being scanned once it has
 * enough active hits: one while no resolution has been seen in this text or a newer one,
 * a few once one has (the order of problems and the resolution inside a text then matters).
 * Long threads cost what their new part costs. "resolved" is scanned first in each text.
 */
export const ENOUGH_AFTER_RESOLUTION = 3;
/** Hard cap per text, for pathological input. */
export const MAX_HITS_PER_TEXT = 12;

// Public agent replies mostly restate and ask; only these facts count from them.
const AGENT_SIGNALS = new Set(['resolved', 'service_up', 'workaround', 'confirmed_defect', 'regression', 'outage', 'data_loss', 'security', 'high_value_text', 'several_high_value']);
// The customer's own voice: not read from internal notes.
const CUSTOMER_VOICE = new Set(['how_to', 'feature_request', 'cosmetic', 'setup', 'minor', 'confusing', 'emotion', 'shouting', 'exclaim', 'design_friction']);

// The signals the paraphrase pass (cooccur.ts) can yield.
export const CO_SIGNALS = ['business_blocked', 'data_loss', 'login_failure', 'outage', 'bug'];

export function reads(author: PreparedText['author'], signal: string): boolean {
  // An agent's diagnosis counts from internal notes only.
  if (signal.startsWith('note_')) return author === 'internal';
  if (author === 'agent') return AGENT_SIGNALS.has(signal);
  if (author === 'internal') return !CUSTOMER_VOICE.has(signal);
  return true;
}

export function evidenceOf(text: PreparedText, normStart: number, normEnd: number): Evidence {
  const start = text.map[normStart] ?? 0;
  const lastChar = text.map[Math.max(normStart, normEnd - 1)] ?? start;
  // Include a surrogate pair's second half when the match ends on its first.
  let end = lastChar + 1;
  const code = text.original.charCodeAt(lastChar);
  if (code >= 0xd800 && code <= 0xdbff) end += 1;
  end = Math.min(end, text.original.length);
  return { quote: text.original.slice(start, end), messageIndex: text.messageIndex, start, end };
}

export function prepareTexts(input: TriageInput): PreparedText[] {
  const texts: PreparedText[] = [];
  if (typeof input.subject === 'string' && input.subject.trim()) texts.push(prepare(input.subject, -1, 'customer', 0, false));
  const messages = Array.isArray(input.messages) ? input.messages : [];
  messages.forEach((m, i) => {
    if (!m || typeof m.text !== 'string') return;
    const author = m.author === 'agent' || m.author === 'internal' ? m.author : 'customer';
    texts.push(prepare(m.text, i, author, i + 1, true));
  });
  return texts;
}

/**
 * The scan, signal by signal across the texts (one signal's compiled regex stays hot in the
 * CPU caches over a long thread, instead of ~47 huge regexes taking turns on every text),
 * with the same hits in the same order as a text-by-text scan, newest text first:
 * - a signal's early stop depends only on its own active hits in newer texts and on whether a
 *   "resolved" hit was seen in this text or a newer one, so "resolved" runs first over all
 *   texts, then every other signal over all texts;
 * - the paraphrase signals (CO_SIGNALS) also count the paraphrase pass's hits, which depend on
 *   their state after each text, so they and that pass still go text by text;
 * - hits are returned sorted by position, ties in the order the text-by-text scan made them.
 */
export function scan(texts: PreparedText[], compiled: Compiled): Hit[] {
  const signals = compiled.signals;
  const co = new Set(CO_SIGNALS);
  // Gates first, text by text (the word index holds one text at a time): a matcher per
  // text and signal, or null when the signal cannot match there or is not read from it.
  const order: number[] = [];
  const matchers: (Matcher | null)[][] = [];
  for (let t = texts.length - 1; t >= 0; t--) {
    const text = texts[t] as PreparedText;
    if (!/[a-z]/i.test(text.norm)) continue;
    order.push(t);
    const keys = sentenceKeys(text.lower, text.sentences);
    const wanted = Uint8Array.from(signals, (signal) => (reads(text.author, signal.id) && passes(signal.gate, keys) ? 1 : 0));
    const candidates = collectCandidates(compiled, keys, wanted);
    matchers[t] = signals.map((signal, s) => (wanted[s] === 1 ? new Matcher(signal, signal.caseSensitive ? text.norm : text.lower, keys, candidates, s) : null));
  }

  const ranked: { hit: Hit; rank: number }[] = [];
  const active = new Map<string, number>();
  // Texts (by index) with a "resolved" hit in them or in a newer text.
  const resolvedFrom = new Set<number>();
  const run = (s: number, t: number, enough: number) => {
    const matcher = (matchers[t] as (Matcher | null)[])[s];
    const { id } = signals[s] as CompiledSignal;
    if (!matcher || (active.get(id) ?? 0) >= enough) return;
    const text = texts[t] as PreparedText;
    let count = 0;
    let from = 0;
    for (let m = matcher.next(0); m; m = matcher.next(from)) {
      if (m.text.length === 0) {
        from = m.index + 1;
        continue;
      }
      from = m.index + m.text.length;
      const normStart = m.index;
      const normEnd = m.index + m.text.trimEnd().length;
      const sentence = sentenceIndexOf(text.sentences, normStart);
      const context = classify(text, id, sentence, normStart, normEnd);
      if (context === 'active') active.set(id, (active.get(id) ?? 0) + 1);
      const hit: Hit = { signal: id, context, order: text.order * 1e7 + normStart, normStart, normEnd, sentence, text, evidence: evidenceOf(text, normStart, normEnd) };
      ranked.push({ hit, rank: s * 100 + count });
      if (++count >= MAX_HITS_PER_TEXT || (active.get(id) ?? 0) >= enough) break;
    }
  };
  const enoughIn = (t: number, id: string) => (id !== 'resolved' && resolvedFrom.has(t) ? ENOUGH_AFTER_RESOLUTION : 1);

  // "resolved" (compiled first) over all texts, newest first.
  const resolvedAt = signals.findIndex((x) => x.id === 'resolved');
  let seen = false;
  for (const t of order) {
    if (resolvedAt !== -1) {
      const before = ranked.length;
      run(resolvedAt, t, 1);
      if (ranked.length > before) seen = true;
    }
    if (seen) resolvedFrom.add(t);
  }
  // Every other signal, one at a time over all texts.
  signals.forEach((signal, s) => {
    if (s === resolvedAt || co.has(signal.id)) return;
    for (const t of order) run(s, t, enoughIn(t, signal.id));
  });
  // The paraphrase signals and the paraphrase pass, text by text.
  const coAt = signals.map((x, s) => (co.has(x.id) ? s : -1)).filter((s) => s !== -1);
  for (const t of order) {
    const text = texts[t] as PreparedText;
    const enough = resolvedFrom.has(t) ? ENOUGH_AFTER_RESOLUTION : 1;
    for (const s of coAt) run(s, t, enough);
    const bounds = (at: number): [number, number] => {
      const i = sentenceIndexOf(text.sentences, at);
      return [text.sentences[i] ?? 0, text.sentences[i + 1] ?? text.norm.length];
    };
    if (CO_SIGNALS.every((id) => !reads(text.author, id) || (active.get(id) ?? 0) >= enough)) continue;
    let n = 0;
    for (const c of cooccurrences(text, bounds)) {
      if (!reads(text.author, c.signal) || (active.get(c.signal) ?? 0) >= enough) continue;
      const sentence = sentenceIndexOf(text.sentences, c.start);
      const context = classify(text, c.signal, sentence, c.start, c.end);
      if (context === 'active') active.set(c.signal, (active.get(c.signal) ?? 0) + 1);
      const hit: Hit = { signal: c.signal, context, order: text.order * 1e7 + c.start, normStart: c.start, normEnd: c.end, sentence, text, evidence: evidenceOf(text, c.start, c.end) };
      ranked.push({ hit, rank: signals.length * 100 + n++ });
    }
  }
  // Position order; at one position, the order the text-by-text scan pushed them in.
  ranked.sort((a, b) => a.hit.order - b.hit.order || a.rank - b.rank);
  return ranked.map((r) => r.hit);
}

const NUMBER_WORD = /\d[\d,]*/;

const OTHER_CUSTOMERS = /\bother (?:customers|clients|tenants|accounts|companies|merchants|organi[sz]ations)\b/;

function breadthOf(texts: PreparedText[], compiled: Compiled): { level: Facts['breadth']; evidence: Evidence[] } {
  let level: Facts['breadth'] = 0;
  let evidence: Evidence[] = [];
  // Newest first: the latest text that says anything about breadth decides.
  for (let t = texts.length - 1; t >= 0; t--) {
    const text = texts[t] as PreparedText;
    if (text.author === 'agent') continue;
    const found: { s: number; e: number; level: 1 | 2 | 3; relative: boolean }[] = [];
    for (const pattern of compiled.breadth) {
      pattern.regex.lastIndex = 0;
      let count = 0;
      for (let m = pattern.regex.exec(text.lower); m && count < 20; m = pattern.regex.exec(text.lower), count++) {
        const s = m.index;
        const e = s + m[0].length;
        let l: 1 | 2 | 3 = pattern.level;
        if (pattern.numeric) {
          // "6 of our 40 people": the 40 is a total, not the count affected; "the other 14 staff"
          // are the ones it is not (dev-p4: "other 14 staff … signed in fine").
          if (/\b(?:of (?:our|the|my|all|your)|(?:we|i|they) (?:only )?(?:have|has)|with|total of|out of|other) $/i.test(text.norm.slice(Math.max(0, s - 16), s))) continue;
          const n = Number((NUMBER_WORD.exec(m[0])?.[0] ?? '0').replace(/,/g, ''));
          if (!Number.isFinite(n) || n === 0) continue;
          // Several other customers is widespread harm whatever the count.
          const customers = OTHER_CUSTOMERS.test(m[0]);
          l = n >= 10 || (customers && n >= 2) ? 3 : n >= 2 ? 2 : 1;
        }
        found.push({ s, e, level: l, relative: pattern.relative });
      }
    }
    // The most specific phrase wins where phrases overlap ("everyone else is fine" over "everyone").
    let kept = found.filter((f) => !found.some((g) => g !== f && g.s <= f.s && g.e >= f.e && g.e - g.s > f.e - f.s));
    // "Others are fine" next to "5 or 6 of us": the count wins.
    if (kept.some((f) => f.level >= 2)) kept = kept.filter((f) => !f.relative);
    let textLevel: Facts['breadth'] = 0;
    let textEvidence: Evidence[] = [];
    const relativeOnly = kept.every((f) => f.level !== 1 || f.relative);
    for (const f of kept.sort((a, b) => a.s - b.s)) {
      let l = f.level;
      const sentence = sentenceIndexOf(text.sentences, f.s);
      const ctx = classify(text, 'breadth', sentence, f.s, f.e);
      if (ctx === 'question' || ctx === 'hypothetical') continue;
      // "Not seen with other tenants", "no other customers report it": no other customer at all.
      if (ctx === 'negated' && OTHER_CUSTOMERS.test(text.lower.slice(f.s, f.e))) continue;
      // Only "not all" / "not everyone" narrows breadth; a negation further back is about something else.
      if (ctx === 'negated' && /\b(?:not|n't|never)\s*$/i.test(text.norm.slice(Math.max(0, f.s - 8), f.s))) {
        if (l === 3) l = 2; // "not everyone" is still some
        else continue;
      }
      const ev = evidenceOf(text, f.s, f.e);
      if (l === 1) {
        // An explicit "only me" in this text outranks vaguer wider words.
        if (textLevel !== 1) textEvidence = [];
        textLevel = 1;
        textEvidence.push(ev);
      } else if (textLevel !== 1 && l >= textLevel) {
        if (l > textLevel) textEvidence = [];
        textLevel = l;
        textEvidence.push(ev);
      }
    }
    if (textLevel === 0) continue;
    // The subject is a headline: it speaks only when no message says anything about breadth.
    if (text.messageIndex === -1 && level !== 0) continue;
    // The newest statement decides when it narrows to one user ("actually it's only me");
    // otherwise the widest statement stands: a later "several users" in a note does not
    // undo the customer's "all 40 people", and a later "now it's everyone" widens.
    if (level === 0) {
      level = textLevel;
      evidence = textEvidence.slice(0, 3);
      if (textLevel === 1 && textEvidence.length > 0 && !relativeOnly) break;
    } else if (textLevel > level) {
      level = textLevel;
      evidence = textEvidence.slice(0, 3);
    }
    // Nothing older can widen the widest level or narrow what a newer text said.
    if (level === 3) break;
  }
  return { level, evidence };
}

/** Topic words in a resolution sentence: which problems it closes. */
const TOPICS: [RegExp, string[]][] = [
  [/\b(?:log ?in|sign ?in|sso|saml|password|2fa|mfa|access)\b/i, ['login_failure']],
  [/\b(?:check ?out|payments?|invoices?|invoicing|orders?|billing|export|payroll|sync|integration|webhooks?)\b/i, ['business_blocked', 'blocked', 'bug']],
  [/\b(?:slow|speed|performance|load times?)\b/i, ['performance']],
];

export function detect(input: TriageInput, compiled: Compiled): Facts {
  const texts = prepareTexts(input);
  const hits = scan(texts, compiled);
  hits.sort((a, b) => a.order - b.order);

  // Latest state: a resolution closes the problems stated before it.
  const superseded = new Set<Hit>();
  const resolutions = hits.filter((h) => h.signal === 'resolved' && h.context === 'active');
  for (const r of resolutions) {
    const sentenceText = r.text.norm.slice(r.text.sentences[r.sentence] ?? 0, r.text.sentences[r.sentence + 1] ?? r.text.norm.length);
    const topics = TOPICS.filter(([re]) => re.test(sentenceText)).flatMap(([, s]) => s);
    for (const h of hits) {
      if (h.order >= r.order || h.context !== 'active' || !isProblemSignal(h.signal) || h.signal.startsWith('security') || h.signal.startsWith('sla')) continue;
      if (topics.length === 0 || topics.includes(h.signal)) superseded.add(h);
    }
  }

  const signals = new Map<string, Evidence[]>();
  const noWorkaround: Evidence[] = [];
  let lastProblem = -1;
  let lastResolution = -1;
  for (const h of hits) {
    if (h.signal === 'workaround' && h.context === 'negated') noWorkaround.push(h.evidence);
    if (h.context !== 'active' || superseded.has(h)) continue;
    if (isProblemSignal(h.signal) && !h.signal.startsWith('sla')) lastProblem = Math.max(lastProblem, h.order);
    if (h.signal === 'resolved') lastResolution = Math.max(lastResolution, h.order);
    const list = signals.get(h.signal);
    if (list) {
      if (list.length < 5) list.push(h.evidence);
    } else signals.set(h.signal, [h.evidence]);
  }
  // "Working again" counts when it closes a problem: one stated before it, a past incident in
  // the same breath ("last week's outage is resolved"), or a named feature ("export works again").
  // It does not count when a problem is stated after it.
  const closesSomething =
    superseded.size > 0 ||
    hits.some((h) => h.context === 'resolved' && isProblemSignal(h.signal)) ||
    resolutions.some((r) => TOPICS.some(([re]) => re.test(r.text.norm.slice(r.text.sentences[r.sentence] ?? 0, r.text.sentences[r.sentence + 1] ?? r.text.norm.length))));
  if (signals.has('resolved') && (lastProblem > lastResolution || !closesSomething)) signals.delete('resolved');

  const breadth = breadthOf(texts, compiled);
  const activeText = texts.map((t) => t.norm).join('\n').toLowerCase();
  return {
    signals,
    breadth: breadth.level,
    breadthEvidence: breadth.evidence,
    noWorkaround,
    superseded: [...superseded],
    texts,
    activeText,
  };
}
