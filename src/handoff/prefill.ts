/**
 * Handoff prefill: the facts a checklist asks for, found in the ticket, each with where it
 * came from (the quote, as triage evidence: message index, offsets in the message's own text,
 * and the quote; or the snapshot field it was read from). Pure, linear, zod-free: the sidebar
 * runs it beside triage. Every value is a proposal the agent edits, never a decision.
 *
 * Who says what counts:
 * - customer messages: scope, start time, steps, environment, errors;
 * - internal notes: errors and environment too (agents paste logs there);
 * - agent replies and internal notes: what support tried, with its outcome;
 * - agent replies only: commitments made to the customer, the last update.
 * Quoted history, signatures and disclaimers are skipped (the text triage reads), so a fact
 * quoted back in a reply is found once, where it was written.
 */
import type { TicketSnapshot } from '../ticket/snapshot';
import type { PreparedText } from '../triage/text';
import { prepare } from '../triage/text';
import type { Evidence, FiredRule, Suggestion } from '../triage/types';
import { lastCustomerUpdate } from './note';

export type SnapshotField = 'requester.name' | 'requester.email' | 'requester.org' | 'requester.plan' | 'url' | 'ticketNumber' | 'subject';

export interface PrefillValue {
  value: string;
  /** Where in the thread it was said; absent when it comes from a snapshot field. */
  evidence?: Evidence;
  field?: SnapshotField;
}

export interface TriedValue extends PrefillValue {
  action: string;
  /** The outcome in the writer's words; null when the thread does not say. */
  outcome: string | null;
}

export interface Prefill {
  requester: PrefillValue | null;
  organisation: PrefillValue | null;
  plan: PrefillValue | null;
  ticket: (PrefillValue & { id: string | null; number: string | null; url: string }) | null;
  scope: PrefillValue[];
  started: PrefillValue[];
  errors: PrefillValue[];
  environment: PrefillValue[];
  steps: PrefillValue[];
  tried: TriedValue[];
  commitments: PrefillValue[];
  lastUpdate: (PrefillValue & { at: string | null }) | null;
  severity: { value: string; levelName: string; rules: Pick<FiredRule, 'id' | 'label' | 'effect' | 'evidence'>[] } | null;
}

export interface PrefillOptions {
  suggestion?: Suggestion | null;
  /** For the time of the last update; UTC when omitted. */
  timeZone?: string;
}

/** Per extractor, per ticket: enough to fill a field, never a flood. */
const MAX_HITS = 12;

export function prefill(snapshot: TicketSnapshot, options: PrefillOptions = {}): Prefill {
  const texts = snapshot.messages.map((m, i) => prepare(m.text, i, m.author, i + 1, true));
  const customer = texts.filter((t) => t.author === 'customer');
  const support = texts.filter((t) => t.author !== 'customer');
  const notCustomerReplies = texts.filter((t) => t.author !== 'agent');
  const plan = planOf(snapshot, customer);
  return {
    requester: snapshot.requester.name || snapshot.requester.email ? fieldValue([snapshot.requester.name, snapshot.requester.email && `<${snapshot.requester.email}>`].filter(Boolean).join(' '), snapshot.requester.name ? 'requester.name' : 'requester.email') : null,
    organisation: snapshot.requester.org ? fieldValue(snapshot.requester.org, 'requester.org') : null,
    plan,
    ticket: snapshot.url || snapshot.ticketNumber ? { ...fieldValue([snapshot.ticketNumber ? `#${snapshot.ticketNumber}` : '', snapshot.url].filter(Boolean).join(' '), 'url'), id: snapshot.ticketId, number: snapshot.ticketNumber ?? null, url: snapshot.url } : null,
    scope: find(customer, SCOPE, triedOn),
    started: find(customer, STARTED),
    errors: errorsIn(notCustomerReplies),
    environment: [...environmentIn(notCustomerReplies), ...(plan ? [plan] : [])],
    steps: stepsIn(customer),
    tried: triedIn(support),
    commitments: commitmentsIn(texts.filter((t) => t.author === 'agent')),
    lastUpdate: lastUpdateOf(snapshot, texts, options.timeZone),
    severity: severityOf(options.suggestion),
  };
}

