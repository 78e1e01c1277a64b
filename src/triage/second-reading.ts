/**
 * The second reading: a linear model over the ticket's words and the rules the engine fired,
 * trained on the labelled tickets in the repository (src/cli/train.ts). Where it reads the
 * ticket as more urgent than the rules did, the level goes up to its reading, two levels at most
 * (domain.md section 1: unsure between two response targets → the faster one). It lowers only
 * when it is sure (`lowered`): one level, from Sev 1–2, never a security, data-loss or outage rule.
 * Two levels since December: a Critical that no rule reads sits at the policy's default Low, and
 * one level up left it below High (leave-one-set-out: labelled Critical below High 5 → 2). It
 * reads tickets where no rule fired too: there the rules' level is the policy's default, and a
 * plain statement of impact no rule knows (a calm "the salary column shows people from another
 * company") is what the engine misses most (issue 11). The words that pulled
 * it up are shown as the evidence. Tone is not read: a clause with a tone word is
 * skipped and the emotion rules are not features (domain.md: impact, never tone); nor are time
 * and history (the stalled, waiting and recurring rules), and a ticket the recurring pattern
 * raised is left as the rules put it.
 *
 * Pure: the model is data (second-reading-model.json), the same input gives the same answer.
 */
import type { Severity } from '../policy/primitives';
import type { Policy } from '../policy/schema';
import type { Evidence, FiredRule, TriageInput } from './types';
export { SECOND_READING_ID } from './second-reading-id';

export interface SecondReadingModel {
  version: 1;
  /** Labelled tickets it was trained on. */
  trained: number;
  /** The levels, in the order of every weight row (the engine's 4-level scale). */
  classes: Severity[];
  /** Features, space-separated: words, "rule:<id>" and "level:<n>", sorted. */
  features: string;
  idf: number[];
  /** Per feature, one weight per class (feature-major). */
  weights: number[];
  bias: number[];
}

/** What the engine decided before the second reading. */
export interface EngineReading {
  /** On the 4-level scale. */
  level: Severity;
  /** Rules that fired: their policy rule ids, effects and the signal each reads. */
  rules: readonly { id: string; effect: FiredRule['effect']; signal?: string }[];
}

export interface SecondReading {
  /** On the 4-level scale: the engine's level, one or two levels higher (more urgent), or one lower (`lowered`). */
  level: Severity;
  /** The words that moved it most, strongest first (empty when it did not move). */
  words: string[];
}

/**
 * Signals whose rules are never features, whatever a team names them: tone (it flags or routes;
 * the level must not follow it), and time and history rather than impact (the ticket's age, a
 * customer's wait, this browser's recent tickets), which route but never set a level: a week-old
 * cosmetic ticket read as Medium otherwise.
 */
const NOT_FEATURES = new Set(['emotion', 'shouting', 'exclaim', 'stalled', 'waiting', 'recurring']);
/** Words of tone, urgency and waiting (time routes, it never sets a level): a clause holding one is not read at all. */
const TONE_WORDS = new Set(
  'unacceptable urgent urgently asap immediately angry furious frustrated frustrating frustration ridiculous terrible horrible awful disappointed disappointing disgusted outraged outrageous livid fed seriously absolutely joke pathetic incompetent useless worst hate sick tired disaster nightmare upset annoyed annoying insane unbelievable shocking appalling waiting waited chasing chased nudge reminder'.split(' '),
);
/** Clause ends: a tone word costs its clause, not the whole sentence ("… this morning, absolutely."). */
const CLAUSE = /[.!?\n,;:]+|\s[-–—]\s/;
/** Greetings and politeness: dropped. */
const POLITE_WORDS = new Set('please kindly thanks thank regards cheers sorry hello hi dear'.split(' '));
/**
 * Who is affected is the rules' judgement (breadth raises once, and only for a whole
 * organisation, an office or several customers; a group inside one customer does not: domain.md
 * section 2). The words that say it are not read, so the model cannot weigh breadth again.
 */
