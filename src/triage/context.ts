/**
 * Context that changes what a match means: negation just before it, hypothetical framing,
 * a resolved or past incident in the same clause, an agent's question. Quoted history and
 * signatures are already blanked by text.ts.
 */
import { BELIEF, HABITUAL_PAST, HYPOTHETICAL, NEGATION, NOT_NEGATION, PAST_CUE, PAST_EVENT, RECOVERED_SINCE, RESOLVED_CUE, STILL_CUE } from './lexicon';
import type { PreparedText } from './text';

const THREAT_QUESTION = /\b(?:what happens|what would happen|how (?:do|can|would) (?:i|we)|in case|whether|policy (?:on|for))\b/i;

export type HitContext = 'active' | 'negated' | 'hypothetical' | 'resolved' | 'question';

// Words that end a negation's reach ("I don't know why | we can't log in").
const SCOPE_BREAK = /\b(?:why|because|since|when|but|and|so|that|which|although|though|while|whereas|however|until|unless|or|yet|after|before|now)\b|[,;:()]/gi;
const CLAUSE_BREAK = /(?:[,;:]|\s-\s|\band\b|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|\bwhile\b|\byet\b)/gi;

/** Text of the sentence holding [start,end). */
export function sentenceBounds(text: PreparedText, sentence: number): [number, number] {
  const s = text.sentences[sentence] ?? 0;
  const e = text.sentences[sentence + 1] ?? text.norm.length;
  return [s, e];
}

/** The clause (between commas, "but", …) around a match. */
function clauseBounds(norm: string, sStart: number, sEnd: number, mStart: number, mEnd: number): [number, number] {
  const before = norm.slice(sStart, mStart);
  let cStart = sStart;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cStart = sStart + m.index + m[0].length;
  const after = norm.slice(mEnd, sEnd);
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(after);
  const cEnd = next ? mEnd + next.index : sEnd;
  return [cStart, cEnd];
}

/** True when a negator governs the match: within the last four words, no scope break between. */
export function isNegated(norm: string, clauseStart: number, matchStart: number): boolean {
  let window = norm.slice(Math.max(clauseStart, matchStart - 60), matchStart);
  // Cut at the last scope break.
  SCOPE_BREAK.lastIndex = 0;
  let cut = 0;
  for (let m = SCOPE_BREAK.exec(window); m; m = SCOPE_BREAK.exec(window)) cut = m.index + m[0].length;
  window = window.slice(cut);
  const words = window.trim().split(/\s+/);
  window = words.slice(-4).join(' ');
  if (!window) return false;
  // A "not" inside quoted error text ("'user not assigned' errors") is the error, not a negation.
  window = window.replace(/'[^']*'|"[^"]*"/g, (m) => ' '.repeat(m.length));
  // Blank phrases like "not sure" that look negative but are not.
  window = window.replace(NOT_NEGATION, (m) => ' '.repeat(m.length));
  NEGATION.lastIndex = 0;
  return NEGATION.test(window);
}