// The field texts from a prefill live in their own module: the sidebar needs them without the extractors.
export { prefillAnswers, prefillText } from './prefill-answers';

// ---- helpers ----

function fieldValue(value: string, field: SnapshotField): PrefillValue {
  return { value: oneLine(value), field };
}

/** Evidence for [start, end) of the prepared (normalised) text, in the original's offsets. */
function evidence(t: PreparedText, start: number, end: number): Evidence {
  const s = t.map[start] ?? 0;
  const e = end > start ? (t.map[end - 1] ?? s) + 1 : s;
  return { quote: t.original.slice(s, e), messageIndex: t.messageIndex, start: s, end: e };
}

function hit(t: PreparedText, start: number, end: number, value?: string): PrefillValue {
  const ev = evidence(t, start, end);
  return { value: oneLine(value ?? ev.quote), evidence: ev };
}

/** All matches of the patterns in the texts (on the lower-cased copy), deduplicated by value, in ticket order. */
/** `skip`: a match that the words before it (in `lower`) disqualify. */
function find(texts: PreparedText[], patterns: RegExp[], skip?: (before: string) => boolean): PrefillValue[] {
  const out: PrefillValue[] = [];
  const seen = new Set<string>();
  for (const t of texts) {
    const found: [number, number][] = [];
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(t.lower); m && found.length < MAX_HITS * 2; m = re.exec(t.lower)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].trimEnd().length;
        if (end > start && !skip?.(t.lower.slice(Math.max(0, start - 80), start))) found.push([start, end]);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    // Overlapping matches: keep the longest, in text order.
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let reach = -1;
    for (const [s, e] of found) {
      if (s < reach) continue;
      reach = e;
      const v = hit(t, s, e);
      const key = v.value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
      if (out.length >= MAX_HITS) return out;
    }
  }
  return out;
}

