/**
 * A cheap necessary condition per signal: the word-start prefixes its matches can begin
 * with, read from the pattern source once. A text whose words start with none of them
 * cannot match, so its regex never runs. Any construct the reader does not understand
 * makes the signal "always scan" — the gate only ever skips work, never a match.
 */

const EMPTY = '';

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip a character class.
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      for (i++; i < inner.length && inner[i] !== ']'; i++) if (inner[i] === '\\') i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

const LITERAL = /^[a-z0-9 '_-]/;

/** Literal prefixes a match of `src` can start with ('' = can be empty), or null if unknown. */
export function firstPrefixes(src: string, depth = 0): Set<string> | null {
  if (depth > 12) return null;
  if (src.length === 0) return new Set([EMPTY]);
  if (src.startsWith('\\b')) return firstPrefixes(src.slice(2), depth + 1);
  if (src.startsWith('(?:')) {
    const close = closingParen(src, 0);
    if (close === -1) return null;
    const inner = src.slice(3, close);
    let rest = src.slice(close + 1);
    let optional = false;
    const q = /^(?:\?|\*|\{0,\d*\})\??/.exec(rest);
    if (q) {
      optional = true;
      rest = rest.slice(q[0].length);
    } else {
      const plus = /^(?:\+|\{[1-9]\d*(?:,\d*)?\})\??/.exec(rest);
      if (plus) rest = rest.slice(plus[0].length);
    }
    const out = new Set<string>();
    for (const alt of splitTopLevel(inner)) {
      const first = firstPrefixes(alt, depth + 1);
      if (!first) return null;
      for (const p of first) {
        if (p !== EMPTY) out.add(p);
        else {
          const after = firstPrefixes(rest, depth + 1);
          if (!after) return null;
          for (const a of after) out.add(a);
        }
      }
    }
    if (optional) {
      const after = firstPrefixes(rest, depth + 1);
      if (!after) return null;
      for (const a of after) out.add(a);
    }
    return out;
  }
  if (!LITERAL.test(src)) return null;
  let run = '';
  let i = 0;
  while (i < src.length && LITERAL.test(src[i] as string)) run += src[i++];
  // A quantifier after the run makes its last character optional.
  if (/^[?*{]/.test(src.slice(i))) run = run.slice(0, -1);
  if (run.length === 0) return null;
  return new Set([run]);
}

/** Key of a literal prefix: its first word, cut to three characters; null if it has none. */
export function prefixKey(prefix: string, length = 3): string | null {
  // Words as \b sees them (ASCII letters, digits, _): "re-enter" holds the word "enter".
  const word = /^[a-z0-9_]+/.exec(prefix)?.[0];
  return word ? word.slice(0, length) : null;
}

// Word starts too common to gate on: a pattern that can only be told by them is better gated
// on a later word it requires ("we can still" → "still").
const COMMON = new Set(['a', 'i', 'we', 'the', 'is', 'are', 'no', 'not', 'for', 'in', 'on', 'our', 'my', 'it', 'to', 'of', 'and', 'can', 'be', 'you', 'an', 'thi', 'tha', 'was', 'wer', 'hav', 'has', 'had', 'do', 'doe', 'don', 'did', 'get', 'got', 'wit', 'all', 'any', 'som', 'the', 'one', 'so', 'as', 'at', 'by', 'or', 'if', 'but', 'jus', 'now', 'how', 'wha', 'whe', 'cou', 'wou', 'sho', 'wil', 'let', 'me', 'us', 'the', 'the', 're', 'it\'', 'sti', 'tak', 'mak', 'see', 'go', 'any']);

/** Top-level elements of a pattern: [source, required]. Null when it has top-level alternatives. */
function elements(src: string, strict = false): { part: string; required: boolean; wordStart: boolean; repeated: boolean }[] | null {
  const out: { part: string; required: boolean; wordStart: boolean; repeated: boolean }[] = [];
  let i = 0;
  // Strict (requiredGroups): only what surely starts a word counts as a word start.
  let wordStart = !strict;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '|') return null;
    let part: string;
    if (src.startsWith('\\b', i)) {
      wordStart = true;
      i += 2;
      continue;
    }
    if (ch === '(') {
      const close = closingParen(src, i);
      if (close === -1) return null;
      part = src.slice(i, close + 1);
      i = close + 1;
    } else if (ch === '\\') {
      part = src.slice(i, i + 2);
      i += 2;
    } else if (ch === '[') {
      let j = i + 1;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      part = src.slice(i, j + 1);
      i = j + 1;
    } else {
      part = ch;
      i += 1;
    }
    const q = /^(?:\?|\*|\+|\{\d*(?:,\d*)?\})\??/.exec(src.slice(i));
    let required = true;
    if (q) {
      required = !/^(?:\?|\*|\{0)/.test(q[0]);
      i += q[0].length;
    }
    out.push({ part, required, wordStart, repeated: q !== null && required });
    if (strict) {
      // After a required separator, or after an optional or repeated group whose every
      // alternative ends in a space (and which itself stood at a word start), or after a
      // zero-width lookaround that stood at one.
      if (/^\(\?<?[=!]/.test(part)) continue;
      if (SEPARATORS.has(part)) {
        // Optional: the word start holds only if it held before it.
        if (required) wordStart = true;
        continue;
      }
      wordStart = part.startsWith('(?:') && endsWithSpace(part) && (required || wordStart);
      continue;
    }
    // The next element starts a word only after a space or \b, or after an optional group
    // ending in a space that itself stood at a word start ("a (?:service )?credit").
    wordStart = (part === ' ' && required) || (!required && wordStart && part.startsWith('(?:') && part.endsWith(' )'));
  }
  return out;
}

// Single required characters after which the next character starts a word (never a \w character).
const SEPARATORS = new Set([' ', '\\s', '\\W', ',', '\\.', ':', ';', '/', '"', "'", '-', '\\?', '\\!', '!']);

/** True when every match of the group "(?:…)" ends in a space. */
function endsWithSpace(group: string, depth = 0): boolean {
  if (depth > 8 || closingParen(group, 0) !== group.length - 1) return false;
  return splitTopLevel(group.slice(3, -1)).every((alt) => {
    const els = elements(alt, true);
    const last = els?.[els.length - 1];
    if (!last || !last.required) return false;
    if (last.part === ' ') return true;
    return last.part.startsWith('(?:') && endsWithSpace(last.part, depth + 1);
  });
}

/** Keys for one pattern: its first element's, or a later required word's when those are rarer. */
function patternKeys(src: string, depth = 0): Set<string> | null {
  const first = firstPrefixes(src);
  const toKeys = (prefixes: Set<string> | null): Set<string> | null => {
    if (!prefixes) return null;
    const keys = new Set<string>();
    for (const p of prefixes) {
      const key = prefixKey(p);
      if (!key) return null;
      keys.add(key);
    }
    return keys;
  };
  const firstKeys = toKeys(first);
  const common = (keys: Set<string>) => [...keys].some((k) => COMMON.has(k));
  if (firstKeys && !common(firstKeys)) return firstKeys;
  // Look for a later required element that starts a word, with no common keys. Runs of
  // literal characters are joined into one word first.
  const els = elements(src);
  if (els) {
    for (let i = 1; i < els.length; i++) {
      const e = els[i] as (typeof els)[number];
      if (!e.required || !e.wordStart) continue;
      let j = i;
      let word = '';
      while (j < els.length && (els[j] as (typeof els)[number]).required && /^[a-z0-9'_-]$/.test((els[j] as (typeof els)[number]).part)) {
        word += (els[j] as (typeof els)[number]).part;
        j++;
      }
      const keys = word ? toKeys(new Set([word])) : toKeys(firstPrefixes(e.part));
      if (keys && keys.size > 0 && !common(keys)) return keys;
    }
  }
  // A leading group of alternatives, "(?:a|any|some) credit|service credits": each alternative
  // with the rest of the pattern is gated on its own, and the signal needs any one of them.
  if (depth < 3) {
    const body = src.startsWith('\\b') ? src.slice(2) : src;
    if (body.startsWith('(?:')) {
      const close = closingParen(body, 0);
      const rest = close === -1 ? '' : body.slice(close + 1);
      if (close !== -1 && !/^(?:\?|\*|\+|\{)/.test(rest)) {
        const alternatives = splitTopLevel(body.slice(3, close));
        if (alternatives.length > 1 || depth === 0) {
          const keys = new Set<string>();
          let ok = true;
          for (const alt of alternatives) {
            const k = patternKeys(`${src.startsWith('\\b') ? '\\b' : ''}${alt}${rest}`, depth + 1);
            if (!k || k.size === 0) {
              ok = false;
              break;
            }
            for (const key of k) keys.add(key);
          }
          if (ok && keys.size > 0 && ![...keys].every((k) => firstKeys?.has(k))) return keys;
        }
      }
    }
  }
  return firstKeys;
}

/** Gate keys for a list of pattern sources, or null when the signal must always be scanned. */
export function gateKeys(sources: string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const src of sources) {
    // A signal's combined source is "(?:p1)|(?:p2)": gate each alternative on its own.
    const alternatives = src.startsWith('(?:') && closingParen(src, 0) === src.length - 1 ? splitTopLevel(src.slice(3, -1)) : [src];
    for (const alt of alternatives) {
      const inner = alt.startsWith('(?:') && closingParen(alt, 0) === alt.length - 1 ? splitTopLevel(alt.slice(3, -1)) : [alt];
      for (const one of inner) {
        const k = patternKeys(one);
        if (!k) return null;
        for (const key of k) keys.add(key);
      }
    }
  }
  return keys;
}

// Keys are up to three characters of [a-z0-9_], packed into one integer (base 38, 0 = none).
const BASE = 38;
export const KEY_BASE = BASE;
function code(ch: number): number {
  if (ch >= 97 && ch <= 122) return ch - 96; // a-z → 1..26
  if (ch >= 48 && ch <= 57) return ch - 48 + 27; // 0-9 → 27..36
  if (ch === 95) return 37; // _
  return 0;
}

export function packKey(key: string): number {
  let n = 0;
  for (let i = 0; i < 3; i++) n = n * BASE + (i < key.length ? code(key.charCodeAt(i)) : 0);
  return n;
}

// One scratch table reused across calls, stamped per text (no clearing, no allocation).
const SIZE = BASE * BASE * BASE;
/** How many packed keys there are (every key is below this). */
export const KEY_SPACE = SIZE;
const stamps = new Uint32Array(SIZE);
let generation = 0;

/** Word-start keys present in a lower-cased text: every 1-, 2- and 3-character word prefix. */
export interface TextKeys {
  generation: number;
  /** How many word starts the text has (wordStarts() lists them while these keys are the latest). */
  words: number;
}

/** The text-level keys alone (one block): what passes() reads. */
export function textKeys(lower: string): TextKeys {
  return sentenceKeys(lower, [0]);
}

/** True when the text may match: a gate key is present (keys must be the latest textKeys). */
export function passes(gate: Int32Array | null, keys: TextKeys): boolean {
  if (!gate) return true;
  if (keys.generation !== generation) return true; // stale keys: never skip on doubt
  for (let i = 0; i < gate.length; i++) if (stamps[gate[i] as number] === keys.generation) return true;
  return false;
}

/** Gate keys packed for passes(). */
export function packGate(keys: Set<string> | null): Int32Array | null {
  return keys ? Int32Array.from([...keys].map(packKey)) : null;
}

/**
 * Key of the rarest word of a literal prefix that starts at a word start: every word in it
 * starts a word of the text too ("in the meantime" → "mea"). Null if it does not start
 * with a word character.
 */
export function rarestWordKey(prefix: string, length = 3): string | null {
  if (!/^[a-z0-9_]/.test(prefix)) return null;
  let best: string | null = null;
  for (const word of prefix.match(/[a-z0-9_]+/g) ?? []) {
    const key = word.slice(0, length);
    if (best === null || rank(key) > rank(best)) best = key;
  }
  return best;
}

// Longer and less common word starts tell more.
function rank(key: string): number {
  return (COMMON.has(key) || MORE_COMMON.has(key) ? 0 : 10) + key.length;
}

const MORE_COMMON = new Set(['fro', 'abo', 'aft', 'bee', 'whi', 'the', 'tha', 'aga', 'her', 'his', 'he', 'she', 'who', 'up', 'out', 'use', 'new', 'mor', 'ver', 'als', 'onl', 'thr', 'ple', 'tim', 'wor', 'day', 'nee', 'wan', 'lik', 'kno', 'tod', 'yes', 'see', 'thi', 'som', 'eve', 'was', 'bec', 'ask', 'sen', 'sin', 'ago', 'off', 'too', 'way', 'cus', 'sam', 'oth', 'tri', 'sta', 'bac', 'mes', 'ema', 'upd', 'tea', 'com', 'pro', 'con', 're', 'rep', 'dis', 'per', 'pre', 'int']);

/**
 * Required word-start elements of one branch (a pattern with no top-level "|"): each is a
 * set of keys one of which must start a word of a matching text. A branch whose groups are
 * not all present cannot match. Elements the reader does not understand add no group, so
 * the check only ever skips branches that cannot match. Null: the source has top-level "|".
 */
export function requiredGroups(src: string, keyLength = 3): Set<string>[] | null {
  const els = elements(src, true);
  if (!els) return null;
  const groups: Set<string>[] = [];
  const toKeys = (prefixes: Set<string> | null): Set<string> | null => {
    if (!prefixes || prefixes.size === 0) return null;
    const keys = new Set<string>();
    for (const p of prefixes) {
      const key = rarestWordKey(p, keyLength);
      if (!key) return null;
      keys.add(key);
    }
    return keys;
  };
  for (let i = 0; i < els.length; i++) {
    const e = els[i] as (typeof els)[number];
    if (!e.required || !e.wordStart) continue;
    if (e.part.length === 1) {
      // A run of required literal characters is one word prefix ("request" of "requests?").
      let word = '';
      let j = i;
      for (; j < els.length; j++) {
        const el = els[j] as (typeof els)[number];
        if (!el.required || !/^[a-z0-9'_-]$/.test(el.part)) break;
        word += el.part;
        // "fil+ed" may read "filled": the run ends at a repeated character.
        if (el.repeated) break;
      }
      const keys = word ? toKeys(new Set([word])) : null;
      if (keys) groups.push(keys);
      continue;
    }
    if (!e.part.startsWith('(?:')) continue;
    const keys = toKeys(firstPrefixes(e.part));
    if (keys) groups.push(keys);
  }
  return groups;
}

// ── Sentence gate ────────────────────────────────────────────────────────────────────────
// Most branches cannot match a sentence end (".", "!", "?" or a line break), so every match
// lies inside one sentence (text.ts sentenceStarts: a sentence ends on one of those). Such a
// branch can only match in a sentence whose own words hold all its required groups, and its
// regex can run on just those sentences: a slice that starts and ends on a sentence boundary
// sees the same \b, lookbehinds and lookaheads as the whole text, because none of them can
// read across the boundary character.

const BOUNDARY = ['.', '!', '?', '\n'].map((c) => c.charCodeAt(0));

/** Members of a character class body (between "[" / "[^" and "]") as ranges; null if unknown. */
function classRanges(body: string): [number, number][] | null {
  const out: [number, number][] = [];
  const single = (i: number): [number, number, number] | null => {
    const ch = body[i] as string;
    if (ch !== '\\') return [ch.charCodeAt(0), ch.charCodeAt(0), i + 1];
    const e = body[i + 1];
    if (e === undefined) return null;
    if (e === 'n') return [10, 10, i + 2];
    if (e === 'd') return [48, 57, i + 2];
    if (/[.!?\-'"/\\[\]^$(){}*+|,:;&#@%=<>_`~ ]/.test(e)) return [e.charCodeAt(0), e.charCodeAt(0), i + 2];
    return null;
  };
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\' && (body[i + 1] === 'w' || body[i + 1] === 's' || body[i + 1] === 'W' || body[i + 1] === 'S' || body[i + 1] === 'D')) {
      const e = body[i + 1];
      if (e === 'w') out.push([48, 57], [65, 90], [95, 95], [97, 122]);
      else if (e === 's') out.push([9, 13], [32, 32]);
      else out.push([0, 0xffff]); // \W, \S, \D: treat as anything
      i += 2;
      continue;
    }
    const a = single(i);
    if (!a) return null;
    if (body[a[2]] === '-' && a[2] + 1 < body.length) {
      const b = single(a[2] + 1);
      if (!b) return null;
      out.push([a[0], b[1]]);
      i = b[2];
    } else {
      out.push([a[0], a[1]]);
      i = a[2];
    }
  }
  return out;
}

/**
 * True when no match of `src` can run across a sentence end, and no lookaround can read
 * across one: every token that can match ".", "!", "?" or a line break is either the last
 * thing the branch (or a lookahead) matches, or is followed by a required letter or digit
 * (then it is not a sentence end: text.ts ends a sentence only before a space or a line
 * break). No ^ or $ anchor. Anything not understood: false.
 */
export function isSentenceLocal(src: string): boolean {
  // Kinds of the open groups: ':' plain, '=' lookahead, '<' lookbehind.
  const open: string[] = [];
  const inLookbehind = () => open.includes('<');
  // After the token ending before `at`: does the match stop here, or go on with a letter/digit?
  const safeAfter = (at: number, token: string): boolean => {
    if (inLookbehind()) return false;
    let k = at;
    if (src[k] === '?') k++;
    else if (/^[*+{]/.test(src[k] ?? '')) return false;
    if (k === src.length) return open.every((g) => g === ':');
    // Closing a lookahead right after it: the lookahead stops there.
    if (src[k] === ')' && open[open.length - 1] === '=') return true;
    if (token === '\n' || token === 'class-n') return false;
    // A required letter or digit next ("\.00", "\.(?:com|io)").
    const next = src.slice(k);
    if (/^[a-z0-9](?![?*]|\{0)/.test(next) || /^\\[dw](?![?*]|\{0)/.test(next)) return true;
    if (next.startsWith('(?:')) {
      const close = closingParen(next, 0);
      if (close === -1 || /^[?*]|^\{0/.test(next.slice(close + 1))) return false;
      return splitTopLevel(next.slice(3, close)).every((alt) => /^[a-z0-9]/.test(alt));
    }
    return false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '\\') {
      const e = src[i + 1];
      i++;
      if (e === 'b' || e === 'B' || e === 'w' || e === 'd') continue;
      if (e === '.' || e === '!' || e === '?') {
        if (safeAfter(i + 1, '\\.')) continue;
        return false;
      }
      if (e !== undefined && /[-'"/$()[\]{}*+|,:;&#@%=<>_`~ \\^]/.test(e)) continue;
      return false; // \s, \W, \S, \D, \n and anything unknown
    }
    if (ch === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      const start = j;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      const ranges = classRanges(src.slice(start, j));
      if (!ranges) return false;
      const has = (c: number) => ranges.some(([a, b]) => a <= c && c <= b);
      i = j;
      if (negated ? BOUNDARY.every(has) : !BOUNDARY.some(has)) continue;
      if (!safeAfter(j + 1, negated || has(10) ? 'class-n' : 'class')) return false;
      continue;
    }
    if (ch === '(') {
      // Groups and lookarounds are fine (their bodies are read on); named groups are not.
      if (src[i + 1] !== '?') open.push(':');
      else if (src[i + 2] === ':') open.push(':');
      else if (src[i + 2] === '=' || src[i + 2] === '!') open.push('=');
      else if (src[i + 2] === '<' && (src[i + 3] === '=' || src[i + 3] === '!')) open.push('<');
      else return false;
      if (src[i + 1] === '?') i += open[open.length - 1] === '<' ? 3 : 2;
      continue;
    }
    if (ch === ')') {
      open.pop();
      continue;
    }
    if (ch === '!') {
      if (safeAfter(i + 1, '!')) continue;
      return false;
    }
    if (ch === '.' || ch === '^' || ch === '$') return false;
  }
  return true;
}

// Per-text index: a text's sentences fall into at most 32 blocks (a block is one sentence, or
// several neighbours in a long text); for each word-start key present, the blocks where it
// starts a word, as one 32-bit mask.
const blockBits = new Int32Array(SIZE);
let blockStarts: number[] = [0];
// The latest text's word starts: offset, key (its first three characters, fewer in a shorter
// word) and block. Grown by doubling as a long text needs, never shrunk.
let wordAt = new Int32Array(1_024);
let wordKey = new Int32Array(1_024);
let wordBlock = new Int32Array(1_024);

function growWords(): void {
  const grow = (from: Int32Array) => {
    const to = new Int32Array(from.length * 2);
    to.set(from);
    return to;
  };
  wordAt = grow(wordAt);
  wordKey = grow(wordKey);
  wordBlock = grow(wordBlock);
}

/** The latest sentenceKeys text's word starts (valid until the next call): offsets, keys, blocks. */
export function wordStarts(keys: TextKeys): { at: Int32Array; key: Int32Array; block: Int32Array; count: number } | null {
  return keys.generation === generation ? { at: wordAt, key: wordKey, block: wordBlock, count: keys.words } : null;
}

/** Block keys of a lower-cased text (also makes the text-level keys current). */
export function sentenceKeys(lower: string, sentences: number[]): TextKeys {
  generation = generation >= 0xfffffffe ? 1 : generation + 1;
  if (generation === 1) stamps.fill(0);
  const g = generation;
  const n = sentences.length;
  // Block b holds sentences [first(b), first(b + 1)).
  const first = (b: number) => (n <= 32 ? b : Math.ceil((b * n) / 32));
  const blocks = Math.min(n, 32);
  blockStarts = [];
  for (let b = 0; b < blocks; b++) blockStarts.push(sentences[first(b)] as number);
  let block = 0;
  let nextStart = blocks > 1 ? (blockStarts[1] as number) : Infinity;
  let bit = 1;
  let inWord = false;
  let words = 0;
  const mark = (key: number) => {
    if (stamps[key] !== g) {
      stamps[key] = g;
      blockBits[key] = bit;
    } else blockBits[key] = (blockBits[key] as number) | bit;
  };
  for (let i = 0; i < lower.length; i++) {
    while (i >= nextStart) {
      block++;
      bit = 1 << block;
      nextStart = block + 1 < blocks ? (blockStarts[block + 1] as number) : Infinity;
    }
    const c = code(lower.charCodeAt(i));
    if (c === 0) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    const c1 = i + 1 < lower.length ? code(lower.charCodeAt(i + 1)) : 0;
    const c2 = c1 !== 0 && i + 2 < lower.length ? code(lower.charCodeAt(i + 2)) : 0;
    mark(c * BASE * BASE);
    if (c1 !== 0) mark((c * BASE + c1) * BASE);
    if (c2 !== 0) mark((c * BASE + c1) * BASE + c2);
    if (words === wordAt.length) growWords();
    wordAt[words] = i;
    wordKey[words] = (c * BASE + c1) * BASE + c2;
    wordBlock[words++] = block;
  }
  return { generation: g, words };
}

/** A branch's required groups, packed: each group a list of keys. */
export type PackedGroups = Int32Array[];

/**
 * Branches' required groups in one flat array, read without allocation:
 * [branches, then per branch: its end offset, groups, then per group: keys, key…].
 */
export function packPlan(branches: PackedGroups[]): Int32Array {
  const out: number[] = [branches.length];
  for (const groups of branches) {
    const at = out.length;
    out.push(0, groups.length);
    for (const group of groups) out.push(group.length, ...group);
    out[at] = out.length;
  }
  return Int32Array.from(out);
}

/**
 * Blocks where one of the branches may match, as a 32-bit mask (0: none), for the latest
 * sentenceKeys text: a block holding all of some branch's required groups. `perBranch`, when
 * given, receives each branch's own mask (from `offset` on). A branch flagged in `anywhere`
 * may cross sentences: its mask is every block (-1) when the text holds its groups at all.
 */
export function candidateBlocks(plan: Int32Array, keys: TextKeys, perBranch?: Int32Array, anywhere?: Uint8Array, offset = 0): number {
  if (keys.generation !== generation) {
    perBranch?.fill(-1, offset, offset + (plan[0] as number)); // stale keys: never skip on doubt
    return -1;
  }
  const g = generation;
  let out = 0;
  let i = 1;
  const branches = plan[0] as number;
  for (let b = branches; b > 0; b--) {
    const end = plan[i] as number;
    let groups = plan[i + 1] as number;
    i += 2;
    let acc = -1;
    const spread = anywhere !== undefined && anywhere[branches - b] === 1;
    for (; groups > 0 && acc !== 0; groups--) {
      let bits = 0;
      const stop = i + 1 + (plan[i] as number);
      for (i++; i < stop; i++) {
        const key = plan[i] as number;
        if (stamps[key] === g) bits |= blockBits[key] as number;
      }
      acc = spread ? (bits === 0 ? 0 : acc) : acc & bits;
    }
    if (perBranch) perBranch[offset + branches - b] = acc;
    out |= acc;
    i = end;
  }
  return out;
}

/** True when one of the branches has all its required groups in the latest text (any sentence). */
export function anyBranchPasses(plan: Int32Array, keys: TextKeys): boolean {
  if (keys.generation !== generation) return true;
  const g = generation;
  let i = 1;
  for (let b = plan[0] as number; b > 0; b--) {
    const end = plan[i] as number;
    let groups = plan[i + 1] as number;
    i += 2;
    let ok = true;
    for (; groups > 0 && ok; groups--) {
      ok = false;
      const stop = i + 1 + (plan[i] as number);
      for (i++; i < stop; i++) if (stamps[plan[i] as number] === g) ok = true;
    }
    if (ok) return true;
    i = end;
  }
  return false;
}

/**
 * The candidate blocks as [start, end) offsets of the latest sentenceKeys text, neighbours
 * joined, and runs closer than `gap` blocks joined too (fewer regex calls; the blocks in
 * between hold no match, so scanning them changes nothing).
 */
export function blockRuns(mask: number, keys: TextKeys, length: number, gap: number): number[] {
  if (keys.generation !== generation) return [0, length]; // stale keys: the whole text
  const runs: number[] = [];
  let lastBlock = -Infinity;
  for (let b = 0; b < blockStarts.length; b++) {
    if ((mask & (1 << b)) === 0) continue;
    const start = blockStarts[b] as number;
    const end = blockStarts[b + 1] ?? length;
    if (runs.length > 0 && b - lastBlock <= gap + 1) runs[runs.length - 1] = end;
    else runs.push(start, end);
    lastBlock = b;
  }
  return runs;
}
