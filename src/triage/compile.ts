/**
 * Regexes compiled once per policy object (a WeakMap keyed by identity), so the hot path
 * never builds a RegExp. A team's extra phrases (policy.triage.phrases) join their signal.
 */
import type { Policy } from '../policy/schema';
import { KEY_SPACE, firstPrefixes, gateKeys, isSentenceLocal, packGate, packKey, packPlan, requiredGroups, type PackedGroups } from './gate';
import { BREADTH_PATTERNS, CASE_SENSITIVE, MACROS, SIGNAL_PATTERNS } from './lexicon';

export interface CompiledSignal {
  id: string;
  regex: RegExp;
  /** Case-sensitive signals run on the normalised text; the rest on its lower-cased copy. */
  caseSensitive: boolean;
  /** Word-start keys one of which a match must begin with; null = always scan. */
  gate: Int32Array | null;
  /**
   * The same branches split three ways (matcher.ts runs them instead of `regex`, with the same
   * matches). `anchored`: the branches that can only start at a word start with a known first
   * word, tried only where such a word starts. Of the others, `local` holds the branches that
   * cannot match across a sentence end, run only on the sentences that hold their required
   * words; `rest` the rest, run on the whole text when its words allow. When two parts match
   * at one position, the branch first in the signal's order wins (BranchList).
   */
  anchored: AnchoredPart | null;
  local: SignalPart | null;
  rest: SignalPart | null;
}

/** A part's branches one by one, to settle a tie at one position as the full alternation would. */
export interface BranchList {
  /** Per branch, its source. */
  branches: string[];
  /** Per branch, its place in the signal's branch order. */
  order: Int32Array;
  /** Per branch, its sticky regex once a tie needed it. */
  branchRegexes: (RegExp | undefined)[];
}

/**
 * Branches that start with \b and a literal word. A match of such a branch starts where a word
 * with one of its first-word keys (gate.ts packKey: the first three characters) starts, so the
 * scan tries a branch only at those word starts (FirstWords): on the 2 KB benchmark ticket
 * about 1,300 anchored calls instead of every branch at every word boundary.
 */
export interface AnchoredPart extends BranchList {
  /** Per branch, its required word groups, packed (as SignalPart.plan). */
  plan: Int32Array;
  /** Per branch, 1 when it may match across a sentence end (its words may lie anywhere in the text). */
  anywhere: Uint8Array;
  groups: AnchoredGroup[];
}

export interface AnchoredGroup {
  /** Its branches (indices into the part's plan), in the signal's branch order. */
  members: Int32Array;
  /** The members' sources joined, in chunks under CHUNK_CHARS tried in order (the first match wins, as in the full alternation). */
  sources: string[];
  /** Sticky regexes of `sources`, built on first use: most groups never run. */
  regexes: RegExp[] | null;
}

/**
 * Where the anchored groups are: `heads[key]` (a word's own key) and `heads[KEY_SPACE + key]`
 * (a 1- or 2-character prefix a longer word may start with) open a list of entries in
 * `entries`, ENTRY numbers each: signal index, group index, next entry (-1: end), and the
 * group's number across all signals (signal s's group g is `groupBase[s] + g`, of `groups`
 * in all; branches likewise with `branchBase`, of `branches`).
 */
export interface FirstWords {
  heads: Int32Array;
  entries: Int32Array;
  groupBase: Int32Array;
  groups: number;
  branchBase: Int32Array;
  branches: number;
}
export const ENTRY = 4;

