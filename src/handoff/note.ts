/**
 * The escalation note (domain.md section 5), rendered as plain text for textareas and the
 * clipboard, as Markdown for Markdown editors, and as HTML for rich editors. Ticket text is
 * hostile: every value from the ticket or the form is escaped in the HTML and in the
 * Markdown (it cannot become a link, image, heading, table, list, code or markup there), and
 * nothing is ever parsed from it. Only the note's own layout is markup.
 *
 * What fills it: the ticket and the suggestion tell, in the ticket's own words, the impact
 * (the customer's sentences that raised the level), a short narrative without greetings,
 * signatures or quoted history, and the last reply the customer actually saw. The handoff
 * checklist's answers (`fields`, by field id) supply the rest. With the checklist's `items`
 * given, nothing it asked is left "(to fill)": an optional item left empty reads "not given",
 * a line the route did not ask reads "not asked"; answers of the route's own package that
 * have no line of their own go under HANDOFF DETAILS. Without `items` (the quick note of the
 * sidebar before the form), lines without an answer say "(to fill)".
 */
import type { ChecklistItem } from './checklist';
import type { CaseRecord } from './record-line';
import { renderRecordLine } from './record-line';
import type { TicketMessage, TicketSnapshot } from '../ticket/snapshot';
import { normalise, stripNonAuthored } from '../triage/text';
import { SECOND_READING_ID } from '../triage/second-reading-id';
import type { Evidence, FiredRule } from '../triage/types';
import { escapeHtml } from './escape';

/** What the note reads of a fired rule (a FiredRule is one): which words raised or routed, nothing else. */
export interface NoteRule {
  id: FiredRule['id'];
  effect: FiredRule['effect'];
  severity?: FiredRule['severity'];
  trigger?: FiredRule['trigger'];
  evidence: Pick<Evidence, 'messageIndex' | 'start' | 'end'>[];
}

export interface NoteInput {
  snapshot: TicketSnapshot;
  levelName: string;
  destinationName: string;
  rules: readonly NoteRule[];
  /** Filled checklist answers by field id, when the handoff form provides them. */
  fields?: Record<string, string>;
  /** The team's IANA time zone (`policy.businessHours.timeZone`) for times in the note; UTC when omitted or unknown. */
  timeZone?: string;
  /** The checklist the form asked (`checklistFor(…)`): its labels, and what was asked. */
  items?: readonly Pick<ChecklistItem, 'id' | 'label'>[];
  /** The one-line summary after "ESCALATION:"; the ticket's subject when omitted. */
  summary?: string;
  /** The case, for the shared-record line that ends the note (./record-line.ts). */
  record?: CaseRecord;
  /** The impact facts in force once the agent confirmed or changed any (src/triage/decide.ts): business-impact lines. */
  facts?: NoteFact[];
}

/** One impact fact for the note: its label, its value in words, and whether the agent changed it, confirmed it, or it is as read. */
export interface NoteFact {
  label: string;
  value: string;
  by: 'changed' | 'confirmed' | 'read';
}
const FACT_BY = { changed: ' (changed by support)', confirmed: ' (confirmed by support)', read: ' (read from the ticket)' } as const;

export interface RenderedNote {
  text: string;
  markdown: string;
  html: string;
}

const TO_FILL = '(to fill)';
const NOT_GIVEN = 'not given';
const NOT_ASKED = 'not asked';
const NARRATIVE = { minSentences: 3, maxSentences: 5, maxChars: 700 };
const IMPACT = { maxSentences: 3, maxChars: 400 };
const GIST = { maxSentences: 2, maxChars: 240 };
/** Rule families that say when or for whom, not what is broken: never an operational effect. */
const NOT_OPERATIONAL = new Set(['stalled', 'business', 'recurring']);
/**
 * Rules whose words are not what is broken: what the customer tried ("we tried a reset"), and
 * the second reading's single words that weighed.
 */
