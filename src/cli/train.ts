/**
 * Trains the second reading (src/triage/second-reading.ts) on the labelled tickets that are
 * read in this repository, and writes its model. Never reads tests/fixtures/triage/unread/:
 * those sets measure the engine and nobody tunes to them.
 *
 *   npm run -s train              write src/triage/second-reading-model.json
 *   npm run -s train -- --check   leave one set out: each set measured by a model trained on the others
 *   npm run -s train -- --check --held dev-o,dev-p   those sets measured by one model trained on the rest
 *
 * Deterministic: the same tickets and engine give the same model, byte for byte.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/schema';
import type { Severity } from '../policy/primitives';
import { suggest } from '../triage';
import { ruleTokens, read, rulesOnly, SECOND_READING_ID, ticketText, vectorize, words, type EngineReading, type SecondReadingModel } from '../triage/second-reading';
import type { TriageInput } from '../triage/types';
import { parseJsonl } from './input';

export interface Example {
  set: string;
  input: TriageInput;
  engine: EngineReading;
  label: Severity;
}

const CLASSES: Severity[] = [1, 2, 3, 4];
/** Inverse strength of the weight penalty, per ticket (as C in a logistic regression). */
const C = 4;
const STEPS = 300;
const MIN_DOCS = 2;

/** The engine's reading without the second reading, as the model sees it at run time. */
export function engineReading(input: TriageInput, policy: Policy = RULES_ONLY): EngineReading {
  const s = suggest(input, policy, { now: Date.parse('2026-11-16T12:00:00Z'), history: [] });
  const signals = new Map(policy.triage.rules.map((r) => [r.id, r.signal]));
  return {
    level: s.severity,
    rules: s.rules.filter((r) => r.id !== SECOND_READING_ID).map((r) => {
      const signal = signals.get(r.id);
      return signal === undefined ? { id: r.id, effect: r.effect } : { id: r.id, effect: r.effect, signal };
    }),
  };
}

// One object, so the engine compiles it once (compile.ts caches by identity).
const RULES_ONLY = rulesOnly(defaultPolicy);

export function train(examples: readonly Example[]): SecondReadingModel {
  const docs = examples.map((e) => [words(ticketText(e.input)), ruleTokens(e.engine)] as const);
  // Vocabulary: words in at least MIN_DOCS tickets, every rule token seen; sorted, so stable.
  const df = new Map<string, number>();
  for (const [w, r] of docs) for (const t of new Set([...w, ...r])) df.set(t, (df.get(t) ?? 0) + 1);
  const keep = [...df].filter(([t, n]) => t.includes(':') || n >= MIN_DOCS).map(([t]) => t).sort();
  const index = new Map(keep.map((t, i) => [t, i]));
  const n = examples.length;
  const idf = keep.map((t) => round(Math.log((1 + n) / (1 + (df.get(t) as number))) + 1));
  const model: SecondReadingModel = { version: 1, trained: n, classes: CLASSES, features: keep.join(' '), idf, weights: new Array(keep.length * CLASSES.length).fill(0), bias: CLASSES.map(() => 0) };
  // The same vectors the model computes at run time.
  const xs = docs.map(([w, r]) => [...vectorize([w, r], index, model.idf)]);
  const ys = examples.map((e) => CLASSES.indexOf(e.label));
  fit(model, xs, ys);
  model.weights = model.weights.map(round);
  model.bias = model.bias.map(round);
  return model;
}

/** Softmax regression, mean log loss + L2 (1 / (C·n)), full-batch Adam. */
function fit(model: SecondReadingModel, xs: [number, number][][], ys: number[]): void {
  const k = CLASSES.length;
  const n = xs.length;
  const lambda = 1 / (C * n);
  // Flat sparse rows: row j is at [start[j], start[j + 1]).
  const start = new Int32Array(n + 1);
  xs.forEach((x, j) => (start[j + 1] = (start[j] as number) + x.length));
  const at = new Int32Array(start[n] as number);
  const val = new Float64Array(start[n] as number);
  xs.forEach((x, j) => x.forEach(([i, v], p) => ((at[(start[j] as number) + p] = i * k), (val[(start[j] as number) + p] = v))));
  const size = model.weights.length;
  const w = new Float64Array(size + k); // the bias after the weights
  const m1 = new Float64Array(size + k);
  const m2 = new Float64Array(size + k);
  const grad = new Float64Array(size + k);
  const s = new Float64Array(k);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= STEPS; step++) {
    grad.fill(0);
    for (let j = 0; j < n; j++) {
      const from = start[j] as number;
      const to = start[j + 1] as number;
      for (let c = 0; c < k; c++) s[c] = w[size + c] as number;
      for (let p = from; p < to; p++) for (let c = 0; c < k; c++) s[c] = (s[c] as number) + (val[p] as number) * (w[(at[p] as number) + c] as number);
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, s[c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += s[c] = Math.exp((s[c] as number) - max);
      for (let c = 0; c < k; c++) {
        const g = ((s[c] as number) / sum - (c === ys[j] ? 1 : 0)) / n;
        for (let p = from; p < to; p++) grad[(at[p] as number) + c] = (grad[(at[p] as number) + c] as number) + g * (val[p] as number);
        grad[size + c] = (grad[size + c] as number) + g;
      }
    }
    for (let i = 0; i < size; i++) grad[i] = (grad[i] as number) + lambda * (w[i] as number);
    const rate = 0.05 / Math.sqrt(1 + step / 50);
    const fix1 = 1 - beta1 ** step;
    const fix2 = 1 - beta2 ** step;
    for (let i = 0; i < grad.length; i++) {
      const g = grad[i] as number;
      m1[i] = beta1 * (m1[i] as number) + (1 - beta1) * g;
      m2[i] = beta2 * (m2[i] as number) + (1 - beta2) * g * g;
      w[i] = (w[i] as number) - (rate * ((m1[i] as number) / fix1)) / (Math.sqrt((m2[i] as number) / fix2) + 1e-8);
    }
  }
  model.weights = Array.from(w.subarray(0, size));
  model.bias = Array.from(w.subarray(size));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The read labelled sets: corpus, holdouts and tuning sets (never unread/). */
export function readSets(root: string): { set: string; path: string }[] {
  const dir = join(root, 'tests/fixtures/triage');
  const top = readdirSync(dir).filter((f) => /^(?:corpus|holdout\d*)\.jsonl$/.test(f)).map((f) => join(dir, f));
  const dev = readdirSync(join(dir, 'dev')).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, 'dev', f));
  return [...top, ...dev].sort().map((path) => ({ set: basename(path, '.jsonl'), path }));
}

