/**
 * Regexes compiled once per policy object (a WeakMap keyed by identity), so the hot path
 * never builds a RegExp. A team's extra phrases (policy.triage.phrases) join their signal.
 */
import type { Policy } from '../policy/schema';
import { gateKeys, isSentenceLocal, packGate, packKey, packPlan, requiredGroups, type PackedGroups } from './gate';
import { BREADTH_PATTERNS, CASE_SENSITIVE, MACROS, SIGNAL_PATTERNS } from './lexicon';

export interface CompiledSignal {
  id: string;
  regex: RegExp;
  /** Case-sensitive signals run on the normalised text; the rest on its lower-cased copy. */
  caseSensitive: boolean;
  /** Word-start keys one of which a match must begin with; null = always scan. */
  gate: Int32Array | null;
  /**
   * The same branches split in two (signals.ts runs them instead of `regex`, with the same
   * matches): `local` holds the branches that cannot match across a sentence end, run only on
   * the sentences that hold their required words; `rest` the others, run on the whole text
   * when its words allow. `sticky` is `regex` anchored, for a tie between the two.
   */
  local: SignalPart | null;
  rest: SignalPart | null;
  sticky: RegExp;
}

export interface SignalPart {
  /** Per branch, its required word groups (gate.ts requiredGroups), packed (gate.ts packPlan). */
  plan: Int32Array;
  /**
   * The part's branches in consecutive chunks of about CHUNK_CHARS of source each (a longer
   * branch is a chunk of its own), each joined into one regex: V8 stops optimising
   * a regex whose source passes about 20 KB, and one such signal ran 50x slower (security's
   * local part at 22.7 KB: 4.3 ms on a 2 KB ticket).
   */
  chunks: { regex: RegExp; first: number; count: number }[];
}

/** V8 optimises a regex only below about this much source (measured: 19.3 KB fast, 22.7 KB 50x slower). */
export const V8_OPTIMISE_LIMIT = 20_000;
/** Well below V8_OPTIMISE_LIMIT, so a chunk stays under it with its wrapper and a team's phrases. */
export const CHUNK_CHARS = 12_000;

export interface Compiled {
  signals: CompiledSignal[];
  breadth: { level: 1 | 2 | 3; regex: RegExp; numeric: boolean; relative: boolean }[];
  highValuePlans: Set<string>;
  highValueTags: Set<string>;
  highValueOrgs: Set<string>;
}

const cache = new WeakMap<Policy, Compiled>();

/**
 * One RegExp object per source, shared by every policy that has it (every use sets lastIndex
 * first, and a scan never pauses). Measured: a second set of RegExp objects with the
 * default's sources (a team policy) ran 2–3× slower than the first; the gap went away with
 * node --no-regexp-tier-up, so V8 kept them in its bytecode interpreter. Sharing avoids it.
 */
const regexes = new Map<string, RegExp>();
const WARM_UP = ' '.repeat(1_000);
function shared(source: string, flags: 'g' | 'y'): RegExp {
  const key = `${flags}/${source}`;
  let regex = regexes.get(key);
  if (!regex) {
    if (regexes.size >= 2_000) regexes.clear(); // a team editing its phrases many times
    regex = new RegExp(source, flags);
    regexes.set(key, regex);
  }
  return regex;
}

const warm = new WeakSet<RegExp>();
/**
 * The regex, run twice on a long subject before its first use: V8 then compiles it to
 * machine code; a regex that only ever sees short slices can otherwise stay in the bytecode
 * interpreter. On first use, not when built: most parts of most signals never run.
 */
export function warmed(regex: RegExp): RegExp {
  if (!warm.has(regex)) {
    warm.add(regex);
    for (let i = 0; i < 2; i++) (regex.lastIndex = 0), regex.exec(WARM_UP);
  }
  return regex;
}
let builtin: { signals: Map<string, string[]>; breadth: Compiled['breadth'] } | null = null;

