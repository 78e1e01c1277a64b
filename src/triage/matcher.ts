/**
 * One signal's matches in one text, exactly as `signal.regex` would find them, with far less
 * work: each of the signal's three parts (compile.ts) runs only where it can match.
 */
import { ENTRY, branchRegex, groupRegexes, warmed, type AnchoredGroup, type BranchList, type Compiled, type CompiledSignal, type SignalPart } from './compile';
import { KEY_BASE, KEY_SPACE, anyBranchPasses, blockRuns, candidateBlocks, wordStarts, type TextKeys } from './gate';

type Chunk = SignalPart['chunks'][number];

export interface Match {
  index: number;
  text: string;
}

/**
 * Where each signal's anchored groups may match in the latest sentenceKeys text: for signal s,
 * pairs (offset, group) in `pairs` from `start[s]` to `start[s + 1]`, in text order. Null when
 * the keys are not the latest (the matchers then run their full regex).
 */
export interface Candidates {
  start: Int32Array;
  pairs: Int32Array;
}

// Local copies: an imported binding may be a getter (tsx, tests), read per word in the loops below.
const STRIDE = ENTRY;
const BASE = KEY_BASE;
const PREFIX_SLOTS = KEY_SPACE;

// Scratch for one collection: triples (signal, offset, group); per anchored branch and per
// group, the blocks where it may match (0 for a signal not wanted).
let found = new Int32Array(3 * 1_024);
let branchBlocks = new Int32Array(1_024);
let groupBlocks = new Int32Array(1_024);
let total = 0;
/** Per signal s, at s + 1: how many of the collected triples are its. */
let perSignal = new Int32Array(64);

/** Adds the entries from `head` on whose group may match at `at` (block bit `bit`). */
function visit(entries: Int32Array, head: number, at: number, bit: number): void {
  for (let e = head; e !== -1; e = entries[e * STRIDE + 2] as number) {
    if (((groupBlocks[entries[e * STRIDE + 3] as number] as number) & bit) === 0) continue;
    if (found.length < 3 * (total + 1)) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    const s = entries[e * STRIDE] as number;
    found[3 * total] = s;
    found[3 * total + 1] = at;
    found[3 * total + 2] = entries[e * STRIDE + 1] as number;
    total++;
    perSignal[s + 1] = (perSignal[s + 1] as number) + 1;
  }
}

/**
 * The anchored candidates of the latest text, for the signals flagged in `wanted`: every word
 * start whose key (or 1- or 2-character prefix) opens one of the signal's groups, kept when
 * the word's block holds the required words of one of that group's branches (anywhere in the
 * text, for a branch that may cross sentences).
 */
export function collectCandidates(compiled: Compiled, keys: TextKeys, wanted: Uint8Array): Candidates | null {
  const words = wordStarts(keys);
  if (!words) return null;
  const { signals, firstWords } = compiled;
  const { heads, entries, groupBase, branchBase } = firstWords;
  if (branchBlocks.length < firstWords.branches) branchBlocks = new Int32Array(firstWords.branches);
  if (groupBlocks.length < firstWords.groups) groupBlocks = new Int32Array(firstWords.groups);
  for (let s = 0; s < signals.length; s++) {
    const part = (signals[s] as CompiledSignal).anchored;
    if (!part) continue;
    const firstGroup = groupBase[s] as number;
    if (wanted[s] !== 1) {
      groupBlocks.fill(0, firstGroup, firstGroup + part.groups.length);
      continue;
    }
    const firstBranch = branchBase[s] as number;
    candidateBlocks(part.plan, keys, branchBlocks, part.anywhere, firstBranch);
    part.groups.forEach((group, g) => {
      let blocks = 0;
      for (const b of group.members) blocks |= branchBlocks[firstBranch + b] as number;
      groupBlocks[firstGroup + g] = blocks;
    });
  }
  if (perSignal.length < signals.length + 1) perSignal = new Int32Array(signals.length + 1);
  perSignal.fill(0);
  total = 0;
  for (let w = 0; w < words.count; w++) {
    const key = words.key[w] as number;
    const at = words.at[w] as number;
    const bit = 1 << (words.block[w] as number);
    visit(entries, heads[key] as number, at, bit);
    // Groups opened by a short prefix that may go on: the word's first two characters, then its first.
    const two = key - (key % BASE);
    const one = key - (key % (BASE * BASE));
    if (two !== one) visit(entries, heads[PREFIX_SLOTS + two] as number, at, bit);
    visit(entries, heads[PREFIX_SLOTS + one] as number, at, bit);
  }
  const start = new Int32Array(signals.length + 1);
  for (let s = 0; s < signals.length; s++) start[s + 1] = (start[s] as number) + (perSignal[s + 1] as number);
  const pairs = new Int32Array(2 * total);
  const next = start.slice(0, signals.length);
  for (let i = 0; i < total; i++) {
    const j = (next[found[3 * i] as number] as number)++;
    pairs[2 * j] = found[3 * i + 1] as number;
    pairs[2 * j + 1] = found[3 * i + 2] as number;
  }
  return { start, pairs };
}