function sentenceBounds(t: PreparedText, at: number): [number, number] {
  let lo = 0;
  let hi = t.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.sentences[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const start = t.sentences[lo]!;
  const end = lo + 1 < t.sentences.length ? t.sentences[lo + 1]! : t.norm.length;
  return [start, end];
}

/** The sentence around an offset, trimmed of spaces and blanked parts. */
function sentenceAt(t: PreparedText, at: number): [number, number] {
  let [s, e] = sentenceBounds(t, at);
  while (s < e && /\s/.test(t.norm[s]!)) s++;
  while (e > s && /\s/.test(t.norm[e - 1]!)) e--;
  return [s, e];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---- scope ----

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a hundred|several|multiple|a few|a couple of|a dozen|dozens of|hundreds of|many|most of our|all of our|all our|all the|all)`;
const WHO = String.raw`(?:people|persons|users?|staff|employees|agents|colleagues|members|team members|accounts|customers|clients|tenants|stores|shops|locations|offices|sites|branches|devices|machines|laptops|scanners|terminals|teams|seats|drivers|technicians|reps|contractors|managers|admins|cashiers|nurses|doctors|teachers|students)`;
const PLACE = String.raw`(?:office|team|company|org|organi[sz]ation|site|branch|department|dept|warehouse|store|shop|location|clinic|school|region|tenant|workspace)`;
const SCOPE: RegExp[] = [
  // "all 40 people in the office", "about 25 users in our Chicago office", "3 stores", "several customers"
  new RegExp(String.raw`\b(?:(?:about|around|roughly|approximately|approx\.?|over|more than|at least|almost|nearly|all|~)\s+)?${NUM}\s+(?:of\s+)?(?:our\s+|my\s+|the\s+)?(?:[a-z-]+\s+)?${WHO}\b(?:\s+(?:in|at|from|across|on)\s+(?:the\s+|our\s+|my\s+)?(?:[a-z-]+\s+){0,2}?${PLACE}s?\b)?`, 'g'),
  // "two of us", "both of us", "half of our team"
  new RegExp(String.raw`\b(?:${NUM}|both|half|some|none)\s+of\s+(?:us|them|our\s+(?:[a-z-]+\s+)?(?:${WHO}|${PLACE}s?))\b`, 'g'),
  // "nobody in our Chicago office", "everyone at the warehouse", "no one on the night shift"
  new RegExp(String.raw`\b(?:nobody|no one|noone|no-one|everyone|everybody|all users|all staff|none of the users)\s+(?:in|at|from|on)\s+(?:the\s+|our\s+|my\s+)?(?:[a-z-]+\s+){0,2}?(?:${PLACE}|shift)s?\b`, 'g'),
  // "the whole office", "our entire company"
  new RegExp(String.raw`\b(?:the|our|my)\s+(?:whole|entire)\s+(?:[a-z-]+\s+)?(?:${PLACE}|staff|shift)s?\b`, 'g'),
  // "only me", "just one user", "a single account", "only one of our agents"
  new RegExp(String.raw`\b(?:(?:only|just)\s+(?:me|myself|one|1|a single)(?:\s+(?:of\s+(?:us|our\s+[a-z-]+)|user|person|agent|account|customer|device|laptop))?|a single\s+(?:user|person|agent|account|customer|device))\b`, 'g'),
];

/** "We tried a reset for two people", "tested it with 2 users": who was tried on, not who is affected. */
const TRIED_ON = /\b(?:tried|try|trying|tested|test|testing|reset|resetting|reinstalled|cleared|clearing|re-?invited|recreated|rebooted|restarted)\b[^.!?;\n]*\b(?:for|with|on)\s+$/;
const triedOn = (before: string) => TRIED_ON.test(before);

// ---- start time ----

const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const CLOCK = String.raw`(?:\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:[a-z]{2,4}t|utc|gmt))?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)`;
const WHEN = String.raw`(?:(?:about|around|approx\.?|approximately|roughly|~)\s*)?(?:${CLOCK}(?:\s+(?:today|yesterday|this morning|on\s+${DAY}))?|yesterday(?:\s+(?:morning|afternoon|evening|night|at\s+${CLOCK}))?|today|this\s+(?:morning|afternoon|evening|week)|(?:last|this past)\s+(?:night|week|weekend|${DAY}|month)|(?:the\s+)?(?:morning|weekend)|${DAY}(?:\s+(?:morning|afternoon|evening|night))?(?:\s+at\s+${CLOCK})?|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|the\s+\d{1,2}(?:st|nd|rd|th)|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|v?\d+\.\d+(?:\.\d+)?|${NUM}\s+(?:minutes|mins|hours|hrs|days|weeks)(?:\s+ago)?)`;
const CHANGE = String.raw`(?:import|update|upgrade|release|deploy(?:ment)?|migration|maintenance|change|changes|sync|reset|outage|patch|rollout|switch|cut-?over|renewal|restart|reboot)`;
const STARTED: RegExp[] = [
  new RegExp(String.raw`\b(?:ever\s+)?since\s+${WHEN}\b`, 'g'),
  // "since the update", "since your latest release", "since we switched to SSO"
  new RegExp(String.raw`\b(?:ever\s+)?since\s+(?:the|your|our|last night's|yesterday's|this morning's|today's|last week's)\s+(?:[a-z-]+\s+){0,2}?${CHANGE}\b`, 'g'),
  // "after last night's import", "right after the morning authentication config update"
  new RegExp(String.raw`\b(?:right\s+|just\s+)?(?:after|following)\s+(?:the|your|our|last night's|yesterday's|this morning's|today's|last week's|${DAY}'s)\s+(?:[a-z0-9.-]+\s+){0,3}?${CHANGE}\b`, 'g'),
  // "it started around 9am", "began 20 minutes ago", "starting from monday"
  new RegExp(String.raw`\b(?:started|began|start(?:ing)?|begin(?:ning)?|happening|broken|failing|down)\s+(?:at\s+|on\s+|from\s+|around\s+|about\s+)?${WHEN}\b`, 'g'),
  // non-native: "from yesterday it not working", "from morning"
  new RegExp(String.raw`\bfrom\s+(?:yesterday|today|this morning|the morning|morning|last night|last week|${DAY})\b`, 'g'),
  new RegExp(String.raw`\b${NUM}\s+(?:minutes|mins|hours|hrs|days|weeks)\s+(?:ago|earlier)\b`, 'g'),
];