const NOT_EFFECT_RULES = new Set(['no-workaround', SECOND_READING_ID]);
/** v1 policies named some fields differently: read them in their v2 place. */
const ALIASES: Record<string, string> = { repro_steps: 'steps', error_output: 'error_text', promised_timeline: 'commitments' };
/** Field ids the note places on a line of its own; any other answer goes under HANDOFF DETAILS. */
const PLACED = new Set(['owner', 'ask', 'deadline', 'affected', 'scope', 'business_impact', 'revenue_exposure', 'sla_position', 'started_at', 'expected_actual', 'recent_changes', 'steps', 'error_text', 'environment', 'frequency', 'checks_done', 'workaround', 'commitments', 'sentiment', 'reason', 'decision_needed', 'owner_role']);
const RISK: Record<string, string> = { calm: 'low', concerned: 'medium', frustrated: 'high', angry: 'high' };
/** The shared-record line's tag: ticket text carrying it is defanged so it can never pass as a record. */
const RECORD_TAG = /tierline-case/gi;

/** A piece of a line: the note's own words (a string) or a value from the ticket or the form. */
type Piece = string | { value: string };
type Line = { pieces: Piece[]; list?: 'bullet' | 'number' };
type Block = { heading?: string; lines: Line[] };

const v = (value: string): Piece => ({ value: clean(value) });

export function renderNote({ snapshot, levelName, destinationName, rules, fields = {}, timeZone, items, summary, record, facts = [] }: NoteInput): RenderedNote {
  const answers = new Map<string, string>();
  for (const [id, value] of Object.entries(fields)) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text) answers.set(ALIASES[id] ?? id, text);
  }
  const asked = items ? new Set(items.map((i) => ALIASES[i.id] ?? i.id)) : null;
  /** The answer, or what to say in its place. */
  const field = (id: string): Piece => {
    const answer = answers.get(id);
    if (answer) return v(answer);
    if (!asked) return TO_FILL;
    return asked.has(id) ? NOT_GIVEN : NOT_ASKED;
  };
  const has = (id: string) => answers.has(id);
  const requester = [snapshot.requester.name, snapshot.requester.org].filter(Boolean).join(', ');
  const reference = snapshot.ticketNumber ? `#${oneLine(snapshot.ticketNumber)}` : '';
  const impact = operationalEffect(snapshot, rules);
  const line = (...pieces: Piece[]): Line => ({ pieces });
  const bullet = (...pieces: Piece[]): Line => ({ pieces, list: 'bullet' });

  const impactLines: Line[] = [bullet('Affected customers: ', has('affected') ? field('affected') : requester ? v(requester) : field('affected'))];
  if (has('scope')) impactLines.push(bullet('Scope: ', field('scope')));
  for (const f of facts) impactLines.push(bullet(v(`${f.label}: `), v(f.value), FACT_BY[f.by] ?? ''));
  const quoted = impact.map((s) => `“${s}”`).join(' ');
  if (has('business_impact')) {
    impactLines.push(bullet('Operational effect: ', field('business_impact')));
    if (quoted) impactLines.push(bullet("In the customer's words: ", v(quoted)));
  } else {
    impactLines.push(bullet('Operational effect: ', quoted ? v(quoted) : field('business_impact'), quoted ? " (customer's words)" : ''));
  }
  impactLines.push(bullet('Revenue exposure: ', field('revenue_exposure')), bullet('SLA position: ', field('sla_position')));

  const narrativeLines: Line[] = [line(narrative(snapshot) ? v(narrative(snapshot)) : TO_FILL)];
  for (const [id, label] of [['started_at', 'Started'], ['recent_changes', 'Recent changes']] as const) if (has(id)) narrativeLines.push(line(`${label}: `, field(id)));

  const blocks: Block[] = [
    {
      lines: [
        line('ESCALATION: ', summary?.trim() ? v(oneLine(summary)) : oneLine(snapshot.subject) ? v(oneLine(snapshot.subject)) : TO_FILL),
        line('Ticket: ', v([reference, snapshot.url].filter(Boolean).join(' '))),
        line('Severity: ', v(levelName)),
        line('Routed to: ', v(destinationName), record ? (record.move === 'transfer' ? ' (a transfer: another team at the same tier)' : ' (an escalation: up a tier)') : ''),
        line('Owner: ', field('owner'), ...(has('owner_role') ? [' (', field('owner_role'), ')'] : []), '    Ask: ', field('ask')),
      ],
    },
    { heading: 'BUSINESS IMPACT', lines: impactLines },
    { heading: 'PROBLEM NARRATIVE', lines: narrativeLines },
  ];

  // The reproduction procedure, for defects: when the form asked for it or the agent gave any of it.
  const repro = ['steps', 'expected_actual', 'error_text', 'environment', 'frequency'];
  if (repro.some((id) => has(id) || asked?.has(id))) {
    const lines: Line[] = [];
    if (has('steps')) lines.push(...numbered(answers.get('steps')!));
    else lines.push(line('Steps: ', field('steps')));
    lines.push(line('Expected vs actual: ', field('expected_actual')));
    if (has('error_text') || asked?.has('error_text')) lines.push(line('Exact error output: ', field('error_text')));
    lines.push(line('Environment: ', field('environment'), '    Frequency: ', field('frequency')));
    blocks.push({ heading: 'REPRODUCTION PROCEDURE', lines });
  }

  const actions: Line[] = has('checks_done') ? numbered(answers.get('checks_done')!) : [line(field('checks_done'))];
  if (has('workaround')) actions.push(line('Workaround tried: ', field('workaround')));
  blocks.push({ heading: 'ACTIONS ALREADY TAKEN', lines: actions });

  const sentiment = answers.get('sentiment');
  blocks.push({
    heading: 'CUSTOMER COMMUNICATION STATUS',
    lines: [
      bullet('Most recent update: ', v(lastCustomerUpdate(snapshot, timeZone))),
      bullet('Customer expectation: ', field('commitments')),
      ...(sentiment ? [bullet('Customer sentiment: ', v(sentiment))] : []),
      bullet('Further escalation risk: ', sentiment && RISK[sentiment.toLowerCase()] ? RISK[sentiment.toLowerCase()]! : asked ? NOT_GIVEN : TO_FILL),
    ],
  });

  // The route's own package and the team's own fields: whatever has no line above, by its label.
  const labels = new Map((items ?? []).map((i) => [ALIASES[i.id] ?? i.id, i.label]));
  const details = [...answers.keys()].filter((id) => !PLACED.has(id));
  if (details.length) blocks.push({ heading: 'HANDOFF DETAILS', lines: details.map((id) => bullet(v(labels.get(id) ?? id), ': ', field(id))) });

  const deadline = answers.get('deadline');
  blocks.push({
    heading: 'REQUEST',
    lines: [
      bullet(has('ask') ? v(capitalise(answers.get('ask')!)) : 'Ask', ': ', field('reason')),
      ...(has('decision_needed') ? [bullet('Decision needed: ', field('decision_needed'))] : []),
      bullet('Hard deadline: ', deadline ? v(formatTime(deadline, timeZone)) : field('deadline')),
    ],
  });
  blocks.push({ heading: 'ATTACHMENTS AND REFERENCES', lines: [reference ? bullet('Ticket ', v(reference), ': ', v(snapshot.url)) : bullet(v(snapshot.url))] });
  // The record line as written (not defanged: it is ours), escaped like any value in Markdown and HTML, so each shows the same line.
  if (record) blocks.push({ lines: [line({ value: renderRecordLine(record) })] });

  return { text: renderText(blocks), markdown: renderMarkdown(blocks), html: renderHtml(blocks) };
}