export function examplesOf(sets: { set: string; path: string }[]): Example[] {
  const out: Example[] = [];
  for (const { set, path } of sets) {
    const { rows } = parseJsonl(readFileSync(path, 'utf8'));
    for (const row of rows) if (row.label) out.push({ set, input: row.input, engine: engineReading(row.input), label: row.label.severity });
  }
  return out;
}

/**
 * Each set measured by a model that never saw it: trained on every other set, or, with
 * `held`, all the held sets measured by one model trained on the rest.
 */
function check(examples: Example[], held: string[] = []): string {
  const sets = held.length ? held : [...new Set(examples.map((e) => e.set))];
  const lines = ['set            tickets  rules exact  with second reading  labelled Critical below High (rules / with)  moved: right / was right'];
  let total = 0;
  let rules = 0;
  let both = 0;
  const raised = { up: 0, right: 0, wasRight: 0 };
  // Both ways of getting it wrong that matter: a harmless ticket read Sev 1–2, a Sev 1–2 read Medium or Low, a Critical read lower.
  const misses = { harmlessHigh: 0, seriousLow: 0, criticalLower: 0 };
  let heldModel: SecondReadingModel | undefined;
  for (const set of sets) {
    const model = held.length ? (heldModel ??= train(examples.filter((e) => !held.includes(e.set)))) : train(examples.filter((e) => e.set !== set));
    const test = examples.filter((e) => e.set === set);
    let r = 0;
    let s = 0;
    let cr = 0;
    let cs = 0;
    let up = 0;
    let right = 0;
    let wasRight = 0;
    for (const e of test) {
      const level = read(model, e.input, e.engine).level;
      if (level !== e.engine.level) (up++, (right += level === e.label ? 1 : 0), (wasRight += e.engine.level === e.label ? 1 : 0));
      r += e.engine.level === e.label ? 1 : 0;
      s += level === e.label ? 1 : 0;
      if (e.label === 1) (cr += e.engine.level > 2 ? 1 : 0), (cs += level > 2 ? 1 : 0);
      if (e.label >= 3 && level <= 2) misses.harmlessHigh++;
      if (e.label <= 2 && level >= 3) misses.seriousLow++;
      if (e.label === 1 && level >= 2) misses.criticalLower++;
    }
    raised.up += up;
    raised.right += right;
    raised.wasRight += wasRight;
    total += test.length;
    rules += r;
    both += s;
    lines.push(`${set.padEnd(14)} ${String(test.length).padStart(7)}  ${pct(r, test.length).padStart(11)}  ${pct(s, test.length).padStart(19)}  ${`${cr} / ${cs}`.padEnd(43)}  ${up}: ${right} / ${wasRight}`);
  }
  lines.push(`${'all'.padEnd(14)} ${String(total).padStart(7)}  ${pct(rules, total).padStart(11)}  ${pct(both, total).padStart(19)}  ${''.padEnd(43)}  ${raised.up}: ${raised.right} / ${raised.wasRight}`);
  lines.push(`with second reading: labelled Sev 3–4 read Sev 1–2 ${misses.harmlessHigh}, labelled Sev 1–2 read Sev 3–4 ${misses.seriousLow}, labelled Critical read lower ${misses.criticalLower}`);
  return lines.join('\n');
}

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)} %`;

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const examples = examplesOf(readSets(root));
  const at = process.argv.indexOf('--held');
  const held = at > 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : [];
  const unknown = held.filter((set) => !examples.some((e) => e.set === set));
  if (unknown.length) {
    console.error(`train: no read set named ${unknown.join(', ')} (the sets: ${[...new Set(examples.map((e) => e.set))].join(', ')})`);
    process.exit(2);
  }
  if (process.argv.includes('--check')) console.log(check(examples, held));
  else {
    const path = join(root, 'src/triage/second-reading-model.json');
    writeFileSync(path, `${JSON.stringify(train(examples))}\n`);
    console.log(`second reading: trained on ${examples.length} labelled tickets → ${path.slice(root.length + 1)}`);
  }
}