export interface SignalPart extends BranchList {
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
  firstWords: FirstWords;
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
export function topLevelBranches(src: string): string[] {
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

/** One branch of a part alone, sticky. */
export function branchRegex(part: BranchList, branch: number): RegExp {
  return (part.branchRegexes[branch] ??= warmed(shared(part.branches[branch] as string, 'y')));
}

/**
 * The regexes of an anchored group (sticky: tried at one word start), warmed: a regex first
 * run on a short ticket starts in V8's regex interpreter; unwarmed, the first 40 corpus
 * tickets after a start took 2.5x as long to read.
 */
export function groupRegexes(group: AnchoredGroup): RegExp[] {
  return (group.regexes ??= group.sources.map((source) => warmed(shared(source, 'y'))));
}

const WORD_START = /^[a-z0-9_]+/;
/**
 * Dispatch slots of a branch (see FirstWords), or null when it is not anchored: it must
 * start with \b and every literal prefix it can start with must begin with a word character.
 * A first word of three or more characters, or a shorter one that the prefix ends ("we ",
 * "it's"), is the word's own key; a shorter prefix that may go on ("e" of "e-?mail") is a
 * prefix slot.
 */
function slotsOf(branch: string): number[] | null {
  if (!branch.startsWith('\\b')) return null;
  const prefixes = firstPrefixes(branch);
  if (!prefixes || prefixes.size === 0) return null;
  const slots = new Set<number>();
  for (const prefix of prefixes) {
    const word = WORD_START.exec(prefix)?.[0];
    if (!word) return null;
    if (word.length >= 3 || prefix.length > word.length) slots.add(packKey(word.slice(0, 3)));
    else slots.add(KEY_SPACE + packKey(word));
  }
  return [...slots];
}

function chunkSources(branches: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const b of branches) {
    if (current.length > 0 && size + b.length > CHUNK_CHARS) {
      out.push(current.join('|'));
      current = [];
      size = 0;
    }
    current.push(`(?:${b})`);
    size += b.length + 5;
  }
  if (current.length > 0) out.push(current.join('|'));
  return out;
}

/**
 * Branches that can start with the same first words share one group (most come from one
 * macro: "can't", "unable to", … followed by different objects), so each branch is compiled
 * once, in one regex with its likes: thousands of small regexes made the first tickets after
 * the worker starts several times slower to read.
 */
function anchoredPart(branches: { source: string; order: number; slots: number[] }[]): { part: AnchoredPart; slots: [slot: number, group: number][] } | null {
  if (branches.length === 0) return null;
  const bySlots = new Map<string, number[]>();
  branches.forEach((b, i) => {
    const key = [...b.slots].sort((x, y) => x - y).join(',');
    const list = bySlots.get(key);
    if (list) list.push(i);
    else bySlots.set(key, [i]);
  });
  const groups: AnchoredGroup[] = [];
  const slots: [number, number][] = [];
  for (const members of bySlots.values()) {
    for (const slot of (branches[members[0] as number] as { slots: number[] }).slots) slots.push([slot, groups.length]);
    groups.push({ members: Int32Array.from(members), sources: chunkSources(members.map((m) => (branches[m] as { source: string }).source)), regexes: null });
  }
  const plan = packPlan(branches.map((b) => analysis(b.source).groups));
  const anywhere = Uint8Array.from(branches.map((b) => (analysis(b.source).local ? 0 : 1)));
  return { part: { plan, anywhere, groups, ...branchList(branches) }, slots };
}

function branchList(branches: { source: string; order: number }[]): BranchList {
  return { branches: branches.map((b) => b.source), order: Int32Array.from(branches, (b) => b.order), branchRegexes: [] };
}

function part(list: { source: string; order: number }[], ungated: boolean): SignalPart | null {
  if (list.length === 0) return null;
  const branches = list.map((b) => b.source);
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
  return { plan: packPlan(branches.map((b) => (ungated ? [] : analysis(b).groups))), chunks, ...branchList(list) };
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
  const heads = new Int32Array(2 * KEY_SPACE).fill(-1);
  const entries: number[] = [];
  const groupBase: number[] = [];
  const branchBase: number[] = [];
  let anchoredGroups = 0;
  let anchoredBranches = 0;
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
    const slots = branches.map((b) => (caseSensitive ? null : slotsOf(b)));
    const anchored = anchoredPart(branches.flatMap((source, order) => (slots[order] ? [{ source, order, slots: slots[order] as number[] }] : [])));
    const others = branches.map((source, order) => ({ source, order })).filter((b) => !slots[b.order]);
    const local = caseSensitive ? [] : others.filter((b) => analysis(b.source).local);
    const rest = caseSensitive ? others : others.filter((b) => !analysis(b.source).local);
    groupBase.push(anchoredGroups);
    branchBase.push(anchoredBranches);
    anchored?.slots.forEach(([slot, group]) => {
      entries.push(signals.length, group, heads[slot] as number, anchoredGroups + group);
      heads[slot] = entries.length / ENTRY - 1;
    });
    anchoredGroups += anchored?.part.groups.length ?? 0;
    anchoredBranches += anchored ? (anchored.part.plan[0] as number) : 0;
    signals.push({
      id,
      regex: shared(source, 'g'),
      caseSensitive,
      gate: caseSensitive ? null : packGate(gateKeys(list.map((s) => `(?:${s})`))),
      anchored: anchored?.part ?? null,
      local: part(local, false),
      rest: part(rest, caseSensitive),
    });
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean));
  const compiled: Compiled = {
    signals,
    firstWords: {
      heads,
      entries: Int32Array.from(entries),
      groupBase: Int32Array.from(groupBase),
      groups: anchoredGroups,
      branchBase: Int32Array.from(branchBase),
      branches: anchoredBranches,
    },
    breadth: base.breadth,
    highValuePlans: lower(policy.accounts.highValuePlans),
    highValueTags: lower(policy.accounts.highValueTags),
    highValueOrgs: lower(policy.accounts.highValueOrgs),
  };
  cache.set(policy, compiled);
  return compiled;
}
