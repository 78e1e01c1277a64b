/**
 * Paraphrase coverage: a failure predicate and an object in the same clause make a fact,
 * whatever the word order ("creating an invoice ends with 'Something went wrong'",
 * "the contacts never show up"). One scan for failure predicates per text, then small
 * tests on the clause around each one. The regex signals in lexicon.ts stay the precise
 * path; this is the broad one, and both go through the same context checks.
 */
import type { PreparedText } from './text';

/** Failure and absence predicates, written in lower case. */
const FAILURE = new RegExp(
  [
    "fail(?:s|ed|ing|ures?)?",
    'errors?|erroring|errored',
    'broken|broke|breaks|breaking',
    'bounc(?:e|es|ed|ing)',
    'declin(?:es|ed|ing)',
    'reject(?:s|ed|ing)',
    'something went wrong|went wrong',
    'no data available|not available|unavailable',
    "never (?:show(?:s|ed)?|arrives?|arrived|appears?|appeared|came|comes?|goes|went|gets?|got|received?|exists?|synced|sent)(?: up| out| through| in)?",
    "(?:don'?t|doesn'?t|didn'?t|do not|does not|did not|aren'?t|isn'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|won'?t) (?:(?:even|ever|actually) )?(?:show(?:ing)?(?: up)?|appear(?:ing)?|arrive|arriving|exist|get|getting|receive|receiving|go(?:ing)? (?:out|through)|sync(?:ing)?|send(?:ing)?|work(?:ing)?|load(?:ing)?|sav(?:e|ing)|process(?:ing)?|generat(?:e|ing)|export(?:ing)?|import(?:ing)?|creat(?:e|ing)|updat(?:e|ing)|print(?:ing)?|deliver(?:ing)?|been (?:sent|delivered|created|paid|processed|imported|synced))",
    'stuck|spinning|spins forever|hangs|frozen',
    'not (?:being )?(?:sent|delivered|created|saved|processed|generated|synced|updated|imported|shipped)',
    'times out|timed out|timing out',
    'no longer (?:work|works|load|loads|sync|syncs|send|sends|show|shows|appear|appears|arrive|arrives|go through|goes through)',
    'can no longer|cannot|can\'?t|unable to|not able to',
    'stopped',
    'disappear(?:s|ed|ing)?|vanish(?:ed|es|ing)?',
    // "Gone out" / "gone through" is sent, not lost.
    "gone(?! out| through| live| ahead)|missing",
    "(?:haven'?t|hasn'?t|have not|has not|had not|hadn'?t) (?:yet )?(?:gone|went) (?:out|through)|none of (?:the|our|my|their) [\\w ,()-]{0,60}?(?:have|has|had) (?:gone|went) (?:out|through)",
    'greyed out|grayed out|invisible',
    'nothing (?:happens|loads|shows|arrives|comes through|goes out|works)|does nothing|do nothing',
    // dev-ae: "has shown 'No appointments' since this morning": a view that comes up empty.
    "(?:shows?|shown|showing|displays?|displaying|says|saying) ['\"‘“]?(?:no|0|zero) (?:appointments|orders|results|data|records|bookings|items|jobs|tickets|patients|entries|rows|messages|contacts|events|shifts|products|invoices|customers)",
  ]
    .map((s) => `(?:${s})`)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')\\b'),
  'g',
);