// ---- errors ----

const ERRORISH = /\b(?:error|errors|failed|fails?|failure|invalid|denied|unable|cannot|can't|could not|couldn't|not|went wrong|exception|time[ds]? ?out|refused|unauthori[sz]ed|forbidden|expired|missing|unavailable|oops|sorry|problem|unexpected|incorrect|wrong|blocked|rejected|declined|limit)\b/;
const SAYS = /\b(?:says?|said|saying|shows?|showing|showed|message|error|get|gets|getting|got|reads?|pops? up|displays?|returns?|returned|with)\W*$/;
const HTTP_NAMES = String.raw`(?:bad gateway|bad request|unauthori[sz]ed|forbidden|not found|internal server error|service unavailable|gateway time-?out|too many requests|conflict|gone|payload too large|unprocessable entity|method not allowed|request timeout)`;
const HTTP: RegExp[] = [
  new RegExp(String.raw`\b(?:http(?:\s*status)?|status(?:\s*code)?|error(?:\s*code)?|response(?:\s*code)?|got\s+(?:a|an)|returns?\s+(?:a|an)?|returned\s+(?:a|an)?|throws?\s+(?:a|an)?|shows?\s+(?:a|an)|gives?\s+(?:a|an)?)\s*[:#]?\s*[1-5]\d\d\b(?:\s+${HTTP_NAMES})?`, 'g'),
  new RegExp(String.raw`\b[45]\d\d\s+${HTTP_NAMES}\b`, 'g'),
];
/** "error id: AX-99812", "request id 7f3c…", "code E1042". */
const ERROR_ID = /\b(?:error|err|error code|error id|code|request id|req id|request-id|trace id|trace-id|correlation id|incident id|reference|ref|event id)\s*(?:no\.?|number|#)?\s*[:#=]?\s*([a-z0-9][a-z0-9_.:-]{2,63}[a-z0-9])\b/g;
/** Codes that are errors by their form: ERR_CONNECTION_RESET, 0x80070005, NullReferenceException, TypeError. */
const ERROR_FORM = /\b(?:ERR_[A-Z0-9_]{3,40}|0x[0-9A-Fa-f]{6,8}|[A-Z][A-Za-z]{2,40}(?:Exception|Error))\b/g;

function errorsIn(texts: PreparedText[]): PrefillValue[] {
  const out: PrefillValue[] = [];
  const seen = new Set<string>();
  const add = (v: PrefillValue) => {
    const key = v.value.toLowerCase();
    if (seen.has(key) || out.length >= MAX_HITS * 2) return;
    // A code inside a quoted message already taken says nothing new.
    if ([...seen].some((s) => s.includes(key))) return;
    seen.add(key);
    out.push(v);
  };
  for (const t of texts) {
    // Quoted messages: "Invalid credentials", “Something went wrong (code 17)”.
    const quote = /"([^"\n]{3,200})"/g;
    for (let m = quote.exec(t.norm); m; m = quote.exec(t.norm)) {
      const inner = m[1]!.toLowerCase();
      const before = t.lower.slice(Math.max(0, m.index - 40), m.index);
      const words = inner.split(/\s+/).filter(Boolean).length;
      if (ERRORISH.test(inner) || (words >= 2 && SAYS.test(before))) add(hit(t, m.index + 1, m.index + 1 + m[1]!.length));
    }
    for (const re of HTTP) {
      re.lastIndex = 0;
      for (let m = re.exec(t.lower); m; m = re.exec(t.lower)) add(hit(t, m.index, m.index + m[0].length));
    }
    ERROR_ID.lastIndex = 0;
    for (let m = ERROR_ID.exec(t.lower); m; m = ERROR_ID.exec(t.lower)) {
      const id = m[1]!;
      // An id has a digit ("E1042", "ax-99812"), and is not a plain word or a time.
      if (!/\d/.test(id) || /^\d{1,2}[:.]\d{2}$/.test(id) || /^\d{1,3}$/.test(id)) continue;
      add(hit(t, m.index, m.index + m[0].length));
    }
    ERROR_FORM.lastIndex = 0;
    for (let m = ERROR_FORM.exec(t.norm); m; m = ERROR_FORM.exec(t.norm)) add(hit(t, m.index, m.index + m[0].length));
  }
  return out.slice(0, MAX_HITS).sort(byPlace);
}