/** An answer with several lines as a numbered list ("1. …"), its own numbering taken off. */
function numbered(answer: string): Line[] {
  return answer
    .split('\n')
    .map((l) => l.trim().replace(/^(?:\d{1,2}\s*[.):]|[-*•])\s*/, ''))
    .filter(Boolean)
    .map((l) => ({ pieces: [v(l)], list: 'number' as const }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Control characters out, the record tag defanged: a value can never pass as our own record line. */
function clean(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(RECORD_TAG, (m) => `${m.slice(0, 8)}\u2011${m.slice(9)}`);
}

function piecesText(pieces: Piece[], value: (text: string) => string, own: (text: string) => string = (t) => t): string {
  return pieces.map((p) => (typeof p === 'string' ? own(p) : value(p.value))).join('');
}

function renderText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      let n = 0;
      const lines = b.lines.map((l) => `${l.list === 'number' ? `${++n}. ` : l.list === 'bullet' ? '- ' : ''}${piecesText(l.pieces, (t) => t)}`);
      return [b.heading, ...lines].filter((l) => l !== undefined).join('\n');
    })
    .join('\n\n');
}

function renderMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const out: string[] = b.heading ? [`**${b.heading}**`, ''] : [];
      let n = 0;
      let previous: Line['list'] | 'plain' | undefined;
      for (const l of b.lines) {
        const kind = l.list ?? 'plain';
        if (previous !== undefined && previous !== kind) out.push('');
        else if (previous === 'plain') out[out.length - 1] += '  '; // a hard line break between plain lines
        const body = piecesText(l.pieces, (t) => escapeMarkdown(t).replace(/\n/g, '  \n'));
        out.push(`${kind === 'number' ? `${++n}. ` : kind === 'bullet' ? '- ' : ''}${body}`);
        previous = kind;
      }
      return out.join('\n');
    })
    .join('\n\n');
}

function renderHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      let n = 0;
      const lines = b.lines.map((l) => `<p>${l.list === 'number' ? `${++n}. ` : l.list === 'bullet' ? '- ' : ''}${escapeHtml(piecesText(l.pieces, (t) => t)).replace(/\n/g, '<br>')}</p>`);
      return (b.heading ? `<p><strong>${escapeHtml(b.heading)}</strong></p>` : '') + lines.join('');
    })
    .join('');
}

/** Addresses a Markdown renderer would turn into links ("https://…", "www.…", "name@host.tld", a bare "host.tld/path" for fuzzy linkifiers). */
const LINKISH = /(?:[a-z][a-z0-9+.-]{0,30}:\/\/|www\.)[^\s]*|[^\s@]+@[^\s@]+\.[^\s@]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b(?:\/[^\s]*)?/gi;

/**
 * Markdown-inert text: every character Markdown gives a meaning anywhere (emphasis, code,
 * links, images, HTML, entities, tables, math) is backslash-escaped; line starts cannot open
 * a heading, list, quote, rule or code block; addresses cannot autolink.
 */
export function escapeMarkdown(value: string): string {
  return value
    .split('\n')
    .map((raw) => {
      const line = raw.replace(/^[ \t]+/, '').replace(/\t/g, ' ');
      const escaped = line
        .replace(/[\\`*_{}[\]()#+!|<>~&$]/g, '\\$&')
        .replace(/^([-=:])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2')
        .replace(LINKISH, (m) => m.replace(/(?<!\\)[.:/@]/g, '\\$&'));
      return escaped;
    })
    .join('\n');
}

export { escapeHtml } from './escape';

/**
 * What is broken for whom: the customer's own sentences holding the words that raised the
 * level, one per sentence, subject last. Time-based, account and volume rules say nothing
 * about what is broken, so they are left out.
 */
export function operationalEffect(snapshot: TicketSnapshot, rules: readonly NoteRule[]): string[] {
  const found: { rank: number; order: number; sentence: string }[] = [];
  for (const rule of rules) {
    if (rule.effect !== 'raise' && rule.effect !== 'route') continue;
    if ((rule.trigger && NOT_OPERATIONAL.has(rule.trigger)) || NOT_EFFECT_RULES.has(rule.id)) continue;
    for (const ev of rule.evidence) {
      const message = snapshot.messages[ev.messageIndex];
      const source = ev.messageIndex === -1 ? snapshot.subject : message?.author === 'customer' ? message.text : undefined;
      if (source === undefined) continue;
      const sentence = sentenceAround(source, ev.start, ev.end);
      // The subject only when no message says it: it repeats the report in fewer words.
      const order = ev.messageIndex === -1 ? Number.MAX_SAFE_INTEGER : ev.messageIndex * 1e7 + ev.start;
      if (sentence && !found.some((f) => f.sentence === sentence)) found.push({ rank: rule.severity ?? 5, order, sentence });
    }
  }
  const fromMessages = found.filter((f) => f.order !== Number.MAX_SAFE_INTEGER);
  const chosen = (fromMessages.length ? fromMessages : found).sort((a, b) => a.rank - b.rank || a.order - b.order);
  // The most severe first when choosing; in the ticket's order when shown.
  const kept = new Set(capSentences(chosen.map((f) => f.sentence), IMPACT.maxSentences, IMPACT.maxChars));
  return chosen.filter((f) => kept.has(f.sentence)).sort((a, b) => a.order - b.order).map((f) => f.sentence);
}

/** 3–5 sentences of what the customer reported, first message first, without the mail around it. */
export function narrative(snapshot: TicketSnapshot): string {
  const sentences: string[] = [];
  for (const message of snapshot.messages) {
    if (message.author !== 'customer') continue;
    sentences.push(...sentencesOf(authoredText(message, snapshot.requester.name)));
    if (sentences.length >= NARRATIVE.minSentences) break;
  }
  return capSentences(sentences, NARRATIVE.maxSentences, NARRATIVE.maxChars).join(' ');
}

/** The last public reply, when and its gist; internal notes are not what the customer saw. */
export function lastCustomerUpdate(snapshot: TicketSnapshot, timeZone: string | undefined): string {
  const reply = snapshot.messages.findLast((m) => m.author === 'agent');
  if (!reply) return 'none yet (no public reply to the customer on this ticket)';
  const when = reply.at ? formatTime(reply.at, timeZone) : 'time not shown';
  const by = reply.authorName ? `, by ${oneLine(reply.authorName)}` : '';
  const gist = capSentences(sentencesOf(authoredText(reply, reply.authorName)), GIST.maxSentences, GIST.maxChars).join(' ');
  return `${when}${by}${gist ? `: “${gist}”` : ''}`;
}

/** "Mon 23 Nov 2026, 09:20 (America/Chicago)": the zone named, so nobody converts twice. */
export function formatTime(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return oneLine(iso);
  if (timeZone) {
    const zoned = timeFormat(timeZone);
    if (zoned) return `${zoned.format(date)} (${timeZone})`;
    // An unknown zone name in the policy: say UTC rather than fail the note.
  }
  return `${timeFormat('UTC')!.format(date)} (UTC)`;
}

/** Formatters are costly to build (a fraction of a millisecond each): one per zone, null for an unknown zone. */
const TIME_FORMATS = new Map<string, Intl.DateTimeFormat | null>();
function timeFormat(timeZone: string): Intl.DateTimeFormat | null {
  if (!TIME_FORMATS.has(timeZone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    } catch {
      format = null;
    }
    if (TIME_FORMATS.size > 50) TIME_FORMATS.clear();
    TIME_FORMATS.set(timeZone, format);
  }
  return TIME_FORMATS.get(timeZone)!;
}

// ---- the author's own words ----

const GREETING_WORD = String.raw`(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon)`;
/** A greeting line on its own ("Hi,", "Hello Acme team!", "Dear Support Team,"). */
const GREETING_LINE = new RegExp(String.raw`^${GREETING_WORD}(?:\s+[\p{L}\p{N}'’.&-]+){0,4}\s*[,!:.—–-]*$`, 'iu');
/** A greeting opening a line's text ("Hi Dana, thanks …", "Hello - since Monday …"). */
const GREETING_LEAD = new RegExp(String.raw`^${GREETING_WORD}(?:\s+[\p{L}\p{N}'’.&-]+){0,4}\s*[,!:—–-]+\s+`, 'iu');
const FORWARD_HEADER = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?|(?:from|to|cc|sent|date|subject):\s.*)$/i;
/** A bare greeting closed by a full stop ("Good morning. Since …"). */
const GREETING_STOP = new RegExp(String.raw`^${GREETING_WORD}[.!]\s+`, 'iu');
/** Courtesy sentences that carry no fact ("Thanks in advance!", "Please help."). */
const FILLER = new RegExp(
  String.raw`^(?:(?:many thanks|thanks|thank you|thx|ty)(?:\s+(?:so|very) much)?(?:\s+(?:again|a lot))?(?:\s+(?:for|in advance)\b[^.!?]{0,70})?` +
    String.raw`|please help|please advise|any help (?:is|would be) (?:much |greatly )?appreciated|(?:i )?hope (?:you're|you are|all is) well|i hope this (?:e-?mail|message) finds you well|looking forward to (?:your|hearing)[^.!?]{0,40})[.!,]*$`,
  'i',
);
/** A sign-off with the name on the same line ("Thanks, Dana", "Cheers - Greg"). */
const SIGN_OFF_WITH_NAME = /^(?:thanks|thank you|many thanks|cheers|best|best regards|kind regards|regards|warm regards|all the best)\s*[,!.—–-]?\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}[.!]?$/iu;

/** The message without greeting, sign-off, signature, disclaimer and quoted history. */
export function authoredText(message: Pick<TicketMessage, 'text' | 'authorName'>, alsoName?: string): string {
  const { norm, map } = normalise(message.text);
  const kept = stripNonAuthored(norm);
  let own = '';
  // Keep the original characters (curly quotes, dashes) where the triage text kept its normalised ones.
  for (let i = 0; i < norm.length; i++) own += kept[i] !== norm[i] ? (norm[i] === '\n' ? '\n' : ' ') : /\s/.test(norm[i]!) ? norm[i] : message.text[map[i]!];
  const paragraphs = own
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  // A forward's own headers at the top (the triage text leaves them in, as they are not quoted history).
  while (paragraphs.length && paragraphs[0]!.length && FORWARD_HEADER.test(paragraphs[0]![0]!)) {
    paragraphs[0]!.shift();
    if (paragraphs[0]!.length === 0) paragraphs.shift();
  }
  if (paragraphs.length && paragraphs[0]!.length && GREETING_LINE.test(paragraphs[0]![0]!)) paragraphs[0]!.shift();
  if (paragraphs[0]?.length === 0) paragraphs.shift();
  if (paragraphs.length) paragraphs[0]![0] = paragraphs[0]![0]!.replace(GREETING_LEAD, '').replace(GREETING_STOP, '');
  const closing = paragraphs[paragraphs.length - 1];
  const signOff = closing ? closing.findIndex((l) => SIGN_OFF_WITH_NAME.test(l)) : -1;
  if (closing && signOff >= 0 && (signOff > 0 || paragraphs.length > 1)) {
    closing.splice(signOff);
    if (closing.length === 0) paragraphs.pop();
  }
  // A closing block with no sign-off word: the author's name, then title or company lines.
  const names = [message.authorName, alsoName].filter((n): n is string => !!n && n.trim().length > 1).map((n) => n.trim().toLowerCase());
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length > 1 && last && last.length <= 5 && last.every((l) => l.length <= 80) && names.some((n) => startsWithName(last[0]!, n))) paragraphs.pop();
  return paragraphs.map((lines) => lines.join(' ')).join('\n\n');
}

function startsWithName(line: string, name: string): boolean {
  const lower = line.toLowerCase().replace(/^[-–—~\s]+/, '');
  const first = name.split(/\s+/)[0]!;
  return lower === name || lower.startsWith(`${name},`) || lower.startsWith(`${name} `) || lower === first || lower === `${first}.`;
}

/** Sentences of authored text: each paragraph split after . ! ? (not inside "v4.12" or "e.g. the"). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const piece of paragraph.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)) {
      const sentence = oneLine(piece);
      if (!sentence || FILLER.test(sentence)) continue;
      out.push(/[.!?:;…]["'”’)]?$/.test(sentence) ? sentence : `${sentence}.`);
    }
  }
  return out;
}

/** The sentence of `text` holding [start, end), on one line. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const boundary = Math.max(before.search(/[^\n]*$/), ...[...before.matchAll(/[.!?]["'”’)]?\s+/g)].map((m) => m.index! + m[0].length));
  const after = /[.!?](?=["'”’)]?(?:\s|$))|\n|$/.exec(text.slice(end));
  const stop = end + (after ? after.index + (after[0] === '\n' || after[0] === '' ? 0 : 1) : 0);
  const sentence = oneLine(text.slice(Math.max(0, boundary), stop)).replace(GREETING_LEAD, '');
  return sentence.length > 300 ? clipWords(sentence, 300) : sentence;
}

/** Whole sentences up to a count and a length; a first sentence longer than the room is cut at a word. */
function capSentences(sentences: string[], maxSentences: number, maxChars: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const sentence of sentences) {
    if (out.length >= maxSentences) break;
    if (used + sentence.length > maxChars) {
      if (out.length === 0) out.push(clipWords(sentence, maxChars));
      break;
    }
    out.push(sentence);
    used += sentence.length + 1;
  }
  return out;
}

function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
