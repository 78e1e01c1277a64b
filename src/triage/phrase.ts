/**
 * A fixed pattern of the rules (derive.ts) that runs only on a text where it can match. Each
 * of its top-level branches needs certain word starts (gate.ts requiredGroups: "reported",
 * one of "tenants|customers|…"); a text's word starts are read once, and a pattern none of
 * whose branches has them all is not run. Exact: when a branch may match, the pattern runs on
 * the whole text as before, so `test` and `exec` answer what the regex would.
 *
 * Why: dozens of long alternations ran on every text of every ticket, most with none of their
 * words present, and each cost more than its size suggests (its native code cold in the cache).
 */
import { topLevelBranches } from './compile';
import { KEY_BASE, KEY_SPACE, packKey, requiredGroups } from './gate';

export interface Phrase {
  readonly regex: RegExp;
  /** regex.test(text), without running it where it cannot match. */
  test(text: string): boolean;
  /** regex.exec(text), likewise (a g or y regex gets lastIndex 0 on a skip, as on a miss). */
  exec(text: string): RegExpExecArray | null;
}

/** Every phrase made, so a test can hold each to its regex on every fixture text. */
export const PHRASES: Phrase[] = [];

const WORDS = Math.ceil(KEY_SPACE / 32);

/** Per branch, its required groups of packed keys; null when some branch needs no word (always run). */
function planOf(regex: RegExp): Int32Array[][] | null {
  // The keys are read from lower-case text: a pattern that may match upper case is never skipped.
  if (regex.ignoreCase || /[A-Z]/.test(regex.source.replace(/\\./g, ''))) return null;
  const plan: Int32Array[][] = [];
  for (const branch of topLevelBranches(regex.source)) {
    const groups = requiredGroups(branch);
    if (!groups || groups.length === 0) return null;
    plan.push(groups.map((g) => Int32Array.from([...g].map(packKey))));
  }
  return plan;
}

export function phrase(regex: RegExp): Phrase {
  const plan = planOf(regex);
  const may = (text: string) => plan === null || mayMatch(plan, keysOf(text));
  const made: Phrase = {
    regex,
    test: (text) => may(text) && regex.test(text),
    exec: (text) => {
      if (may(text)) return regex.exec(text);
      if (regex.global || regex.sticky) regex.lastIndex = 0;
      return null;
    },
  };
  PHRASES.push(made);
  return made;
}

function mayMatch(plan: Int32Array[][], keys: Uint32Array | null): boolean {
  if (keys === null) return true;
  return plan.some((groups) => groups.every((group) => group.some((key) => ((keys[key >>> 5] as number) & (1 << (key & 31))) !== 0)));
}

// The texts of the ticket being read: its messages, subject and joined text, reused by every phrase.
const CACHE = 48;
const cachedTexts: string[] = [];
const cachedKeys: (Uint32Array | null)[] = [];
let nextSlot = 0;

/** The 1-, 2- and 3-character word starts of a text as a bit set; null when it has an upper-case letter. */
function keysOf(text: string): Uint32Array | null {
  for (let i = 0; i < cachedTexts.length; i++) if (cachedTexts[i] === text) return cachedKeys[i] as Uint32Array | null;
  const keys = readKeys(text);
  cachedTexts[nextSlot] = text;
  cachedKeys[nextSlot] = keys;
  nextSlot = (nextSlot + 1) % CACHE;
  return keys;
}

// As gate.ts codes them: a-z 1..26, 0-9 27..36, _ 37, anything else 0 (not a word character).
function code(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return c === 95 ? 37 : 0;
}

function readKeys(text: string): Uint32Array | null {
  const keys = new Uint32Array(WORDS);
  const mark = (key: number) => {
    keys[key >>> 5] = (keys[key >>> 5] as number) | (1 << (key & 31));
  };
  const B = KEY_BASE;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) return null;
    const c = code(ch);
    if (c === 0) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    const c1 = code(text.charCodeAt(i + 1) || 0);
    const c2 = c1 === 0 ? 0 : code(text.charCodeAt(i + 2) || 0);
    mark(c * B * B);
    if (c1 !== 0) mark((c * B + c1) * B);
    if (c2 !== 0) mark((c * B + c1) * B + c2);
  }
  return keys;
}