function byPlace(a: PrefillValue, b: PrefillValue): number {
  return (a.evidence?.messageIndex ?? -2) - (b.evidence?.messageIndex ?? -2) || (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0);
}

// ---- environment ----

const VERSION = String.raw`(?:\s*(?:version|ver\.?|v\.?)?\s*\d{1,4}(?:\.\d{1,4}){0,3})?`;
const ENV_LOWER: RegExp[] = [
  // Browsers, with a version when given ("Chrome 120", "firefox v121.0.1", "Safari 17.2").
  new RegExp(String.raw`\b(?:google chrome|chrome|chromium|firefox|mozilla firefox|safari|microsoft edge|internet explorer|ie ?11|vivaldi)\b${VERSION}`, 'g'),
  // Operating systems and devices.
  new RegExp(String.raw`\b(?:windows\s?(?:10|11|7|8(?:\.1)?|server\s?\d{4})|win\s?(?:10|11)|mac\s?os(?:\s?x)?(?:\s?(?:sonoma|ventura|monterey|sequoia|big sur|\d{2}(?:\.\d+)*))?|os x|ubuntu(?:\s?\d{2}\.\d{2})?|debian|fedora|linux|chrome\s?os|chromebook|ipados(?:\s?\d+(?:\.\d+)*)?|ios\s?\d+(?:\.\d+)*|android\s?\d+(?:\.\d+)*|iphone(?:\s?\d+)?(?:\s?pro)?|ipad(?:\s?(?:pro|air|mini))?|macbook(?:\s?(?:pro|air))?)\b`, 'g'),
  // Our app: "app version 4.12.1", "v4.12", "build 2291", "the desktop app".
  /\b(?:app\s+)?(?:version|ver\.?)\s*\d+(?:\.\d+){1,3}\b|\bv\d+\.\d+(?:\.\d+){0,2}\b|\bbuild\s*#?\s*\d{3,}\b|\b(?:desktop|mobile|ios|android|web|mac|windows)\s+app\b/g,
  // Integrations and identity providers.
  /\b(?:salesforce|hubspot|slack|microsoft teams|ms teams|zapier|make\.com|quickbooks(?: online)?|xero|sage|stripe|paypal|adyen|braintree|square|shopify|woocommerce|magento|bigcommerce|google workspace|g suite|google drive|google sheets|google calendar|outlook|gmail|office 365|microsoft 365|exchange|okta|azure ad|entra id|onelogin|auth0|jumpcloud|jira|confluence|github|gitlab|mailchimp|sendgrid|twilio|netsuite|sap|dynamics 365|workday|bamboohr|docusign|dropbox|box\.com|sharepoint|onedrive|webhooks?|rest api|graphql api|sftp|saml|scim|sso)\b/g,
];
/** Capitalised where a lower-case word would be ordinary English: Edge, Opera, Brave, Windows, Mac. */
const ENV_CASED = /\b(?:Edge|Opera|Brave|Arc)\b(?:\s*(?:version|v\.?)?\s*\d{1,4}(?:\.\d{1,4}){0,3})?|\bWindows\b|\bMac\b|\b[A-Z][A-Za-z0-9.]{1,30}(?:\s[A-Z][A-Za-z0-9.]{1,30})?\s(?:integration|connector|plugin|add-on|extension)\b/g;