// Department names too ("our finance team"): who is affected is the rules' judgement; trained
// with the precision set dev-p1, "finance" alone had started to raise a bug a group reported.
const BREADTH_WORDS = new Set('team teams department departments dept group groups office offices branch branches everyone everybody every colleague colleagues coworker coworkers whole entire finance accounting sales marketing hr design'.split(' '));
/** Words too common to explain anything: counted, never shown as what pulled the level up. */
export const UNTELLING = new Set(
  'the and for are was were has have had this that with from our you your can not but all any its just also been will would could should there their them they then than when what which who how why where into out off over about after before again still only very much more most some such own same each both few many get got one two do does did is be an as at by if in of on or so to up we us my me no it go going'.split(' '),
);
const THANKS = /\b(?:thanks|thank you|cheers|much appreciated)\b/i;
const TROUBLE = /\b(?:issues?|problems?|trouble|errors?|wrong|stuck|can'?t|cannot|unable|no longer|not|no|none|nothing|won'?t|doesn'?t|don'?t|isn'?t|aren'?t|didn'?t|haven'?t|hasn'?t|never|broken|fail\w*|missing)\b/i;
/** Text read per ticket: the subject and the newest part of a long thread. */
const MAX_CHARS = 12_000;
const WORD = /[\p{L}\p{N}_]{2,}/gu;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.toLowerCase().split(CLAUSE)) {
    const list = clauseWords(clause);
    if (!list || list.some((w) => TONE_WORDS.has(w))) continue;
    const start = out.length;
    for (const w of list) {
      if (BREADTH_WORDS.has(w)) {
        // "… for our finance team": the words that lead into who is affected go with it.
        while (out.length > start && UNTELLING.has(out[out.length - 1] as string)) out.pop();
      } else if (!POLITE_WORDS.has(w)) out.push(w);
    }
  }
  return out;
}

/**
 * `clause.match(WORD)`, scanned by hand while the clause is ASCII (the regex's Unicode classes
 * cost about three times as much on the long threads); the first other character hands the
 * clause to the regex.
 */