/** Predicates that mean the thing is gone, not just failing. */
// Not arriving is a delivery failure, not lost data ("invoice emails never arrive at the customers").
const LOSS = /^(?:gone|missing|disappear|vanish|never (?:show|appear|exist|came)|(?:don'?t|doesn'?t|didn'?t|do not|does not|did not|aren'?t|isn'?t|wasn'?t|weren'?t|haven'?t|hasn'?t) (?:(?:even|ever|actually) )?(?:show|appear|exist))/;
/** Abilities: "can't" needs a core verb after it to mean the core task is blocked. */
const ABILITY = /^(?:can no longer|cannot|can'?t|unable to|not able to)$/;

const CORE = /\b(?:invoic\w*|payments?|payouts?|check ?out|carts?|orders?|payroll|pay ?runs?|payslips?|exports?|exporting|quotes?|billing|charges?|refunds?|subscriptions?|transactions?|bookings?|shipping labels?|shipments?|integrations?|webhooks?|bank feeds?|order confirmations?|receipts?|emails? (?:to|for) (?:our )?(?:customers|clients|shoppers|buyers)|erp|(?:nightly|data|erp|inventory|stock) (?:imports?|syncs?|feeds?)|outgoing (?:e-?mails?|messages)|outbound (?:e-?mails?|messages)|replies to customers)\b/;
const CORE_ACTION = /^\s*(?:\w+\s+){0,2}?(?:pay|check ?out|invoice|bill|charge|refund|ship|export|run payroll|process|send (?:out )?(?:invoices|quotes|payslips|bills|statements)|place orders|take (?:payments|orders))\b/;
const LOGIN = /\b(?:log ?in|login|logins|sign ?in|signin|sso|saml|2fa|mfa|two-factor|verification codes?|otp|password|magic links?|authenticat\w*)\b/;
const DATA = /\b(?:data|contacts|records|entries|files|tickets|projects|tasks|documents|history|notes|timesheets|time entries|attachments|leads|deals|candidates|recordings|photos|messages|reports|rows|customers|employees|products|listings|articles|submissions|responses)\b/;
const SYSTEM = /\b(?:platform|app|application|site|website|system|module|dashboards?|boards?|service|portal|workspace|instance|api|account)\b/;
const WIDE = /\b(?:every(?:one|body)?|all|nobody|no one|entire|whole|any of)\b/;
const CLAUSE = /[,;:]|\s-\s|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhile\b|\bwhereas\b/g;

export interface CoHit {
  signal: 'business_blocked' | 'data_loss' | 'login_failure' | 'outage' | 'bug';
  start: number;
  end: number;
}

function clauseAround(text: PreparedText, sStart: number, sEnd: number, at: number, atEnd: number): [number, number] {
  const sentence = text.lower.slice(sStart, sEnd);
  let cStart = sStart;
  let cEnd = sEnd;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(sentence); m; m = CLAUSE.exec(sentence)) {
    const pos = sStart + m.index;
    if (pos < at) cStart = pos + m[0].length;
    else if (pos >= atEnd) {
      cEnd = pos;
      break;
    }
  }
  return [cStart, cEnd];
}

/** Facts from failure predicates and the objects beside them. */
export function cooccurrences(text: PreparedText, sentenceBounds: (at: number) => [number, number], limit = 24): CoHit[] {
  const out: CoHit[] = [];
  const lower = text.lower;
  FAILURE.lastIndex = 0;
  for (let m = FAILURE.exec(lower); m && out.length < limit; m = FAILURE.exec(lower)) {
    const pStart = m.index;
    const pEnd = pStart + m[0].length;
    const [sStart, sEnd] = sentenceBounds(pStart);
    const [cStart, cEnd] = clauseAround(text, sStart, sEnd, pStart, pEnd);
    const clause = lower.slice(cStart, cEnd);
    const predicate = m[0];
    const after = lower.slice(pEnd, Math.min(cEnd, pEnd + 60));
    const ability = ABILITY.test(predicate);
    // The quote runs from the object to the predicate when they sit close together.
    const add = (signal: CoHit['signal'], object?: RegExp) => {
      let start = pStart;
      let end = pEnd;
      const o = object ? object.exec(clause) : null; // object patterns are not global: no lastIndex state
      if (o) {
        const oStart = cStart + o.index;
        const oEnd = oStart + o[0].length;
        if (Math.abs(oStart - pStart) <= 60) {
          start = Math.min(start, oStart);
          end = Math.max(end, oEnd);
        }
      }
      out.push({ signal, start, end });
    };
    if (ability) {
      // "can't pay", "unable to run payroll": the verb after decides.
      if (CORE_ACTION.test(after)) add('business_blocked');
      continue;
    }
    const core = CORE.test(clause);
    if (core) add('business_blocked', CORE);
    if (LOGIN.test(clause)) add('login_failure', LOGIN);
    // "missing a column" lacks something; "missing from the archive" is gone.
    // "the missing signature" is an adjective, "is missing" a state.
    const bare = /^(?:missing|gone)$/.test(predicate);
    const lacks = bare && (/^\s+(?:a|an|the|some|our|my)\b/.test(after) || !/\b(?:is|are|was|were|been|went|gone|now|all|just|seem to be|appear to be|completely|simply|still)\s+$/.test(lower.slice(Math.max(cStart, pStart - 24), pStart)));
    if (LOSS.test(predicate) && !lacks && DATA.test(clause)) add('data_loss', DATA);
    if (!core && SYSTEM.test(clause) && WIDE.test(clause)) add('outage', SYSTEM);
    // Any other stated failure is at least an ordinary defect.
    if (!lacks) add('bug');
  }
  return out;
}