function environmentIn(texts: PreparedText[]): PrefillValue[] {
  const lower = find(texts, ENV_LOWER);
  const seen = new Set(lower.map((v) => v.value.toLowerCase()));
  const cased: PrefillValue[] = [];
  for (const t of texts) {
    ENV_CASED.lastIndex = 0;
    for (let m = ENV_CASED.exec(t.norm); m; m = ENV_CASED.exec(t.norm)) {
      const v = hit(t, m.index, m.index + m[0].length);
      const key = v.value.toLowerCase();
      if ([...seen].some((s) => s.includes(key) || key.includes(s))) continue;
      seen.add(key);
      cased.push(v);
    }
  }
  return [...lower, ...cased].sort(byPlace).slice(0, MAX_HITS);
}

const PLAN_IN_TEXT = /\b(?:on|using|have|with|pay for|subscribed to)\s+(?:the|our|a|an)\s+([a-z][a-z0-9+-]{1,20}(?:\s[a-z][a-z0-9+-]{1,20})?)\s+(?:plan|tier|subscription|edition|license|licence)\b/dg;

function planOf(snapshot: TicketSnapshot, customer: PreparedText[]): PrefillValue | null {
  if (snapshot.requester.plan) return fieldValue(snapshot.requester.plan, 'requester.plan');
  for (const t of customer) {
    PLAN_IN_TEXT.lastIndex = 0;
    const m = PLAN_IN_TEXT.exec(t.lower);
    const name = m?.indices?.[1];
    if (m && name) return { ...hit(t, m.index, m.index + m[0].length), value: `${oneLine(evidence(t, name[0], name[1]).quote)} plan` };
  }
  return null;
}

// ---- steps ----

const STEP_LINE = /^[ \t]*(?:(?:step\s*)?\d{1,2}\s*[.):]|[-*•▪◦]|[a-h][.)])\s+(\S.*)$/gim;
const ACTION = /\b(?:click|clicks|clicked|open|opens|opened|go|goes|went|navigate|select|choose|chose|enter|type|typed|press|pressed|tap|upload|uploaded|import|export|save|saved|log|logged|sign|signed|try|tried|add|added|create|created|run|ran|send|sent|submit|submitted|fill|filled|change|changed|set|scroll|drag|attach|attached|download|refresh|reload|login|search|pick|edit|delete|remove|check|uncheck|enable|disable|hit)\b/;
const SEQUENCE_START = /^(?:first(?:ly)?|at first|to start|step one)\b[, ]|^(?:i|we) (?:was |were |have |had )?(?:first|start(?:ed)? by)\b/;
const SEQUENCE_NEXT = /^(?:then|next|after that|afterwards|and then|finally|lastly|at the end|second(?:ly)?|third(?:ly)?)\b/;

function stepsIn(customer: PreparedText[]): PrefillValue[] {
  for (const t of customer) {
    // Numbered or bulleted lines, two or more together, that read as actions.
    const lines: { start: number; end: number; textStart: number }[] = [];
    STEP_LINE.lastIndex = 0;
    for (let m = STEP_LINE.exec(t.norm); m; m = STEP_LINE.exec(t.norm)) {
      const textStart = m.index + m[0].length - m[1]!.length;
      lines.push({ start: m.index, end: m.index + m[0].length, textStart });
    }
    const blocks: (typeof lines)[] = [];
    for (const line of lines) {
      const block = blocks[blocks.length - 1];
      const prev = block?.[block.length - 1];
      const between = prev ? t.norm.slice(prev.end, line.start) : 'x';
      // Consecutive lines, or separated by one blank line.
      if (block && /^\s*$/.test(between) && (between.match(/\n/g)?.length ?? 0) <= 2) block.push(line);
      else blocks.push([line]);
    }
    for (const block of blocks) {
      if (block.length < 2 || !block.some((l) => ACTION.test(t.lower.slice(l.textStart, l.end)))) continue;
      return block.slice(0, MAX_HITS).map((l) => hit(t, l.textStart, l.end));
    }
    // Sequenced prose: "First I open …. Then I click …. Finally it says …".
    for (let i = 0; i < t.sentences.length; i++) {
      const [s, e] = sentenceAt(t, t.sentences[i]!);
      if (!SEQUENCE_START.test(t.lower.slice(s, e))) continue;
      const steps = [hit(t, s, e)];
      for (let j = i + 1; j < t.sentences.length && steps.length < MAX_HITS; j++) {
        const [ns, ne] = sentenceAt(t, t.sentences[j]!);
        if (ns >= ne) continue;
        if (!SEQUENCE_NEXT.test(t.lower.slice(ns, ne))) break;
        steps.push(hit(t, ns, ne));
      }
      if (steps.length >= 2) return steps;
    }
  }
  return [];
}

