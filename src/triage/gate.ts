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
export function prefixKey(prefix: string): string | null {
  // Words as \b sees them (ASCII letters, digits, _): "re-enter" holds the word "enter".
  const word = /^[a-z0-9_]+/.exec(prefix)?.[0];
  return word ? word.slice(0, 3) : null;
}

// Word starts too common to gate on: a pattern that can only be told by them is better gated
// on a later word it requires ("we can still" → "still").
const COMMON = new Set(['a', 'i', 'we', 'the', 'is', 'are', 'no', 'not', 'for', 'in', 'on', 'our', 'my', 'it', 'to', 'of', 'and', 'can', 'be', 'you', 'an', 'thi', 'tha', 'was', 'wer', 'hav', 'has', 'had', 'do', 'doe', 'don', 'did', 'get', 'got', 'wit', 'all', 'any', 'som', 'the', 'one', 'so', 'as', 'at', 'by', 'or', 'if', 'but', 'jus', 'now', 'how', 'wha', 'whe', 'cou', 'wou', 'sho', 'wil', 'let', 'me', 'us', 'the', 'the', 're', 'it\'', 'sti', 'tak', 'mak', 'see', 'go', 'any']);

/** Top-level elements of a pattern: [source, required]. Null when it has top-level alternatives. */
function elements(src: string): { part: string; required: boolean; wordStart: boolean }[] | null {
  const out: { part: string; required: boolean; wordStart: boolean }[] = [];
  let i = 0;
  let wordStart = true;
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
    out.push({ part, required, wordStart });
    // The next element starts a word only after a space or \b, or after an optional group
    // ending in a space that itself stood at a word start ("a (?:service )?credit").
    wordStart = (part === ' ' && required) || (!required && wordStart && part.startsWith('(?:') && part.endsWith(' )'));
  }
  return out;
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
const stamps = new Uint32Array(SIZE);
let generation = 0;

/** Word-start keys present in a lower-cased text: every 1-, 2- and 3-character word prefix. */
export interface TextKeys {
  generation: number;
}

export function textKeys(lower: string): TextKeys {
  generation = generation >= 0xfffffffe ? 1 : generation + 1;
  if (generation === 1) stamps.fill(0);
  const g = generation;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = code(lower.charCodeAt(i));
    if (c === 0) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    const c1 = i + 1 < lower.length ? code(lower.charCodeAt(i + 1)) : 0;
    const c2 = c1 !== 0 && i + 2 < lower.length ? code(lower.charCodeAt(i + 2)) : 0;
    stamps[c * BASE * BASE] = g;
    if (c1 !== 0) stamps[(c * BASE + c1) * BASE] = g;
    if (c2 !== 0) stamps[(c * BASE + c1) * BASE + c2] = g;
  }
  return { generation: g };
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