function clauseWords(clause: string): string[] | null {
  let out: string[] | null = null;
  let start = -1;
  for (let i = 0; i <= clause.length; i++) {
    const c = i < clause.length ? clause.charCodeAt(i) : 32;
    if (c >= 128) return clause.match(WORD);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 2) (out ??= []).push(clause.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function ticketText(input: TriageInput): string {
  const subject = typeof input?.subject === 'string' ? input.subject.slice(0, 300) : '';
  const messages = Array.isArray(input?.messages) ? input.messages : [];
  const body = messages.map((m) => (m && typeof m.text === 'string' ? m.text : '')).join('\n');
  return `${subject}\n${body.length > MAX_CHARS ? body.slice(-MAX_CHARS) : body}`;
}

export function ruleTokens(engine: EngineReading): string[] {
  const out = engine.rules.filter((r) => r.effect !== 'flag' && !NOT_FEATURES.has(r.signal ?? r.id)).map((r) => `rule:${r.id}`);
  // Not the destination: the emotion flag routes, and tone must not reach the level.
  out.push(`level:${engine.level}`);
  return out;
}

/** Sparse vector: two blocks (words, rule tokens), each sublinear tf × idf, each of unit length. */
export function vectorize(tokensByBlock: string[][], index: ReadonlyMap<string, number>, idf: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const tokens of tokensByBlock) {
    const counts = new Map<number, number>();
    for (const t of tokens) {
      const i = index.get(t);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    let norm = 0;
    const block: [number, number][] = [];
    for (const [i, c] of counts) {
      const v = (1 + Math.log(c)) * (idf[i] as number);
      block.push([i, v]);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [i, v] of block) out.set(i, v / norm);
  }
  return out;
}

export function scores(model: SecondReadingModel, x: ReadonlyMap<number, number>): number[] {
  const k = model.classes.length;
  const s = model.bias.slice();
  for (const [i, v] of x) for (let c = 0; c < k; c++) s[c] = (s[c] as number) + v * (model.weights[i * k + c] as number);
  return s;
}

const indexes = new WeakMap<SecondReadingModel, { names: string[]; index: Map<string, number> }>();
/** The model's features by name, built on first use. */
function indexOf(model: SecondReadingModel): { names: string[]; index: Map<string, number> } {
  let found = indexes.get(model);
  if (!found) {
    const names = model.features.split(' ');
    found = { names, index: new Map(names.map((f, i) => [f, i])) };
    indexes.set(model, found);
  }
  return found;
}

export function read(model: SecondReadingModel, input: TriageInput, engine: EngineReading): SecondReading {
  const tokens = ruleTokens(engine);
  // The recurring pattern raised on this browser's history: the level is more than the ticket says.
  if (engine.rules.some((r) => r.signal === 'recurring')) return { level: engine.level, words: [] };
  const { names, index } = indexOf(model);
  const text = ticketText(input);
  // No rule fired and the ticket thanks without stating any trouble: a closing message, left at
  // the default ("All invoices have gone out this morning, thanks for the quick help").
  if (!tokens.some((t) => t.startsWith('rule:')) && THANKS.test(text) && !TROUBLE.test(text)) return { level: engine.level, words: [] };
  const ticketWords = words(text);
  const x = vectorize([ticketWords, tokens], index, model.idf);
  const s = scores(model, x);
  let best = 0;
  for (let c = 1; c < s.length; c++) if ((s[c] as number) > (s[best] as number)) best = c;
  const wanted = model.classes[best] as Severity;
  const level = wanted < engine.level ? allowed(engine.level, wanted) : lowered(model, s, engine);
  if (level === engine.level) return { level, words: [] };
  // The words that pulled towards its level and away from the engine's, strongest first.
  const k = model.classes.length;
  const to = model.classes.indexOf(level);
  const from = model.classes.indexOf(engine.level);
  const pulls: [string, number][] = [];
  for (const [i, v] of x) {
    const name = names[i] as string;
    if (name.includes(':') || UNTELLING.has(name)) continue;
    const pull = v * ((model.weights[i * k + to] as number) - (model.weights[i * k + from] as number));
    if (pull > 0) pulls.push([name, pull]);
  }
  pulls.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { level, words: pulls.slice(0, 3).map(([w]) => w) };
}

/** Less urgent levels must hold more than this share of the model's probability for it to lower a High… */
export const LOWER_WHEN = 0.7;
/** …and more than this to lower a Critical (at 0.7 one more labelled Critical was read High; at 0.8 none). */
export const LOWER_CRITICAL_WHEN = 0.8;
/** Signals whose rules are never lowered (domain.md section 2: data loss, exposure and security concerns never lower; an outage or a sign-in failing for everyone is the customer's service down). */
export const NEVER_LOWERED: ReadonlySet<string> = new Set(['security', 'security_concern', 'data_loss', 'outage', 'login_widespread']);

/**
 * One level down from the rules' Sev 1 or 2 when the model is sure the ticket is less urgent:
 * the alarming words the rules read, in a ticket whose whole wording reads calmer (precision
 * sets: 13–14 of 72–75 harmless tickets were read Sev 1–2). Never Sev 3–4, never a rule of
 * NEVER_LOWERED.
 */
function lowered(model: SecondReadingModel, s: readonly number[], engine: EngineReading): Severity {
  if (engine.level > 2 || engine.rules.some((r) => NEVER_LOWERED.has(r.signal ?? r.id))) return engine.level;
  const top = Math.max(...s);
  const p = s.map((v) => Math.exp(v - top));
  const sum = p.reduce((a, b) => a + b, 0);
  let calmer = 0;
  model.classes.forEach((level, c) => {
    if (level > engine.level) calmer += (p[c] as number) / sum;
  });
  return calmer > (engine.level === 1 ? LOWER_CRITICAL_WHEN : LOWER_WHEN) ? ((engine.level + 1) as Severity) : engine.level;
}

/** Up to the model's reading, two levels at most; never lower than the rules. */
export function allowed(engine: Severity, wanted: Severity): Severity {
  return wanted < engine ? (Math.max(wanted, engine - 2) as Severity) : engine;
}

/** Where each word stands in the newest message that has it (subject = message -1), as evidence; one quote per sentence. */
export function wordEvidence(input: TriageInput, list: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  const sentences = new Set<string>();
  const texts: [number, string][] = [[-1, typeof input?.subject === 'string' ? input.subject : '']];
  (Array.isArray(input?.messages) ? input.messages : []).forEach((m, i) => texts.push([i, m && typeof m.text === 'string' ? m.text : '']));
  for (const word of list) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu');
    // Newest first: the thread's latest state is what the level is about.
    for (let t = texts.length - 1; t >= 0; t--) {
      const [messageIndex, text] = texts[t] as [number, string];
      const m = pattern.exec(text);
      if (m) {
        const sentence = `${messageIndex}:${Math.max(text.lastIndexOf('. ', m.index - 1), text.lastIndexOf('! ', m.index - 1), text.lastIndexOf('? ', m.index - 1), text.lastIndexOf('\n', m.index - 1))}`;
        if (!sentences.has(sentence)) out.push({ quote: m[0], messageIndex, start: m.index, end: m.index + m[0].length });
        sentences.add(sentence);
        break;
      }
    }
  }
  return out;
}

/** The policy with the second reading off: the rules' level alone (training, and tests of the rules). */
export function rulesOnly(policy: Policy): Policy {
  return { ...policy, triage: { ...policy.triage, secondReading: false } };
}