// Candidate runs closer than this many blocks are scanned as one (fewer regex calls).
const RUN_GAP = 1;

// Per-branch masks of the latest text (one signal's local plan at a time), reused.
let branchMasks = new Int32Array(128);

/**
 * next(from) is the leftmost match starting at or after `from`, as regex.exec with
 * lastIndex = from. Three sources give their own leftmost match: the anchored groups, tried
 * at their candidate word starts; the local chunks, on runs of sentences that hold their
 * required words (gate.ts); the rest chunks, on the whole text when its words allow. Chunks
 * of one part are consecutive branches, so on a tie inside a part the earlier chunk's branch
 * comes first, as in the alternation. When two anchored groups or two parts match at one
 * position, their branches there are tried one by one in the signal's order: the first that
 * matches is the one the full alternation takes.
 */
export class Matcher {
  /** Per local chunk that may match here: the chunk and [start, end) runs of the text. */
  private local: { chunk: Chunk; runs: number[] }[] = [];
  /** The whole-text chunks: the rest part's (or the full regex alone, when the word starts are unknown). */
  private rest: Chunk[] = [];
  /** Per chunk (local ones first), its leftmost match at or after the last `from` (undefined: not looked yet). */
  private pending: (Match | null | undefined)[] = [];
  /** Slices of the text by their [start, end), shared by chunks whose runs are the same. */
  private slices = new Map<string, string>();
  /** This signal's candidates: pairs (offset, group) from `cursor` (the next untried) to `end`. */
  private pairs: Int32Array | null = null;
  private cursor = 0;
  private end = 0;
  private anchoredPending: Match | null | undefined;
  /** The pending anchored match has another group matching at its position too. */
  private anchoredTied = false;

  constructor(
    private readonly signal: CompiledSignal,
    private readonly subject: string,
    keys: TextKeys,
    candidates: Candidates | null,
    index: number,
  ) {
    const { anchored, local, rest } = signal;
    if (anchored && !candidates) {
      // Unknown word starts: the full regex alone is exact.
      this.rest = [{ regex: signal.regex, first: 0, count: 0 }];
      return;
    }
    if (anchored && candidates) {
      this.pairs = candidates.pairs;
      this.cursor = 2 * (candidates.start[index] as number);
      this.end = 2 * (candidates.start[index + 1] as number);
    }
    if (local) {
      const branches = local.plan[0] as number;
      if (branchMasks.length < branches) branchMasks = new Int32Array(branches * 2);
      if (candidateBlocks(local.plan, keys, branchMasks) !== 0) {
        for (const chunk of local.chunks) {
          let mask = 0;
          for (let b = chunk.first; b < chunk.first + chunk.count; b++) mask |= branchMasks[b] as number;
          if (mask !== 0) this.local.push({ chunk, runs: blockRuns(mask, keys, subject.length, RUN_GAP) });
        }
      }
    }
    if (rest && anyBranchPasses(rest.plan, keys)) this.rest = rest.chunks;
  }

  next(from: number): Match | null {
    const anchored = this.anchoredFrom(from);
    const local = this.leftmost(0, this.local.length, from);
    const rest = this.leftmost(this.local.length, this.local.length + this.rest.length, from);
    let best: Match | null = null;
    let sources = 0;
    for (const m of [anchored, local, rest]) {
      if (!m) continue;
      if (!best || m.index < best.index) {
        best = m;
        sources = 1;
      } else if (m.index === best.index) sources++;
    }
    if (!best || (sources === 1 && !(best === anchored && this.anchoredTied))) return best;
    const text = this.settle(best.index, anchored?.index === best.index, local?.index === best.index, rest?.index === best.index);
    return { index: best.index, text: text ?? best.text };
  }