const PROBLEM_SIGNALS = new Set([
  'outage',
  'data_loss',
  'security',
  'security_concern',
  'login_failure',
  'business_blocked',
  'blocked',
  'bug',
  'performance',
  'billing_error',
  'sla_breached',
  'sla_risk',
  'regression',
  'discrepancy',
]);
/** Signals that describe the request rather than a state: no negation or past-tense check. */
const FRAMING_SIGNALS = new Set(['design_friction', 'exclaim', 'confidential_mention', 'dns_config', 'config_change', 'data_safe', 'how_to', 'setup', 'feature_request', 'shouting', 'cosmetic', 'minor', 'confusing', 'high_value_text', 'several_high_value']);
const PAST_VERB = /\b(?:was|were|had|did|went|happened|occurred|caused|cost|hit us)\b/i;
/** Harm that lasts once done: a past time alone does not make it over. */
const LASTING_HARM = new Set(['security', 'data_loss']);
const RECENT_PAST = /\b(?:yesterday|last night|over the weekend|this (?:morning|week))\b/i;
// "Will we lose our projects?" asks about a future that has not happened.
const FUTURE_QUESTION = /(?:^\s*|^\s*[\w' ]{1,30}?\s[-–—:]\s*|\b(?:checking|wondering|question|asks?|asked|asking|wants? to know)\s*[-:,]?\s*)(?:will|would|could|might|should|can|is it possible|what if|do we|does (?:it|the|your|this|our|a|an)|is (?:the|your|it(?! (?:normal|expected|usual|ok|okay) that)|everything|something|anything|there)|if|in case|when)\b/i;
// A keyword naming a topic, not an event: "outage history", "how do you handle a data breach?".
const TOPIC_NOUN = /^(?:outages?|downtime|data (?:loss|corruption|breach(?:es)?|leaks?)|security (?:breach(?:es)?|incidents?)|breach(?:es)?|incidents?|vulnerabilit(?:y|ies))$/i;
const TOPIC_AFTER = /^\s*(?:history|windows?|policy|policies|plan|plans|process|procedures?|notifications?|alerts?|status page|page|reports?|runbooks?|drills?|simulations?|tests?|training|communications?|templates?|insurance|clauses?|section|response plan|management)\b/i;
const TOPIC_QUESTION = /^\s*(?:how|where (?:can|do|does|should|would|could)|what(?! happened)|which|do you|does your|is there|are there|can (?:i|we|you)|could (?:i|we|you)|who)\b/i;
// Scare quotes: 'the "outage"', 'your so-called "fix"': a word held at a distance.
const SCARE_BEFORE = /\b(?:the|this|that|your|our|their|so-called|a|an|alleged)\s*$/i;
// A fix promised, not made: "the app will be back up again soon", "we'll have it working again by 3pm".
const PROMISED_FIX = /\b(?:will|'ll|(?:is|are) going to|expects? (?:it |this |them |that )?to|expected to|hope to|aim to|plan to)\s+(?:(?:be|get|have)\s+(?:it\s+|this\s+|them\s+|everything\s+)?)?$/i;
const FIELD_NONE = /^\s*[:=]\s*(?:none|no|n\/a|nothing|not (?:yet|really|that we know of)|no workaround)\b/i;
const HEDGED = /\b(?:should|hopefully|might|may|please (?:check|confirm|verify|test|try)|can you (?:check|confirm|verify|try)|could you (?:check|confirm|verify|try)|let (?:me|us) know)\b/i;
const ANOTHER_WAY = /\b(?:in|on|with|using|via|through) (?:the )?(?:chrome|firefox|safari|edge|another browser|a different browser|web app|desktop app|mobile app|ios app|android app|the web|incognito)\b/i;
const FUTURE_SIGNALS = new Set(['data_loss', 'outage', 'security', 'login_failure']);

const NOT_LIVE_HARM = new Set(['data_loss', 'outage', 'business_blocked', 'login_failure']);
const SAMPLE_DATA = /\b(?:sample data|demo (?:dataset|data)|seeded (?:test )?data|test data)\b/i;
const NOT_LIVE = /\b(?:sandbox|test (?:workspace|account|environment|folder|tenant|instance|site|config|data)|trial (?:workspace|account|period)|demo (?:account|workspace|dataset|data)|sample data|seeded (?:test )?data|staging (?:site|environment|server|workspace))\b/i;
// An outage in the news or in a planned window is a topic or a plan, not this customer's service
// down (dev-p1): "The news says a major cloud provider had an outage", "Will the API be down
// during the planned maintenance?". Not "down since the maintenance last night".
const NEWS_FRAME = /\b(?:the news|in the news|news (?:says?|reports?)|press reports?|(?:an? |the )?(?:article|headline|news story)|(?:read|saw|seen|heard) (?:online|(?:on|in) (?:linkedin|twitter|x|reddit|facebook|social media|hacker news|a blog|the paper))(?: that)?)\b/i;
// "Read that WedPlanr (a competitor) leaked client data", "heard a rival CRM was hacked": news of
// another company, not an incident here, unless the customer's own data is in it (dev-p4).
const HEARD_OF = new Set(['security', 'security_concern', 'data_loss']);
const HEARSAY = /(?:^|[.!?]\s+|\b(?:i|we|just|have|had|i've|we've)\s+)(?:(?:read|heard) (?:that |about |in the news |online |on )|(?:saw|seen) (?:it |this )?(?:in the news |online |on (?:the )?(?:news|linkedin|twitter|reddit|a blog|social media|hacker news)))/gi;
const OURS = /\b(?:our|my|us|we|mine|ours)\b/i;
function aboutOthers(beforeAndMatch: string): boolean {
  let from = -1;
  HEARSAY.lastIndex = 0;
  for (let m = HEARSAY.exec(beforeAndMatch); m; m = HEARSAY.exec(beforeAndMatch)) from = m.index + m[0].length;
  return from !== -1 && !OURS.test(beforeAndMatch.slice(from));
}
const IN_THE_NEWS = /^\s*(?:[\w-]+\s+){0,2}(?:in|from|on) the news\b/i;
// "Their system is down for maintenance this Saturday 2-6am": a window announced ahead (dev-p3).
const PLANNED_DAY = /\b(?:is|are|will be|goes|go) down for (?:planned |scheduled )?maintenance (?:this|next|on|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|\d)/i;
const PLANNED_WINDOW = /\b(?:planned|scheduled|announced|upcoming) (?:maintenance|downtime|outage|window)\b|\bmaintenance window\b|\bduring (?:the |your )?(?:[\w-]+ ){0,3}maintenance\b/i;
// "Is there a way to stop the form on the 22nd, so we don't get orders we cannot bake": in a
// how-to, what follows "so" is the goal, not a failure (dev-p1).
const HOW_TO_OPENING = /^\s*(?:(?:and |also,? |but )?(?:is there (?:a|any) way|how (?:do|can|could|should) (?:i|we)|can (?:i|we)|could (?:i|we)|is it possible))\b/i;
const SO_THAT_WE = /\bso(?: that)? (?:we|i|they|customers|people|nobody|no one)\s+$/i;
// "Sales dropped - is something broken?": a suspicion asked, at the start or after a dash or colon.
const SUSPECT_QUESTION = /(?:^|[-–:]\s)\s*(?:is|are) (?:something|anything|there (?:something|anything|an? (?:problem|issue))) (?:broken|wrong|down|off|failing)\b/i;
// "CloudPay outage - are you affected?": someone else's outage asked about (dev-p2).
const AFFECTED_QUESTION = /\b(?:are|were|is) (?:you|your \w+|we|our \w+) (?:also |at all )?affected\b|\bdoes (?:this|it|that) affect (?:you|us)\b/i;
// "Question 14: 'How would you notify us of a data breach?'": a form's label before the question.
const FORM_LABEL = /^\s*(?:question|q)\s*\d*\s*[:.)-]\s*['"‘“]?/i;
const THIRD_PARTY_BREACH = /\b(?:supplier|vendor|partner|landlord|contractor|carrier|distributor|manufacturer|wholesaler)\b[^.!?\n]{0,40}\b(?:is|are|was|were|has been) in $/i;
const SAW_ON = /\b(?:saw|seen|read|noticed) (?:it |this |that )?(?:on|in) $/i;
const IMPROVISED_BEFORE = /\b(?:we|i|we've|i've|we have|i have|our dev|our developer)\s+(?:\w+\s+)?$/i;
const TEST_DATA = /\b(?:test(?:ing)?|tests|sandbox|demo|dummy|junk|made-up|sample)\b/i;
const CONDITION_ASKED = /^\s*(?:(?:and|but|also|so),? )?(?:if|in case|what if|suppose|supposing|say)\b/i;
const NEARLY = /\b(?:nearly|almost|narrowly|very nearly|came close to)\s+$/i;
const DID_VERB = /^(?:lost|lose|losing|deleted|wiped|erased|overwrote|overwritten|leaked|exposed|sent|charged|paid|missed|broke|crashed|had)\b/i;
const HYPOTHETICAL_FRAME = /\b(?:hypothetically|suppose|supposing|imagine|what if|say|scenario|in theory|worst case)\s*$/i;
// A feature-request label before the colon frames what follows as the wish (dev-p1): "Feature
// request: the audit log shows edits but not who deleted a record". Not "would be great if …:",
// which also opens "Would be great if you could help: nobody can log in".
const WISH_FRAME = /(?:^|[.!?]\s*)(?:feature request|enhancement request|wish ?list item|nice to have)\s*$/i;
// "Would be nice if you fixed this", "I wish you'd sorted it": the fix wished for, not told.
const WISHED_FIX = /\b(?:if|wish|wishing|hope|hoping)\s+(?:[\w']+\s+){0,1}$/i;
const RESOLUTION_CONDITION = /\b(?:unless|until|once|as soon as)\s+(?:[\w']+\s+){0,2}$/i;
// A condition is in the present ("unless this is resolved", "once it's fixed"); "until you fixed it" told the fix.
const PRESENT_PASSIVE = /(?:\b(?:is|are|gets?|be)|'s|’s)\s*\||\|(?:is|are|gets?|be)\b/i;

export function classify(
  text: PreparedText,
  signal: string,
  sentence: number,
  mStart: number,
  mEnd: number,
): HitContext {
  if (FRAMING_SIGNALS.has(signal)) return 'active';
  const norm = text.norm;
  const [sStart, sEnd] = sentenceBounds(text, sentence);
  const [cStart, cEnd] = clauseBounds(norm, sStart, sEnd, mStart, mEnd);
  // "Not urgent" is not emotion; everything else about emotion is taken as written.
  if (signal === 'emotion') return isNegated(norm, cStart, mStart) ? 'negated' : 'active';
  // Connective phrases ("even though we pass owner_id") describe the problem; a "no" before them is part of it.
  const connective = signal === 'bug' && /^(?:even though|instead of|later than|earlier than|in a different|off by|still)\b/i.test(norm.slice(mStart, mEnd));
  // "If this is not fixed we will report you": the negation is the condition, the threat stands.
  const threat = signal === 'churn' || signal === 'legal' || signal === 'exec';
  const conditional = threat && /\b(?:if|unless|until)\b/i.test(norm.slice(sStart, mStart));
  if (signal !== 'resolved' && !connective && !conditional && isNegated(norm, cStart, mStart)) return 'negated';
  // A form's "Workaround: none" (dev-ad): the field says there is none.
  if (signal === 'workaround' && FIELD_NONE.test(norm.slice(mEnd, mEnd + 24))) return 'negated';
  if (signal === 'resolved' || signal === 'churn' || signal === 'legal' || signal === 'exec') {
    if (signal === 'resolved' && isNegated(norm, cStart, mStart)) return 'negated';
    // "It should be working again, can you check?" is a claim waiting for confirmation.
    if (signal === 'resolved' && HEDGED.test(norm.slice(sStart, sEnd))) return 'hypothetical';
    // "On the web app in Chrome everything works": another way in, not the problem gone.
    if (signal === 'resolved' && ANOTHER_WAY.test(norm.slice(sStart, mStart))) return 'hypothetical';
    if (signal === 'resolved' && WISHED_FIX.test(norm.slice(cStart, mStart))) return 'hypothetical';
    if (signal === 'resolved' && PROMISED_FIX.test(norm.slice(cStart, mStart))) return 'hypothetical';
    // "Unless this is resolved today", "once it's fixed": a condition, not a resolution.
    if (signal === 'resolved' && RESOLUTION_CONDITION.test(norm.slice(cStart, mStart)) && PRESENT_PASSIVE.test(`${norm.slice(cStart, mStart)}|${norm.slice(mStart, mEnd)}`)) return 'hypothetical';
    // "Our supplier is in breach of contract": someone else's breach, not a claim against us (dev-p2).
    if (signal === 'legal' && THIRD_PARTY_BREACH.test(norm.slice(sStart, mStart))) return 'hypothetical';
    // "Saw on LinkedIn that CloudPay had an outage": where they read news, not where they will post (dev-p2).
    if (signal === 'exec' && SAW_ON.test(norm.slice(Math.max(sStart, mStart - 24), mStart))) return 'hypothetical';
    // A conditional threat ("if this isn't fixed we'll cancel") is still a threat; a question about it is not.
    if (signal !== 'resolved' && THREAT_QUESTION.test(norm.slice(sStart, mStart))) return 'hypothetical';
    return 'active';
  }
  const sentenceText = norm.slice(sStart, sEnd);
  if (text.author === 'agent' && sentenceText.trimEnd().endsWith('?')) return 'question';
  if (PROBLEM_SIGNALS.has(signal) || signal === 'workaround' || signal === 'confirmed_defect' || signal === 'deadline') {
    // A colon or semicolon ends a framing ("Before we talk renewal: our site cannot take bookings"),
    // unless the framing is the hypothetical ("Hypothetically: our whole database is deleted").
    const whole = norm.slice(sStart, mStart);
    const colon = Math.max(whole.lastIndexOf(': '), whole.lastIndexOf('; '));
    if (colon !== -1 && text.author === 'customer' && WISH_FRAME.test(whole.slice(0, colon))) return 'hypothetical';
    const prefix = colon === -1 || HYPOTHETICAL_FRAME.test(whole.slice(0, colon)) ? whole : whole.slice(colon + 2);
    if (wordSense(signal, norm, sStart, sEnd, mStart, mEnd)) return 'hypothetical';
    // "Is something broken with checkout?": a suspicion asked, not a failure told (dev-p2).
    if (text.author === 'customer' && sentenceText.trimEnd().endsWith('?') && SUSPECT_QUESTION.test(sentenceText)) return 'hypothetical';
    // "Works if I use Chrome" is a workaround, not a hypothetical one.
    if (signal !== 'workaround' && isHypothetical(prefix)) return 'hypothetical';
    // "If the clearing house is down, no invoices can be issued – do you queue them?": the whole
    // sentence is the condition asked about; "If I open it, it crashes." tells what happens.
    if (text.author !== 'internal' && sentenceText.trimEnd().endsWith('?') && CONDITION_ASKED.test(sentenceText)) return 'hypothetical';
    const clause = norm.slice(cStart, cEnd);
    // Harm in a sandbox, a trial or the demo data is not the customer's live work (an agent
    // reproducing a defect on a test account still counts: only the customer's words are read so).
    // A researcher's trial account that reaches other tenants is still an exposure: for security
    // only the sample data itself is not live.
    const sentenceNow = norm.slice(sStart, sEnd);
    if (text.author === 'customer' && (signal === 'security' ? SAMPLE_DATA.test(sentenceNow) : NOT_LIVE_HARM.has(signal) && NOT_LIVE.test(sentenceNow))) return 'hypothetical';
    // An exposure or data loss that happened yesterday is still an incident until it is fixed:
    // for those, a recent past alone ("yesterday's newsletter went to the wrong customers") is no
    // resolution; one from months ago ("back in March you lost some of our data") still is.
    const pastAlone = PAST_CUE.test(clause) && PAST_VERB.test(clause) && !(LASTING_HARM.has(signal) && RECENT_PAST.test(clause));
    if ((RESOLVED_CUE.test(clause) || PAST_EVENT.test(clause) || HABITUAL_PAST.test(clause) || pastAlone) && !STILL_CUE.test(clause)) return 'resolved';
    if (RECOVERED_SINCE.test(clause) && !/\b(?:still|again|not|n't|never|until)\b/i.test(clause)) return 'resolved';
    // "We nearly lost all our data last year": it did not happen.
    if (NEARLY.test(norm.slice(cStart, mStart)) && DID_VERB.test(norm.slice(mStart, mEnd))) return 'hypothetical';
    // "I thought it was deleted": the belief, not the event.
    if (signal !== 'workaround' && BELIEF.test(norm.slice(cStart, mStart))) return 'hypothetical';
    const matched = norm.slice(mStart, mEnd);
    if (TOPIC_NOUN.test(matched) && (TOPIC_AFTER.test(norm.slice(mEnd, mEnd + 40)) || (sentenceText.trimEnd().endsWith('?') && AFFECTED_QUESTION.test(sentenceText)) || (sentenceText.trimEnd().endsWith('?') && TOPIC_QUESTION.test(sentenceText.replace(FORM_LABEL, ''))))) return 'hypothetical';
    const q = norm[mStart - 1];
    if ((q === '"' || q === "'") && norm[mEnd] === q && SCARE_BEFORE.test(norm.slice(Math.max(sStart, mStart - 20), mStart - 1))) return 'hypothetical';
    if (FUTURE_SIGNALS.has(signal) && sentenceText.trimEnd().endsWith('?') && FUTURE_QUESTION.test(sentenceText)) return 'hypothetical';
    if (HEARD_OF.has(signal) && text.author === 'customer' && aboutOthers(norm.slice(sStart, mEnd))) return 'hypothetical';
    if (signal === 'outage' && text.author === 'customer' && (NEWS_FRAME.test(prefix) || IN_THE_NEWS.test(norm.slice(mEnd, sEnd)) || (PLANNED_WINDOW.test(sentenceText) && (sentenceText.trimEnd().endsWith('?') || /\bwill\b/i.test(sentenceText))) || PLANNED_DAY.test(sentenceText))) return 'hypothetical';
    if (text.author === 'customer' && HOW_TO_OPENING.test(sentenceText) && SO_THAT_WE.test(norm.slice(cStart, mStart))) return 'hypothetical';
  }
  return 'active';
}

/**
 * Word senses a fresh writer used (dev-p2): "we hacked together a script", "we hacked the theme
 * CSS" (improvised, not broken into); "a crash course" (training); "250 fake orders" placed in
 * test mode (test data, not fraud).
 */
function wordSense(signal: string, norm: string, sStart: number, sEnd: number, mStart: number, mEnd: number): boolean {
  const matched = norm.slice(mStart, mEnd);
  if (signal === 'security' && /^hack/i.test(matched)) return IMPROVISED_BEFORE.test(norm.slice(Math.max(sStart, mStart - 30), mStart)) || /^\s*(?:together|up|around)\b/i.test(norm.slice(mEnd, mEnd + 12));
  if (signal === 'bug' && /^crash/i.test(matched)) return /^\s*courses?\b/i.test(norm.slice(mEnd, mEnd + 10));
  if (signal === 'security_concern' && /^fake/i.test(matched)) return TEST_DATA.test(norm.slice(sStart, sEnd));
  return false;
}

/**
 * Hypothetical framing before a match. An "if" only counts when the match sits inside the
 * if-clause: "If we lose our data, …" is hypothetical; "If I change the ID, I land in
 * someone else's account" reports what happens (a reproduction step).
 */
function isHypothetical(prefix: string): boolean {
  HYPOTHETICAL.lastIndex = 0;
  const m = HYPOTHETICAL.exec(prefix);
  if (!m) return false;
  if (!/^(?:if|unless)$/i.test(m[0])) return true;
  const lower = prefix.toLowerCase();
  const lastIf = Math.max(lower.lastIndexOf('if '), lower.lastIndexOf('unless '));
  const rest = prefix.slice(lastIf);
  if (/,|\bthen\b/i.test(rest)) return false;
  // "If I change the ID I land in …": a second subject starts the main clause.
  const afterSubject = rest.replace(/^(?:if|unless)\s+\S+\s*/i, '');
  return !/\b(?:i|we|it|they|you|he|she)\b/i.test(afterSubject);
}

export function isProblemSignal(signal: string): boolean {
  return PROBLEM_SIGNALS.has(signal);
}