/** Expand {MACRO} references (macros may use other macros once). */
export function expand(source: string): string {
  let out = source;
  for (let pass = 0; pass < 2; pass++) out = out.replace(/\{([A-Z0-9]+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex per signal. When every branch of every pattern starts at a word boundary the \b
 * is factored out in front of the alternation: checked once per position instead of once
 * per branch (about a quarter faster on real text).
 */
export function joinPatterns(list: string[]): string {
  const branches = list.flatMap(topLevelBranches);
  if (branches.length > 0 && branches.every((b) => b.startsWith('\\b'))) return `\\b(?:${branches.map((b) => `(?:${b.slice(2)})`).join('|')})`;
  return list.map((x) => `(?:${x})`).join('|');
}

/** A pattern's "|"-separated branches outside any group. */
function topLevelBranches(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

function builtins() {
  if (builtin) return builtin;
  const signals = new Map<string, string[]>();
  for (const [id, sources] of Object.entries(SIGNAL_PATTERNS)) signals.set(id, sources.map(expand));
  const breadth = BREADTH_PATTERNS.map((b, i) => ({
    level: b.level,
    regex: new RegExp(expand(b.source), 'g'),
    numeric: i === BREADTH_PATTERNS.length - 1,
    relative: b.relative === true,
  }));
  builtin = { signals, breadth };
  return builtin;
}

// Per branch source, read once for every policy (the built-in branches are most of them).
const analysed = new Map<string, { local: boolean; groups: PackedGroups }>();
function analysis(branch: string) {
  let a = analysed.get(branch);
  if (!a) {
    if (analysed.size >= 5_000) analysed.clear();
    a = { local: isSentenceLocal(branch), groups: (requiredGroups(branch) ?? []).map((g) => Int32Array.from([...g].map(packKey))) };
    analysed.set(branch, a);
  }
  return a;
}

function part(branches: string[], ungated: boolean): SignalPart | null {
  if (branches.length === 0) return null;
  const chunks: SignalPart['chunks'] = [];
  let first = 0;
  let size = 0;
  branches.forEach((b, i) => {
    if (i > first && size + b.length > CHUNK_CHARS) {
      chunks.push({ regex: shared(joinPatterns(branches.slice(first, i)), 'g'), first, count: i - first });
      first = i;
      size = 0;
    }
    size += b.length + 5;
  });
  chunks.push({ regex: shared(joinPatterns(branches.slice(first)), 'g'), first, count: branches.length - first });
  return { plan: packPlan(branches.map((b) => (ungated ? [] : analysis(b).groups))), chunks };
}

export function compile(policy: Policy): Compiled {
  const hit = cache.get(policy);
  if (hit) return hit;
  const base = builtins();
  const sources = new Map(base.signals);
  const phrases = policy.triage?.phrases ?? {};
  for (const [signal, list] of Object.entries(phrases)) {
    const extra = list
      .map((p) => p.trim())
      .filter((p) => p.length >= 2)
      .map((p) => `\\b${escapeRegex(p.toLowerCase()).replace(/\s+/g, '\\s+')}\\b`);
    if (extra.length === 0) continue;
    sources.set(signal, [...(sources.get(signal) ?? []), extra.join('|')]);
  }
  const signals: CompiledSignal[] = [];
  // "resolved" first: the scan needs to know about a resolution before it stops early (signals.ts).
  const ordered = [...sources].sort(([a], [b]) => (a === 'resolved' ? -1 : b === 'resolved' ? 1 : 0));
  sources.clear();
  for (const [k, v] of ordered) sources.set(k, v);
  // Patterns are written in lower case and run on lower-cased text: no i flag (about twice as fast).
  for (const [id, list] of sources) {
    const caseSensitive = CASE_SENSITIVE.has(id);
    const source = joinPatterns(list);
    const branches = list.flatMap(topLevelBranches);
    // Case-sensitive signals run on the original case, which the word keys do not describe.
    const local = caseSensitive ? [] : branches.filter((b) => analysis(b).local);
    const rest = caseSensitive ? branches : branches.filter((b) => !analysis(b).local);
    signals.push({
      id,
      regex: shared(source, 'g'),
      caseSensitive,
      gate: caseSensitive ? null : packGate(gateKeys(list.map((s) => `(?:${s})`))),
      local: part(local, false),
      rest: part(rest, caseSensitive),
      sticky: shared(source, 'y'),
    });
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean));
  const compiled: Compiled = {
    signals,
    breadth: base.breadth,
    highValuePlans: lower(policy.accounts.highValuePlans),
    highValueTags: lower(policy.accounts.highValueTags),
    highValueOrgs: lower(policy.accounts.highValueOrgs),
  };
  cache.set(policy, compiled);
  return compiled;
}