  /** The match at `at` of the first branch, in the signal's order, among the sources that match there. */
  private settle(at: number, anchored: boolean, local: boolean, rest: boolean): string | null {
    const tries: { order: number; list: BranchList; branch: number }[] = [];
    const { signal, pairs, pending } = this;
    if (anchored && signal.anchored && pairs) {
      const part = signal.anchored;
      // The pairs at `at` from the cursor on (the ones before it did not match here).
      for (let c = this.cursor; c < this.end && pairs[c] === at; c += 2) {
        for (const b of (part.groups[pairs[c + 1] as number] as AnchoredGroup).members) tries.push({ order: part.order[b] as number, list: part, branch: b });
      }
    }
    const add = (list: BranchList | null, chunk: Chunk) => {
      if (list) for (let b = chunk.first; b < chunk.first + chunk.count; b++) tries.push({ order: list.order[b] as number, list, branch: b });
    };
    if (local) this.local.forEach((l, c) => pending[c]?.index === at && add(signal.local, l.chunk));
    if (rest) this.rest.forEach((chunk, c) => pending[this.local.length + c]?.index === at && add(signal.rest, chunk));
    tries.sort((x, y) => x.order - y.order);
    for (const t of tries) {
      const regex = branchRegex(t.list, t.branch);
      regex.lastIndex = at;
      const m = regex.exec(this.subject);
      if (m) return m[0];
    }
    return null;
  }

  /** The anchored groups' leftmost match at or after `from`. */
  private anchoredFrom(from: number): Match | null {
    const held = this.anchoredPending;
    if (held === null || (held !== undefined && held.index >= from)) return held;
    const pairs = this.pairs;
    let found: Match | null = null;
    this.anchoredTied = false;
    if (pairs) {
      while (this.cursor < this.end && !found) {
        const at = pairs[this.cursor] as number;
        if (at < from) {
          this.cursor += 2;
          continue;
        }
        const text = this.probe(pairs[this.cursor + 1] as number, at);
        if (text === null) {
          this.cursor += 2;
          continue;
        }
        found = { index: at, text };
        // Another group at this word start (a word's key and its prefixes) matching too: a tie.
        for (let c = this.cursor + 2; c < this.end && pairs[c] === at && !this.anchoredTied; c += 2) this.anchoredTied = this.probe(pairs[c + 1] as number, at) !== null;
      }
    }
    return (this.anchoredPending = found);
  }

  private probe(group: number, at: number): string | null {
    const groups = (this.signal.anchored as NonNullable<CompiledSignal['anchored']>).groups;
    for (const regex of groupRegexes(groups[group] as AnchoredGroup)) {
      regex.lastIndex = at;
      const m = regex.exec(this.subject);
      if (m) return m[0];
    }
    return null;
  }

  /** The leftmost match at or after `from` among chunks [first, end) (local ones, then whole-text ones). */
  private leftmost(first: number, end: number, from: number): Match | null {
    let best: Match | null = null;
    for (let c = first; c < end; c++) {
      let m = this.pending[c];
      if (m === undefined || (m !== null && m.index < from)) m = this.pending[c] = this.nextIn(c, from);
      if (m && (!best || m.index < best.index)) best = m;
    }
    return best;
  }

  /** Chunk c's leftmost match at or after `from`: a local chunk on its runs, a whole-text one on the text. */
  private nextIn(c: number, from: number): Match | null {
    if (c >= this.local.length) {
      const regex = warmed((this.rest[c - this.local.length] as Chunk).regex);
      regex.lastIndex = from;
      const m = regex.exec(this.subject);
      return m ? { index: m.index, text: m[0] } : null;
    }
    const { chunk, runs } = this.local[c] as { chunk: Chunk; runs: number[] };
    const regex = warmed(chunk.regex);
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r] as number;
      const end = runs[r + 1] as number;
      if (end <= from) continue;
      const key = `${start}:${end}`;
      let slice = this.slices.get(key);
      if (slice === undefined) this.slices.set(key, (slice = this.subject.slice(start, end)));
      regex.lastIndex = Math.max(0, from - start);
      const m = regex.exec(slice);
      if (m) return { index: start + m.index, text: m[0] };
    }
    return null;
  }
}