// ---- what support tried ----

const TRY = /\b(?:tried|attempted|checked|verified|tested|reset|cleared|reinstalled|re-?installed|re-?synced|resynced|reconnected|re-?connected|restarted|rolled back|reproduced|re-?sent|resent|re-?saved|regenerated|rebuilt|re-?ran|disabled|enabled|whitelisted|allowlisted|flushed|purged|reissued|revoked|unlocked|compared|ran)\b/;
const NOT_DONE = /^(?:could|can|would|will|please|have|has|did|do|does|if|when|try|let me|let us|let's|i'll|we'll|i will|we will|i am going|we are going|i'm going|we're going|next step|next,)\b|\?\s*$/;
const FUTURE = /\b(?:will|'ll|going to|gonna|plan to|about to|shall|want to|would like to|need to|should)\s+(?:\w+\s+)?(?:try|check|reset|clear|test|verify|restart|look)/;
const OUTCOME = /\b(?:still (?:failing|fails|failed|broken|not working|doesn't work|does not work|the same|happening|getting|shows|showing|there|no good|occurring|down|locked)|no (?:luck|change|difference|effect|improvement|joy)|did(?:n't| not) (?:help|work|fix|change|solve|resolve)|doesn't help|does not help|same (?:result|error|issue|problem|thing)|not fixed|nothing changed|made no difference|(?:that|this|it) (?:fixed|solved|resolved|worked|helped)|now works|works now|working now|is working again|works again|succeeded|came back|ok now|fine now|all (?:green|good|ok|normal)|(?:is|was|were) (?:green|normal|fine|ok)|no errors?|reproduced|could not reproduce|couldn't reproduce|cannot reproduce|can't reproduce|unable to reproduce|confirmed)\b/;

function triedIn(support: PreparedText[]): TriedValue[] {
  const out: TriedValue[] = [];
  for (const t of support) {
    for (let i = 0; i < t.sentences.length && out.length < MAX_HITS; i++) {
      const [s, e] = sentenceAt(t, t.sentences[i]!);
      if (e <= s) continue;
      const lower = t.lower.slice(s, e);
      if (!TRY.test(lower) || NOT_DONE.test(lower) || FUTURE.test(lower)) continue;
      const sentence = hit(t, s, e);
      let action = sentence.value.replace(/[.!]+$/, '');
      let outcome: string | null = null;
      let ev = sentence.evidence!;
      const here = OUTCOME.exec(lower);
      const tryAt = TRY.exec(lower)!.index;
      if (here && here.index > tryAt) {
        // "We tried a password reset for two people, still failing." → action, outcome.
        const cut = Math.max(lower.lastIndexOf(',', here.index), lower.lastIndexOf(';', here.index), lower.lastIndexOf(':', here.index), lower.lastIndexOf(' - ', here.index), lower.lastIndexOf(' but ', here.index), lower.lastIndexOf(' and ', here.index));
        const split = cut > tryAt ? cut : here.index;
        action = oneLine(evidence(t, s, s + split).quote).replace(/[\s,;:-]+$/, '').replace(/\s+(?:but|and)$/i, '');
        outcome = oneLine(evidence(t, s + split, e).quote).replace(/^[\s,;:-]+|^(?:but|and)\s+/gi, '').replace(/[.!]+$/, '');
      } else if (i + 1 < t.sentences.length) {
        // The outcome in the next sentence: "Cleared the cache on her laptop. Still failing."
        const [ns, ne] = sentenceAt(t, t.sentences[i + 1]!);
        const next = t.lower.slice(ns, ne);
        const there = OUTCOME.exec(next);
        if (there && there.index < 40 && !TRY.test(next.slice(0, there.index))) {
          outcome = oneLine(evidence(t, ns, ne).quote).replace(/[.!]+$/, '');
          ev = evidence(t, s, ne);
          i++;
        }
      }
      out.push({ value: `${action} → ${outcome ?? 'outcome not stated'}`, action, outcome, evidence: ev });
    }
  }
  return out;
}

// ---- commitments ----

const PROMISE = /\b(?:will|'ll|shall|promise|expect to|aim to|plan to|going to|should have|should be able to|you'll|you will|get back|update you|next update|hear (?:back )?from (?:us|me)|follow up)\b/;
const DEADLINE = new RegExp(
  String.raw`\b(?:(?:by|before|no later than|until)\s+(?:the\s+)?(?:end of (?:the\s+)?(?:day|today|business|week|month)|eod|cob|close of business|tomorrow(?:\s+(?:morning|afternoon|noon|evening))?|tonight|this (?:afternoon|evening)|${DAY}|noon|${CLOCK}|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)|within\s+(?:the\s+)?(?:next\s+)?(?:hour|day|(?:\d+|a|an|one|two|three|four|24|48|72)\s*(?:-\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?|h|days?|business days?|working days?))|in\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|fifteen|thirty)\s+(?:minutes?|mins?|hours?|hrs?)|(?:later\s+)?today|tomorrow(?:\s+(?:morning|afternoon))?|first thing(?:\s+tomorrow)?|end of (?:the\s+)?(?:day|week)|asap|as soon as (?:possible|we (?:know|have)))\b`,
);
const MONEY_PROMISE = /\b(?:will|'ll)\s+(?:\w+\s+)?(?:refund|credit|waive|compensate|reimburse|call you)\b/;

function commitmentsIn(agent: PreparedText[]): PrefillValue[] {
  const out: PrefillValue[] = [];
  for (const t of agent) {
    for (let i = 0; i < t.sentences.length && out.length < MAX_HITS; i++) {
      const [s, e] = sentenceAt(t, t.sentences[i]!);
      if (e <= s) continue;
      const lower = t.lower.slice(s, e);
      if (/\?\s*$/.test(lower) || /^(?:could|can|would) you\b/.test(lower)) continue;
      if ((PROMISE.test(lower) && DEADLINE.test(lower)) || MONEY_PROMISE.test(lower)) out.push(hit(t, s, e));
    }
  }
  return out;
}

// ---- the last update and the severity ----

function lastUpdateOf(snapshot: TicketSnapshot, texts: PreparedText[], timeZone: string | undefined): Prefill['lastUpdate'] {
  const index = snapshot.messages.findLastIndex((m) => m.author === 'agent');
  if (index < 0) return null;
  const t = texts[index]!;
  const value = lastCustomerUpdate(snapshot, timeZone);
  // The quote: the reply's first authored sentence.
  let at = 0;
  while (at < t.norm.length && /\s/.test(t.norm[at]!)) at++;
  const [s, e] = sentenceAt(t, at);
  return { value, at: snapshot.messages[index]!.at ?? null, evidence: evidence(t, s, Math.max(e, s)) };
}

function severityOf(suggestion: Suggestion | null | undefined): Prefill['severity'] {
  if (!suggestion) return null;
  const rules = suggestion.rules.filter((r) => r.effect !== 'flag' || r.evidence.length > 0).map(({ id, label, effect, evidence }) => ({ id, label, effect, evidence }));
  const fired = rules.filter((r) => r.effect !== 'flag').map((r) => r.label);
  return { value: `${suggestion.levelName}${fired.length ? ` (${fired.join('; ')})` : ''}`, levelName: suggestion.levelName, rules };
}
