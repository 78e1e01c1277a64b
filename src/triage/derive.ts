/**
 * Facts that combine signals with breadth, the account and time: "login failure" + "whole
 * office" = widespread login failure; a core task failing for "some" orders is partial; a
 * high-value account with a problem is a key account at stake.
 */
import type { Policy } from '../policy/schema';
import type { Compiled } from './compile';
import { classify, sentenceBounds } from './context';
import { phrase, type Phrase } from './phrase';
import { evidenceOf, type Facts } from './signals';
import { sentenceIndexOf } from './text';
import { FIELD_EVIDENCE, type Evidence, type EvidenceField, type TriageInput } from './types';

// The patterns here without the i flag are written in lower case and run only on lower-cased
// text (a text's `lower`, `facts.activeText`): the flag made the costliest of them about twice
// as slow on a long thread.

// "The rest go out fine", "FedEx works": the core task fails only for part of the work.
const OTHERS_WORK = phrase(/\b(?:others|the rest|the others|everything else)[,:]? (?:are |is |seem |look )?(?:all )?(?:fine|ok|okay)\b|\b(?:the rest|others?|regular|normal|most|everything else)\b[^.!?\n]{0,40}?\b(?:works?|go(?:es)? (?:out|through)|are fine|is fine|went through|send|sends|get theirs|gets theirs|issue fine)\b|\b(?:cards?|paypal|apple pay|ios|android|web|desktop) (?:still )?works?\b|\b(?:ran|runs|went out|was paid|were paid) fine\b|\b(?:others|the rest|the others) (?:do|does|did|arrive|come through|are ok)\b|\(\w+ works?\)|\bonly (?:for|with|on|when)\b(?! (?:their|this|our|your|the) (?:store|shop|account|tenant|site|company|workspace|instance)\b)|\b(?:go|goes|went|come|comes|came) through (?:fine|ok|okay|normally)\b|\bit'?s (?:just|only) the\b|\b(?:ios|android|iphone|desktop|web|mobile|chrome|safari|firefox|edge|paypal|cards?)(?: (?:and|or) \w+)? (?:are|is) (?:fine|ok|okay|working)\b/);
// A short sentence that says another part still works: "Cards work.", "GBP ones were.",
// "Other banks are accepted.", "order.updated still fires." (not "it"/"everything": a resolution).
const REST_WORKS = phrase(/(?:^|[.!?]\s+|\n\s*)(?!(?:it|everything|all|this|that|now|nothing|none|no)\b)(?!(?:the |our |your )?(?:store ?front|site|website|shop|store|app|page|portal|log ?in|sign-?in|dashboard|platform|system|product)(?: itself)? )(?:[\w'&().-]+ ){0,4}?(?:[\w'&().-]+) (?:(?:is|are|still|itself|themselves|all|both|seem|seems|do|does) )?(?:(?:still|all) )?(?<!\b(?:cannot|can't|can not|unable to|not able to|no longer|couldn't|could not|don't|doesn't|won't|not|never|aren't able to|isn't able to) )(?:fine|ok|okay|work|works|working|function|functions|accepted|go through|goes through|go out|goes out|come through|comes through|send fine|sends fine|print fine|export fine|fires|did|were|was|see it|sees it|load fine|are unaffected|is unaffected|not affected|normally|as normal)(?: fine| normally| as usual| ok)?[.!]/);
const REST_WORKS_INLINE = phrase(/[,;] (?:(?!(?:is|are|was|were|but|and|or|it|they|that|this|these|those|all|seems?|looks?|otherwise|which|so|still)\b)[\w.-]+ ){1,2}(?:ok|okay|fine|unaffected)(?=\s*(?:\n|$|[.!]))|\beverything else\b[^.!?\n]{0,30}?\b(?:works?|is fine|is working|is ok)\b|\b(?:regular|normal|other) [\w-]+ (?:send|sends|go out|arrive|get theirs)\b|[,;] (?:[\w.-]+ )?(?:and|or) [\w.-]+ (?:are|is) (?:fine|ok|okay|working|unaffected)\b|\bonly [\w.-]+(?: [\w.-]+)? (?:labels?|orders?|payments?|invoices?|exports?|reports?|emails?|messages?) fail\b|(?:the rest of (?:the|our) (?:company|team|business|org\w*)|other (?:groups|regions|teams|segments|banks|carriers|currencies|methods|payment methods|stores|shops|integrations|channels|states|templates|courses|faculties|offices|departments|warehouses|locations|users))\b[^.!?\n]{0,50}?\b(?:fine|ok|work\w*|normally|accepted|see it|unaffected|did|were|send|go through|come through)\b|\b(?:only|just) (?:that|this|the|our|one) (?:faculty|team|group|region|segment|office|department|currency|bank|carrier|method|store|location|integration|channel|template|course)\b|\b(?:itself|themselves) (?:still )?works?\b|\bstill (?:work|works|come in|fires|arrive|arrives)\b(?! for (?:no one|nobody))/);
// "Other shops on the same version are fine" in a note: other customers, not the rest of this one's work (dev-z).
const OTHER_TENANTS_FINE = /\bother (?:shops|stores|tenants|customers|accounts|merchants|clients|companies|instances)\b[^.!?\n]{0,40}?\b(?:are|is|seem|look) (?:fine|ok|okay|unaffected|working)\b/g;
const othersWork = (facts: Facts) => facts.texts.some((t) => OTHERS_WORK.test(t.author === 'internal' ? t.lower.replace(OTHER_TENANTS_FINE, '') : t.lower));
// One instance of the core object, not the whole flow: "for an invoice sent today".
const ONE_INSTANCE = phrase(/\b(?:for|on|with|of) (?:a|an|one|this|that|a single) (?:single |specific |particular )?(?:customer|client|invoice|order|payment|request|record|user|account|employee|transaction|shipment|booking)\b|\bone of (?:your|our|the) (?:clients|customers)\b/);
const PARTIAL = /\b(?:only|every (?:second|other|third)|\d+ in \d+|\d+ out of \d+|one in (?:\w+)|(?:half|most|some|part) (?:of )?the time|whenever|(?:more|larger|bigger|longer|older) than|over \d[\d,]*|some|a few|certain|one of|occasionally|sometimes|intermittent(?:ly)?|a couple|randomly|a handful|one or two|a small number|not all|every now and then|from time to time|now and then|a subset|about \d+ ?%|\d+ ?% of|(?:a|one|two) (?:third|quarter|fifth)s?|half (?:of )?(?:our|the)|many of|most of|part of)\b/i;
const SSO = phrase(/\b(?:sso|saml|okta|azure ad|entra|single sign-?on|onelogin|google workspace login)\b/);
const WE_CANT_LOGIN = phrase(/\b(?:we|our (?:\w+ )?(?:users|team|staff|employees|agents|people)|they)\s+(?:\w+\s+){0,2}(?:can'?t|cannot|can not|are unable to|aren'?t able to|couldn'?t)\s+(?:\w+\s+){0,2}(?:log|sign|get)\s?in/);
const TRIED_BASICS = phrase(/\b(?:reset (?:my|the|our|their) password|password reset|cleared (?:the |my )?(?:cache|cookies)|(?:another|different|other) (?:browser|device|computer)|incognito|already tried)\b/);

/** Sign-in fails for several users of one customer: a group said, "we can't log in", or SSO. */
export function loginSaysGroup(facts: Facts): boolean {
  return facts.breadth === 2 || (facts.breadth === 0 && (SSO.test(facts.activeText) || WE_CANT_LOGIN.test(facts.activeText)));
}

// The basic checks were done: said by the customer, in a note, or by an agent telling what they
// did ("I reset your password: still locked"), not by an agent asking for them (dp1-084).
const TRIED_BASICS_ALL = new RegExp(TRIED_BASICS.regex.source, 'g');
const ASKS_TO_TRY = /\?|\b(?:could|can|would|will) you\b|\b(?:please|try|trying|(?:sent|send|sending) you)\b/;
function triedBasics(facts: Facts): boolean {
  return facts.texts.some((t) => {
    if (t.author !== 'agent') return TRIED_BASICS.test(t.lower);
    for (const m of t.lower.matchAll(TRIED_BASICS_ALL)) {
      const [start, end] = sentenceBounds(t, sentenceIndexOf(t.sentences, m.index));
      if (!ASKS_TO_TRY.test(t.lower.slice(start, end))) return true;
    }
    return false;
  });
}

// Objects that are one module or integration, not the customer's whole core task (domain.md
// section 2: one integration, sync, webhook, API endpoint or export fully blocked is Sev 2).
const NO_EXPORT_AT_ALL = /\bexport (?:anything|any (?:data|file|report)s?)\b|\bno exports? (?:works?|at all)\b|\ball exports?\b|\bevery export\b/i;
const ALL_LINES_DOWN = /^(?:all (?:of )?(?:our|the) (?:inbound |incoming |phone |support |sales )?(?:numbers|lines|phone lines)\b|every (?:inbound |incoming |outbound )?call\b|(?:zero|no|not a single|not one) (?:inbound|incoming) (?:phone )?calls?\b)/i;
// "We checked the custom domain, it still points to you": the DNS was checked and is not the cause.
const DNS_CHECKED_FINE = phrase(/\b(?:dns|records?|domain)\b[^.!?\n]{0,40}?\b(?:is correct|are correct|still points?|points? to you|is fine|are fine|checks? out|(?:is|are) ok)\b/);
const NOT_PAID = phrase(/\b\d[\d,]* (?:employees|staff|people|workers) (?:will not|won'?t) (?:be|get) paid\b|\b(?:nobody|no ?one|none of (?:our|the) (?:staff|employees)) (?:will )?(?:gets?|be) paid\b/);
const ASKS_FOR_CHECKS = phrase(/\b(?:could|can|would) you (?:please )?(?:first |also |quickly )?(?:try|check|confirm|clear|re-?connect|reconnect|disconnect|test|compare|go to|send me|tell me which|let me know (?:which|whether))\b|\bplease (?:try|check|clear|reconnect)\b/);
const SEV1 = ['outage', 'data_loss', 'security', 'security_concern', 'login_widespread', 'business_blocked', 'several_high_value'];
// "From all channels (web shop, Amazon, B2B portal)": every source, not one integration.
const ALL_CHANNELS = /\b(?:all (?:(?:three|four|five|\d+|our|the|sales) )?(?:channels|sources|marketplaces|stores|shops|carriers)|every (?:channel|source|marketplace|store|shop|carrier)|each of (?:our|the) (?:channels|sources|marketplaces|stores|shops|carriers))\b/i;
// "The web shop is our only sales channel": that one integration is all of the orders (dp1-040).
const ONLY_CHANNEL = phrase(/\b(?:is|are) (?:our|the) only (?:sales |order |ordering |revenue |booking )?(?:channel|source|way (?:we|to) (?:sell|take orders|get orders))\b/);
const ONE_MODULE = /\b(?:amazon|ebay|etsy|shopify|woocommerce|integrations?|sync(?:s|ing|ed)?|webhooks?|connectors?|exports?|exporting|api|endpoints?|feeds?|imports?|importing|refunds?|quotes?)\b/i;
// The same, plus features that are one part of a task, for a bug that fails every time.
const ONE_PART = new RegExp(`${ONE_MODULE.source.slice(0, -4)}|uploads?|labels?|reminders?|scheduled reports?|passback|provisioning|scim|sms|pdfs?|credit notes?|connectors?|connection|transfers?|modules?|queues?|\\/v\\d\\/\\w+)\\b`, 'i');
// Several customers (tenants), not a customer's own customers: "6 other tenants", "9 accounts".
const SEVERAL_CUSTOMERS = phrase(/\b(?:\d+|several|multiple|many|two|three|four|five|a few|a dozen) (?:other )?(?:tenants|accounts|merchants|customers (?:report|reported|reporting|have reported|are reporting|see|seeing))\b|\b(?<!our |\bno |\bnot any |\bnor )other (?:customers|tenants|accounts|merchants) (?:report|reported|reporting|have|are|see|seeing|affected)\b|\ball (?:\w+ )?(?:tenants|merchants)\b/);
// Breadth words that name a group inside the customer, not the whole organisation.
const GROUP_WORDS = /\b(?:team|department|group|role|contractors?|managers?|reps?|technicians?|drivers?|approvers?|dispatchers?|accounting|finance|sales|hr|design)\b/i;
// The customer's own customers: their breadth raises a billing error, not a slow page.
const END_CUSTOMERS = /\b(?:customers|clients|shoppers|visitors|patients|subscribers|members|buyers)\b/i;
// An outage word on one module ("the dashboards are blank") is that module blocked, not the service down.
const MODULE_DOWN = /\b(?:dashboards?|reports?|module|widgets?|tabs?|charts?|analytics|e-?mails?|bounc\w*|4\d\d|invalid|syncs?|integrations?|webhooks?)\b/i;
// The part of the product a sentence names ("reports page blank", "every sync fails").
const MODULE_NOUN = /\b(?:dashboards?|reports?|module|widgets?|charts?|analytics|syncs?|integrations?|webhooks?|connectors?|zapier|slack|salesforce|hubspot|quickbooks|xero|shopify|bigquery|mailchimp)\b/i;
const SERVICE_DOWN = /\b(?:service unavailable|bad gateway|5\d\d|down|offline|unreachable|maintenance)\b/i;
// Sign-in failing only for new or resetting users is a subset, not everyone locked out.
const SITE = '(?:office|site|warehouse|dc|distribution cent(?:re|er)|depot|plant|factory|store|branch|clinic|campus|hospital|call ?cent(?:re|er))';
const SITE_WIDE = new RegExp(`\\b(?:whole|entire|every user at|everyone at|all (?:of )?(?:the )?(?:users|staff|people|agents) (?:at|in)) (?:our |the )?(?:[\\w-]+ )?${SITE}\\b|\\b(?:none of|nobody|no one)\\b[^.!?\\n]{0,60}\\b(?:at|in|of) (?:our|the) (?:[\\w-]+ ){0,2}${SITE}\\b`, 'i');
// "All 30 of us" (not "all 5 of us in Payables"): the whole customer.
const ALL_OF_US = phrase(/\ball (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) of us\b(?! (?:in|on|from|at) )/);
const LOGIN_SUBSET = /\b(?:reset|invites?|invitations?|activat\w*|new hires?|magic links?)\b/i;
const WHOLE_ORG = /\b(?:company|org|organi[sz]ation|office|branch|site|everyone|everybody|all (?:of )?(?:our )?(?:users|staff|employees|people|customers|clients|shoppers|visitors)|whole business|company-?wide|org-?wide|nobody|no one|none of (?:us|our users|our staff))\b/i;

const OUR_CHANGE = phrase(/\bour (?:[\w-]+ ){0,3}(?:was|were|got|has been|have been) (?:rotated|changed|updated|deployed|migrated|rolled out|renamed|removed|revoked|switched|reconfigured)\b|\b(?:caused by|after|since) our (?:[\w-]+ ){0,3}(?:change|deploy\w*|release|migration|rotation|update|upgrade)\b/);
const THEIRS_UNCHANGED = /\b(?:unchanged|not changed|no changes?|nothing (?:has )?changed|(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not) (?:been )?change[ds]?)\b/i;
const PART_GONE = /\b(?:only|just|but) (?:the |our |all (?:the )?)?(?:[\w-]+ ){0,3}(?:are|is|were|was|got|have been|has been) (?:all )?(?:gone|missing|deleted|lost|wiped|removed|erased|blank|empty|zero|0\.00|wrong)\b/i;
const ONLY_AN_IDEA = phrase(/\b(?:it'?s|this is|it is) (?:purely|just|only) (?:an idea|a suggestion|a thought|hypothetical|for planning|planning|for our risk register)\b/);
// "Got a 'suspicious sign-in' email. That was me on my new laptop.": the customer owns the sign-in (dev-p4).
const OWN_SIGN_IN = phrase(/\b(?:that|it|this|which|those|these|they|both|all) (?:was|were) (?:just |actually |only |all |probably |definitely |simply )?(?:me|us|mine|ours|myself|(?:my|our) (?:own )?(?:[\w-]+ )?(?:colleague|coworker|co-worker|husband|wife|partner|assistant|manager|boss|son|daughter|accountant|bookkeeper|admin|director|ceo|owner|developer|intern|contractor|it guy|it team))\b(?! (?:who|that) (?:found|noticed|reported|spotted))/);
// "(forwarding in case useful, no action needed from us)": a warning passed on that asks for nothing (dev-p4).
const NOTHING_ASKED = phrase(/\bno action (?:is )?(?:needed|required)\b|\bfyi only\b|\bfor (?:your )?information only\b|\bjust (?:so you know|fyi|for your information)\b/);
const OWN_SLIP = /\b(?:i|we|one of us|my colleague|a colleague)\b[^.!?\n]{0,20}?\b(?:accidentally|mistakenly|inadvertently)\b|\b(?:i|we)\b[^.!?\n]{0,40}?\b(?:by mistake|by accident)\b/i;
const ONE_ITEM = /\b(?:one|a|an|a single|this|that|the)\s+(?:[\w-]+\s+)?(?:invoice|draft|contact|record|file|note|entry|booking|order|quote|page|item|row|report|template|post|message|photo|document|project|customer|client|user|appointment|shift|product)\b/i;
const MANY_ITEMS = /\b(?:all|every|whole|entire|hundreds|thousands|dozens|\d{2,}|many|several)\b/i;
const SIGN_IN_WORDS = /\b(?:sign-?ins?|signed in|log-?ins?|logged in|new device|new location|session)\b/i;
const FORBIDDEN = /\b(?:403|forbidden|access denied|permission denied)\b/i;

// A deadline inside the Low target (one to two business days).
const SOON = /\b(?:today|tonight|tomorrow|eod|end of (?:the )?day|\d+ (?:minutes|mins|hours)|thirty|fifteen|ten|this (?:afternoon|morning|evening)|due (?:today|tomorrow)|(?:before|by) \d{1,2}(?::\d\d| ?[ap]m)|(?:runs?|closes?|goes? out|go(?:es)? live|publish(?:es)?|launch(?:es)?|starts?|due) (?:on )?(?:this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
// Questions about the incident that was resolved: the follow-up is part of the incident.
const INCIDENT_FOLLOW_UP = phrase(/\b(?:incident report|rca|root cause|post-?mortem|what caused|why (?:it|this|that) happened|credit|refund|prevent (?:it|this) (?:from )?happening)\b/);

// Some trouble is stated (praise for "everyone" is not a problem).
const TROUBLE = phrase(/\b(?:issue|problem|trouble|error|wrong|stuck|can'?t|cannot|unable|no longer|not|won'?t|doesn'?t|isn'?t|aren'?t|never|broken|fail\w*)\b/);

// A request or question still open in a message.
const ASKS = /\?|\b(?:could you|can you|please(?! (?:close|feel free))|what caused|why|explain|rca|root cause|incident report|credit|refund|let me know|need)\b/i;

// An exception asked about money: a billing decision (Sev 3), not a contract term (Sev 4).
const BILLING_ASK = /\b(?:refund\w*|discount\w*|(?<!penalty )credits?|invoice\w*|renewal|price\w*|plan|charges?)\b/i;
// Words that say the whole service is down, which "the rest still works" does not narrow.
const SERVICE_DOWN_WORDS = /\b(?:down|offline|unreachable|outage|bad gateway|service unavailable)\b/i;
// Another browser is a workaround (domain.md section 2), so browsers are not listed.
const REST_WORKS_QUOTE = /\b(?:others?|the rest|everyone else|everybody else|everything else|other (?!browsers?\b)\w+|ios|android|iphones?|desktop|mobile|cards?|paypal|online|retail)\b(?:(?!\b(?:if|when|then)\b)[^.!?\n]){0,30}?\b(?:is|are|work|works|fine|ok)\b/i;
const SWITCH_RESTORES = /\b(?:(?:sign|log) in with (?:google|microsoft|apple)|google sign-?in|the website|chrome|firefox|safari|edge|another browser|a different browser|other browsers?|email and password|e-?mail ?(?:\+|&) ?password|with passwords?|password sign-?in|another sign-?in method|a different sign-?in method|the desktop app|the mobile app)\b/i;
// "Smaller ranges work but the auditor needs the full year", "by hand isn't realistic": it does not restore the task.
// A failure that has gone on for days, said as its length.
const LASTING = /\b(?:for|in) (?:the (?:last|past) )?(?:a|one|two|three|four|five|six|seven|several|a few|\d+) (?:full |whole |straight |business |working )?(?:days?|weeks?|months?)\b|\bfor (?:over |more than )?a week\b|\bsince (?:last (?:week|month|monday|tuesday|wednesday|thursday|friday)|the weekend)\b/i;
// "The rest of the app is fine": the rest working, not a way round the failing part.
const REST_OF_PRODUCT = /\bthe rest of (?:the |our |your )?(?:app|application|product|platform|system|site|tool|software)\b[^.!?\n]{0,20}?\b(?:is|are|works?|seems?) (?:fine|ok|okay|working|normal)\b/i;
const NOT_WORKABLE = /\b(?:they|it|these|those) also (?:stay|stays|fail|fails|get stuck|gets stuck|don'?t|doesn'?t|won'?t)\b|\b(?:isn'?t|is not|not|aren'?t|are not|wouldn'?t be|hardly) (?:really |very )?(?:workable|realistic|practical|sustainable|feasible|viable|an option|possible)\b|\bbut (?:the |our |my |their )?(?:[\w-]+ ){0,3}(?:needs?|requires?|must have|can'?t use|won'?t accept)\b|\bcan'?t (?:key|type|enter|do) (?:them|it|these|all)\b[^.!?\n]{0,30}\bin time\b|\b\d+ a day\b|\b(?:planning|building|keying|typing|creating|entering|assigning|processing) (?:in )?(?:\d[\d,]* |all )?(?:[\w-]+ ){0,2}(?:by hand|manually)\b(?![^.!?\n]{0,30}\b(?:works|which is fine|fine for now)\b)/i;
const VIEW_SETTINGS_GONE = /\b(?:filters?|settings?|preferences?|columns?|layout|sort(?:ing)?|selections?|saved views?) (?:\([^)]{0,40}\) )?(?:are|is|were|was|get|gets) (?:all )?(?:gone|missing|lost|reset|cleared)\b/i;
// "Not actually a bug, sorry for the subject": the headline is not the report.
const MINOR_TAKEN_BACK = phrase(/\b(?:says|said|call(?:ed|s)? it|labelled it|put) (?:it )?(?:as )?minor,? but (?:honestly |really |actually |to be honest )?(?:it|this) (?:isn'?t|is not|'s not|really isn'?t)\b/);
const NOT_A_BUG = phrase(/\bnot (?:actually |really )?a bug\b/);
const REMOVED_USER = phrase(/\b(?:(?:removed|deleted|deactivated|disabled) (?:him|her|them|(?:[\w-]+ ){1,3}?from (?:the|our|this) (?:[\w-]+ ){0,2}?(?:account|workspace|team|tenant|company|organi[sz]ation|portal|system|directory)|(?:our |the |a |an )?(?:[\w-]+ ){0,2}?(?:user|employee|admin|member|colleague|contractor|receptionist|staff member|intern|agent|driver|manager|teacher|nurse|technician|accountant|developer|engineer|analyst|designer|assistant)s?)|offboarded \w+|(?:former|ex-) ?(?:[\w-]+ ){0,2}?(?:employee|admin|colleague|staff|user|contractor|receptionist|member|manager|agent|intern|developer|engineer|analyst|designer|assistant)|ex-employee|left (?:the company|us|the business|the firm|the practice)|(?:user|employee|admin|member|colleague)s? (?:we|i) (?:removed|deleted|deactivated|offboarded|disabled)|(?:deactivated|disabled|removed) \w+ (?:last|on|in|yesterday)\b)/);
// "…calls with his personal API token", "…today … her token still pulling reports".
const TOKEN_USED_AFTER = phrase(/\b(?:calls?|requests?|logins?|activity|access|pulling|downloading|exporting) (?:[\w'/.-]+ ){0,3}(?:with|using|under|via) (?:his|her|their) (?:personal |api |old )?(?:api )?(?:token|key|credentials|login)\b|\b(?:scheduled|sent|created|made|triggered|started) (?:by|with|using|via) (?:his|her|their) (?:personal |api |old )?(?:api )?(?:token|key|credentials)\b|\b(?:his|her|their) (?:personal |api |old )?(?:api )?(?:token|key|credentials) (?:has |have )?(?:made|sent|pulled|called|downloaded|exported|created|accessed|read)\b/);
const TOKEN_USED_SINCE = phrase(/\b(?:today|yesterday|this morning|last night|at \d)[^\n]{0,80}?\b(?:his|her|their) (?:personal |api |old )?(?:token|api key|key|login|account|credentials|session) (?:(?:is|was|were) )?(?:still )?(?:pulling|calling|downloading|exporting|sending|accessing|making|reading|used|being used|in use|active|working|logged)\b/);
// dev-u … dev-w: "his personal API token creating enrolments", "created via the API under his name".
// dp3: "Yesterday our owner received an email saying 'Bill Turner downloaded your owner statement'".
const NAMED_ACTION = phrase(/\b(?:e-?mail|notification|alert|log|message|activity feed)s? (?:saying|says|said|shows?|showing|that) ['"]?[a-z]+(?: [a-z]+)? (?:has )?(?:downloaded|exported|viewed|opened|accessed|logged in|signed in|edited|deleted|changed)\b/);
const TOKEN_USED_LATER = phrase(/\b(?:his|her|their) (?:personal |api |old )?(?:api )?(?:token|key|credentials) (?:is |was |still |keeps? )*(?:creating|making|sending|calling|pulling|downloading|exporting|accessing|reading|posting|deleting|changing|updating|adding)\b|\b(?:created|made|sent|added|booked|posted|changed|deleted) (?:via|through|by|with) the api under (?:his|her|their) name\b|\b(?:log|logs|audit log|history) shows (?:his|her|their) (?:personal |api |old )?(?:api )?(?:token|key|credentials)\b|['"][\w.@-]+ (?:signed|logged) in['"]? at \d|\b(?:his|her|their) (?:login|account|user|session|name) (?:appeared|appears|shows up|showed up|was used|is used|is still used)\b/);
// A sign-in the customer did not make, told across sentences ("11 'new sign-in' emails overnight
// from Jakarta and Lagos. Our admin is in Leeds and was asleep."): possible unauthorised access.
const SIGN_IN_EVENT = phrase(/\b(?:new (?:api key|admin user|admin|user|token|forwarding rule)s? (?:was |were )?(?:created|added)|sign-?ins?\b[^.!?\n]{0,60}?\bfrom|log-?ins? from|logged in from|signed in from|new sign-?in|new log-?in|sign-?in (?:alert|e-?mail|notification|attempt)s?|log-?in (?:alert|e-?mail|notification|attempt)s?|(?:sign-?in|log-?in|login) history shows|an? (?:log-?in|sign-?in) at \d+(?::\d\d)?|(?:2fa|mfa|two-factor) (?:device )?(?:was |has been )?reset)\b/);
// Where the sign-in came from was ours after all, or the customer asks to silence the alerts.
const SIGN_IN_OURS = phrase(/\b(?:that|it|this|those) (?:was|were) (?:me|us|just|only|our own|one of us|[a-z]+ (?:at|from|on|in|travel\w*))\b|\bfrom (?:our|my|the|his|her) (?:own |new |usual |main |home )?(?:office|home|laptop|phone|device|network|vpn|ips?|ip addresses|building)\b|\b(?:turn|switch) (?:\w+ )?off\b|\b(?:disable|stop|mute|silence) (?:them|these|those|the (?:alerts|e-?mails|notifications))\b/);
const NOT_US = phrase(/\bnone of (?:them|us) (?:has |have )?(?:travel(?:s|led|ed|ling)?|(?:was|were|is|are|has been|have been) (?:abroad|away|there|travel\w*))\b|\b(?:was|were) asleep\b|\b(?:was|were) at home\b|\b(?:has|have)(?: not|n't) been (?:anywhere near|to|in)\b|\bnever been (?:to|in)\b|\b(?:none of (?:them|us)|nobody|no one) (?:was|were) (?:trying|logging|signing)\b|\bwhere we have no (?:staff|employees|office|one|people)\b|\b(?:who|that) (?:were|was) (?:on holiday|on vacation|on leave|away)\b|\b(?:nobody|no one) (?:here |on our side |of us )?(?:travels|travel(?:l)?ed|is travel(?:l)?ing|asked|requested|did (?:that|this|it))\b|\bnone of us (?:asked|requested|travel)|\b(?:we|i|she|he|they) (?:didn'?t|did not|never) (?:ask|request|log in|sign in|travel)\b|\b(?:wasn'?t|was not|weren'?t|were not) (?:me|us|her|him|them|one of us)\b|\b(?:we|i) (?:did not|didn'?t|never) (?:do|did|make|made|authori[sz]e|approve|request|change) (?:this|that|it|these|those|them)\b|\b(?:not|wasn'?t|was not|weren'?t|were not) (?:done|made|changed|authori[sz]ed) by (?:us|me|anyone here|one of us)\b/);
// Another customer's record in the customer's own app, told across sentences ("there was a job for
// 'Hartmann Heizung GmbH' with an address in Kassel … That's not our customer": dev-p2).
const FOREIGN_RECORD = phrase(/\b(?:there (?:was|were|is|are) (?:a |an )?(?:new |strange )?(?:jobs?|orders?|invoices?|records?|customers?|tickets?|patients?|bookings?|appointments?|contacts?|documents?) (?:for|from|of)|(?:jobs?|orders?|invoices?|records?|customers?|tickets?|patients?|bookings?|appointments?|contacts?|documents?) (?:for|from|of) [^.!?\n]{1,60}? (?:appeared|appears|showed up|shows up|popped up))\b/);
const NOT_OURS = phrase(/\b(?:(?:that|this|it|they|he|she)(?:'s| is|'re| are| was| were) not (?:our|one of our|ours)\b|not (?:one of )?our (?:customers?|clients?|patients?|jobs?)\b|(?:we|i) (?:don'?t|do not|never) (?:work|deal) (?:in|with|for)\b|never heard of (?:them|this (?:customer|company|client))\b|\b(?:not|aren'?t|are not|isn'?t|is not) (?:one of )?our (?:people|staff|employees|members|users|donors|students|contacts|data|records|orders|patients|customers|clients)\b|\b(?:we|i) (?:don'?t|do not|never) know (?:these|those|them|this|that|any of (?:them|these|those)|who (?:they|these|those))\b|\b(?:and|but|yet|while) we (?:only|just) (?:sell|operate|work|ship|serve|trade|deliver) (?:in|to|within)\b|\b(?:from|of|at|for) (?:a|another|some|a different) (?:company|business|customer|client|firm|practice|clinic|school|organi[sz]ation|tenant|account|shop|store|agency|hospital|charity|club) (?:called|named)\b|\bbelong(?:s|ing)? to (?:a |an )?(?:another|other|different|some other)\b)/);
// A secret put somewhere public ("pushed config.yml to the public GitHub repo … It had our live API key").
const PUBLIC_PLACE = phrase(/\b(?:pushed|committed|posted|published|uploaded|pasted|shared|put)\b[^!?\n]{0,60}?\b(?:to|on|in) (?:a |the |our )?public (?:github |gitlab |bitbucket )?(?:repo|repository|gist)\b|\b(?:repo|repository|gist) was public for\b|\b(?:repo|repository|gist)\b[^.!?\n]{0,40}?\b(?:is|was|turned out to be|has been) public\b|\bpublic on github\b|\bwas public for (?:the )?(?:whole |entire )?(?:weekend|week|day|night|\d+ (?:hours|days))\b/);
const SECRET = phrase(/\b(?:live |secret |production |prod )?(?:api key|api token|secret key|access key|access token|private key|credentials|sk_live_\w*)\b/);
// dev-ae: "his API token make calls yesterday night": the credential's activity in any verb form.
const CRED_ACTIVITY = phrase(/\b(?:his|her|their) (?:personal |old |own )?(?:api |access )?(?:tokens?|keys?|credentials|logins?|accounts?|sessions?|passwords?)\b[^.!?\n]{0,40}?\b(?:mak(?:e|es|ing)|made|calls?|called|calling|reads?|reading|access(?:es|ed|ing)?|pull(?:s|ed|ing)?|download(?:s|ed|ing)?|export(?:s|ed|ing)?|log(?:s|ged|ging)? in|sign(?:s|ed|ing)? in|creat(?:e|es|ed|ing)|send(?:s|ing)?|sent|post(?:s|ed|ing)?|fetch(?:es|ed|ing)?)\b|\b(?:his|her|their) (?:personal |old |own )?(?:api |access )?(?:tokens?|keys?|credentials|sessions?|passwords?) (?:is |are )?still (?:works?|active|valid|in use|working)\b|\b(?:he|she|they) (?:(?:has|have|was|is|were|are) )?still (?:logs?|logged|logging|signs?|signed|signing) in\b|\b(?:he|she) (?:logged|signed) in (?:yesterday|today|this morning|last night|on|at)\b/);
// dev-ae: "the salary column shows people from a company called …", "the file … has 312 rows of people".
const SHOWN_RECORDS = phrase(/\b(?:shows?|showing|shown|lists?|listing|listed|has|had|have|contains?|containing|includes?|including|got|see|saw|appears?|appeared)\b[^.!?\n]{0,30}?\b(?:rows|records|entries|people|persons|names|customers|clients|contacts|employees|staff|patients|members|users|students|donors|invoices|orders|addresses|e-?mails|salaries|bookings|jobs|files|documents)\b (?:of|from|for|belonging to|with|at|in)\b/);
// dev-ae: "a password reset email addressed to a Mr. T. Alvarez of Coastline EMS … The link in it works".
const SENT_FOR_OTHERS = phrase(/\b(?:reset|sign-?in|log-?in|magic|invite|invitation|verification|access|payslip|statement|invoice)\b[^.!?\n]{0,20}?\b(?:e-?mails?|links?|codes?|messages?)\b[^.!?\n]{0,20}?\b(?:addressed|meant|intended) (?:to|for)\b/);
const LINK_WORKS = phrase(/\b(?:link|code)\b[^.!?\n]{0,15}?\b(?:works|worked|still works|is (?:still )?valid|is live|opens|opened|logs? (?:you|me|us|in))\b/);
// dev-ae: "has changed the bank account for the payment of the pickers. We did not do this."
const PAYOUT_CHANGED = phrase(/\b(?:changed|updated|replaced|edited|switched)\b[^.!?\n]{0,40}?\b(?:bank (?:account|details)|iban|payout (?:account|details|method)|payment (?:details|account)|account number|routing number|sort code|(?:owner|admin|recovery|login) e-?mail|2fa (?:phone|number|device))\b/);
/**
 * [events, and, unless]: the first text (not a public reply) holding an event with `and` close
 * by, and not `unless`. A removed user's token used
 * after the removal ("We removed Mark three weeks ago. Our logs show calls with his API token
 * yesterday"); a sign-in the customer did not make; a secret put somewhere public.
 */
const TOLD_ACROSS: [events: Phrase[], and: Phrase, unless?: Phrase][] = [
  [[TOKEN_USED_AFTER, TOKEN_USED_SINCE, TOKEN_USED_LATER, NAMED_ACTION], REMOVED_USER],
  [[FOREIGN_RECORD, SHOWN_RECORDS, SENT_FOR_OTHERS], NOT_OURS],
  [[CRED_ACTIVITY], REMOVED_USER],
  [[SENT_FOR_OTHERS], LINK_WORKS],
  [[PAYOUT_CHANGED], NOT_US],
  [[SIGN_IN_EVENT], NOT_US, SIGN_IN_OURS],
  [[PUBLIC_PLACE], SECRET],
];
// Fails every time past a threshold or for any of a kind ("any range longer than 7 days", "every SCORM upload").
const ALWAYS_PAST = /\b(?:any (?:range|list|file|upload|export|import|campaign|report|request|call|order|transfer|package|document)s?|every (?:[\w-]+ )?(?:upload|export|import|call|request|message|transfer|scan|sync|attempt|file|list|campaign|job|run|package)s?|(?:more|longer|larger|bigger) than (?:\d|a |one |~)|over \d[\d,]* (?:contacts|rows|records|lines|fields|mb|items|recipients|users))\b/i;
const FAILING_THING = /^(?:(?:bulk |api )?endpoints?|migrat\w*|rate limits?|429)$/i;
const INTERMITTENT = phrase(/\b(?:(?:several|a few|many) times a (?:day|week)|every \d+(?:-\d+)? (?:nights|days)|sometimes|occasionally|intermittent(?:ly)?|now and then|from time to time|half the time|some of the time|every (?:few|other|second) (?:days?|times?|hours?|weeks?|runs?|nights?|minutes?|orders?)|once in a while|randomly|about half|one in \w+|\d+ ?% of the time)\b/);
const EVERY_TIME = /\b(?:every (?:time|single|batch|call|request|run|attempt|one)|for every|for all|each time|stopped|has(?:n'?t| not) (?:fired|arrived|synced|run|worked|gone out|been (?:sent|delivered|created))|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|this morning|the \d|\d)|no longer|never (?:fires|arrive|arrives|runs|finishes|completes)|always)\b/i;
// Configuration only the customer can change (domain.md section 2's setup examples).
const SETUP_STRONG = phrase(/\b(?:integration settings|(?:api|publishable|secret|restricted) keys?|sso|saml|okta|azure ad|entra|idp|identity provider|metadata|acs url|entity id|dns|cname|spf|dkim|dmarc|mx records?|txt records?|smtp|imap|custom domain|sending domain|(?:date|import|csv|file) format|column mapping|time ?zones?|locale|language setting|(?:do|should|must) (?:we|i) configure|how i configure|configuring (?:it |this )?wrong|configure so|(?:correct|right|required) format|which format|format (?:for|of) (?:the )?(?:dates?|columns?|variants?|phone numbers?)|import settings|routing rules?|sip (?:server|settings|account)|permanent setting|next (?:invoice )?number|column format|api credentials|credentials go|(?:which|what) (?:[\w-]+ )?permissions)\b/);
const PROBLEMS = ['bug', 'blocked', 'performance', 'business_partial', 'business_blocked', 'login_failure', 'login_team', 'login_widespread', 'billing_error', 'outage', 'data_loss'];

export interface AccountInfo {
  highValue: boolean;
  /** The field values that make it high-value, as evidence (messageIndex -2). */
  evidence: Evidence[];
}

/** Evidence for a field value: no message text, the value in the quote. */
export function fieldEvidence(field: EvidenceField, quote: string): Evidence {
  return { quote: quote.replace(/\s+/g, ' ').trim().slice(0, 120), messageIndex: FIELD_EVIDENCE, start: 0, end: 0, field };
}

export function accountInfo(input: TriageInput, compiled: Compiled): AccountInfo {
  const evidence: Evidence[] = [];
  const plan = typeof input.requester?.plan === 'string' ? input.requester.plan.trim().toLowerCase() : '';
  const org = typeof input.requester?.org === 'string' ? input.requester.org.trim().toLowerCase() : '';
  if (plan && (compiled.highValuePlans.has(plan) || [...compiled.highValuePlans].some((p) => plan.split(/[\s_-]+/).includes(p)))) {
    evidence.push(fieldEvidence('plan', `plan: ${input.requester?.plan}`));
  }
  if (org && compiled.highValueOrgs.has(org)) evidence.push(fieldEvidence('org', `org: ${input.requester?.org}`));
  for (const tag of Array.isArray(input.tags) ? input.tags : []) {
    if (typeof tag === 'string' && compiled.highValueTags.has(tag.trim().toLowerCase())) evidence.push(fieldEvidence('tag', `tag: ${tag}`));
  }
  return { highValue: evidence.length > 0, evidence };
}

/** "6 h 10 min", "2 days 3 h", "45 min". */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days > 0) return `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h${mins ? ` ${mins} min` : ''}`;
  return `${mins} min`;
}

/** Evidence for the first match of a pattern in the thread's texts (not public replies), newest first. */
function firstMatch(facts: Facts, re: Phrase): Evidence[] {
  for (let i = facts.texts.length - 1; i >= 0; i--) {
    const t = facts.texts[i];
    if (!t || t.author === 'agent') continue;
    const m = re.exec(t.lower);
    if (m) return [evidenceOf(t, m.index, m.index + m[0].length)];
  }
  return [];
}

function move(signals: Map<string, Evidence[]>, from: string, to: string, extra: Evidence[] = []): void {
  const ev = signals.get(from);
  if (!ev) return;
  signals.delete(from);
  signals.set(to, [...(signals.get(to) ?? []), ...ev, ...extra].slice(0, 6));
}

/** Sentence around an evidence span in the original text, for local qualifiers. */
export function sentenceAround(facts: Facts, ev: Evidence): string {
  const text = facts.texts.find((t) => t.messageIndex === ev.messageIndex);
  if (!text) return ev.quote;
  const { original } = text;
  const s = Math.max(0, fullStopBefore(original, ev.start) + 1, original.lastIndexOf('\n', ev.start - 1) + 1);
  return original.slice(s, Math.min(fullStopFrom(original, ev.end), ev.end + 120));
}

// A full stop ends a sentence before a space or the end, not inside "invoice.paid" or "v2.3".
const endsSentence = (text: string, i: number) => text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] as string));
function fullStopBefore(text: string, at: number): number {
  for (let i = text.lastIndexOf('.', at - 1); i !== -1; i = text.lastIndexOf('.', i - 1)) if (endsSentence(text, i)) return i;
  return -1;
}
function fullStopFrom(text: string, at: number): number {
  for (let i = text.indexOf('.', at); i !== -1; i = text.indexOf('.', i + 1)) if (endsSentence(text, i)) return i;
  return text.length;
}

/** Another part of the same work still works, said in a customer's or internal text. */
// "How do I set up secret scanning so that a key pushed to a public repo is revoked?": a question about it.
const QUESTION_START = /^\s*(?:how|can|could|do|does|is there|are there|what|where|which|should|would|will|is it)\b/i;
function asksAbout(t: Facts['texts'][number], sentence: number): boolean {
  const text = t.norm.slice(t.sentences[sentence] ?? 0, t.sentences[sentence + 1] ?? t.norm.length).trimEnd();
  return text.endsWith('?') && QUESTION_START.test(text);
}

/** The customer says a sign-in was theirs, in a statement (not "was it me?", not "that was not me"). */
function ownsSignIn(t: Facts['texts'][number]): boolean {
  const m = OWN_SIGN_IN.exec(t.lower);
  if (!m) return false;
  const sentence = sentenceIndexOf(t.sentences, m.index);
  const [start, end] = sentenceBounds(t, sentence);
  return !t.lower.slice(start, end).trimEnd().endsWith('?') && classify(t, 'security', sentence, m.index, m.index + m[0].length) === 'active';
}

/** Within this many characters of each other: the event and what makes it foreign tell one story. */
const TOLD_NEAR = 300;

function toldAcross(facts: Facts, events: Phrase[], and: Phrase, unless?: Phrase): Evidence | null {
  for (const t of facts.texts) {
    if (t.author === 'agent' || (unless && unless.test(t.lower))) continue;
    for (const event of events) {
      const m = event.exec(t.lower);
      if (!m) continue;
      const near = t.lower.slice(Math.max(0, m.index - TOLD_NEAR), m.index + m[0].length + TOLD_NEAR);
      const sentence = sentenceIndexOf(t.sentences, m.index);
      if (and.test(near) && !asksAbout(t, sentence) && classify(t, 'security', sentence, m.index, m.index + m[0].length) === 'active') return evidenceOf(t, m.index, m.index + m[0].length);
    }
  }
  return null;
}

function restWorks(facts: Facts): boolean {
  return facts.texts.some((t) => t.author !== 'agent' && t.messageIndex >= 0 && (REST_WORKS.test(t.lower) || REST_WORKS_INLINE.test(t.lower)));
}

export function derive(facts: Facts, input: TriageInput, policy: Policy, account: AccountInfo): void {
  const s = facts.signals;
  const has = (id: string) => s.has(id);
  const breadthEv = facts.breadthEvidence;

  // Internal-note diagnoses refute or lower what the customer claimed (domain.md section 2).
  if (has('note_not_security') && (has('security') || has('security_concern'))) {
    s.delete('security');
    s.delete('security_concern');
    s.delete('confidential_mention');
    s.set('refuted_security', s.get('note_not_security') ?? []);
  }
  // "Nothing has happened, this is purely for planning", "Nothing leaked on our side, it's just an
  // idea" (dev-p1): the customer names a security or data topic and says outright that it is not
  // an event. Only in their newest message (a later "we were actually hacked" stands), and not
  // "Just an idea: alert on new countries" after a sign-in they report.
  const newestCustomer = [...facts.texts].reverse().find((t) => t.author === 'customer' && t.messageIndex >= 0);
  if (['security', 'security_concern', 'data_loss'].some(has) && newestCustomer && ONLY_AN_IDEA.test(newestCustomer.lower)) {
    for (const id of ['security', 'security_concern', 'data_loss', 'confidential_mention']) s.delete(id);
  }
  // A sign-in alert the customer then says was their own or a colleague's is the alert working.
  const signInAlert = s.get('security');
  const alertFrom = Math.min(...(signInAlert ?? []).map((ev) => ev.messageIndex));
  if (signInAlert?.every((ev) => SIGN_IN_WORDS.test(sentenceAround(facts, ev))) && facts.texts.some((t) => t.author === 'customer' && t.messageIndex >= alertFrom && ownsSignIn(t))) {
    for (const id of ['security', 'security_concern']) s.delete(id);
  }
  const concern = s.get('security_concern');
  if (concern && !has('security') && concern.every((ev) => NOTHING_ASKED.test(facts.texts.find((t) => t.messageIndex === ev.messageIndex && t.author === 'customer')?.lower ?? ''))) s.delete('security_concern');
  if (has('note_separate_subscriptions') && has('billing_error')) {
    s.delete('billing_error');
    s.set('refuted_billing', s.get('note_separate_subscriptions') ?? []);
  }
  // "No stock-level webhook exists": the ask is a capability gap (Product), not a defect or a how-to.
  const hard = ['outage', 'data_loss', 'security', 'security_concern', 'login_widespread', 'business_blocked'].some(has);
  if (has('note_capability_gap') && !hard && !has('note_own_config')) {
    s.set('feature_request', [...(s.get('feature_request') ?? []), ...(s.get('note_capability_gap') ?? [])].slice(0, 4));
    for (const id of ['bug', 'blocked', 'how_to', 'cosmetic']) s.delete(id);
  }
  // A note that puts the cause on our side ("Our SAML signing certificate was rotated at 05:45;
  // their IdP trusts the old cert") or says their side did not change ("SSO config unchanged on
  // their side") does not make it their configuration (dev-q, dev-x).
  const ownConfig = s.get('note_own_config');
  if (ownConfig) {
    const kept = ownConfig.filter((ev) => !THEIRS_UNCHANGED.test(sentenceAround(facts, ev)));
    if (!kept.length || facts.texts.some((t) => t.author === 'internal' && OUR_CHANGE.test(t.lower))) s.delete('note_own_config');
    else s.set('note_own_config', kept);
  }
  if (has('note_own_config')) s.set('config_question', [...(s.get('note_own_config') ?? []), ...(s.get('config_question') ?? [])].slice(0, 4));

  // "The SLA for this strategic account breached": a missed target, not a breach of the account.
  const securityEv = s.get('security');
  if (securityEv && securityEv.every((ev) => /\bbreach/i.test(ev.quote) && /\bsla\b/i.test(sentenceAround(facts, ev)))) s.delete('security');
  // Newly visible data the customer calls confidential: possible exposure, not just a concern.
  if (has('security_concern') && has('confidential_mention')) move(s, 'security_concern', 'security');

  // Shouting and runs of exclamation marks are emotion language too.
  if (has('shouting')) move(s, 'shouting', 'emotion');
  if (has('exclaim')) move(s, 'exclaim', 'emotion');

  // Our reply or a note says the service is up ("I checked and the app is up"): the customer's
  // "system is down" is refuted; what they describe stays (slow reports, a failing page).
  const author = (ev: Evidence) => facts.texts.find((t) => t.messageIndex === ev.messageIndex)?.author;
  if ((s.get('service_up') ?? []).some((ev) => author(ev) !== 'customer') && (s.get('outage') ?? []).every((ev) => author(ev) === 'customer')) s.delete('outage');
  const outageEv = s.get('outage');
  if (outageEv && outageEv.every((ev) => (MODULE_DOWN.test(ev.quote) || (MODULE_NOUN.test(sentenceAround(facts, ev).slice(0, 80)) && !/\b(?:nothing|everything|all)\b/i.test(ev.quote))) && !SERVICE_DOWN.test(ev.quote))) move(s, 'outage', 'blocked');
  // "Only me" turns a site-wide-sounding complaint into one user's block.
  if (facts.breadth === 1) move(s, 'outage', 'blocked');
  // "Other regions see it": one part of the product failing, not the service down.
  const partOnly = restWorks(facts);
  // Every inbound line dead is the phone service down even when outbound calls work.
  const outageWords = (s.get('outage') ?? []).map((ev) => ev.quote).join(' ');
  // "The module shows 'Service unavailable'. Scheduling itself still works": that module's error (dev-ab).
  const moduleOnly = (s.get('outage') ?? []).every((ev) => MODULE_NOUN.test(sentenceAround(facts, ev)));
  if (partOnly && ((!SERVICE_DOWN_WORDS.test(outageWords) && !ALL_LINES_DOWN.test(outageWords)) || moduleOnly)) move(s, 'outage', 'blocked');
  // A 403 for one user while a colleague gets in is their permissions: an ordinary problem.
  const blockedNow = s.get('blocked');
  if (facts.breadth === 1 && blockedNow && blockedNow.every((ev) => FORBIDDEN.test(ev.quote))) move(s, 'blocked', 'bug');

  // Core business tasks: fully blocked unless the text says only some, or only one user.
  const core = s.get('business_blocked');
  if (core) {
    const partial = facts.breadth === 1 || othersWork(facts) || partOnly || ONE_INSTANCE.test(facts.activeText) || core.every((ev) => PARTIAL.test(sentenceAround(facts, ev)));
    if (partial || facts.breadth === 2) move(s, 'business_blocked', 'business_partial');
    // One integration, export or endpoint stopped: fully blocked, but Sev 2 (not the whole task).
    // Export and payroll are core tasks themselves: no export at all for the account, or the
    // payroll file to the bank failing, stays Sev 1 (domain.md section 2).
    else if (core.every((ev) => (ONE_MODULE.test(ev.quote) || ONE_MODULE.test(sentenceAround(facts, ev).slice(0, 160))) && !ALL_CHANNELS.test(sentenceAround(facts, ev))) && !core.some((ev) => (/\bexport/i.test(ev.quote) && NO_EXPORT_AT_ALL.test(sentenceAround(facts, ev))) ) && !NOT_PAID.test(facts.activeText.slice(0, 20_000)) && !ONLY_CHANNEL.test(facts.activeText.slice(0, 20_000))) move(s, 'business_blocked', 'blocked');
  }

  // "Nobody can log in" also reads as a generic block; the login fact is the precise one.
  const loginEv = s.get('login_failure') ?? [];
  const blockedEv = s.get('blocked');
  if (blockedEv && loginEv.length && blockedEv.every((b) => loginEv.some((l) => l.messageIndex === b.messageIndex && b.start < l.end && l.start < b.end))) {
    s.delete('blocked');
  }

  // Login: everyone → Sev 1; a team, "we", or SSO → Sev 2; one user → basic checks first.
  const login = s.get('login_failure');
  if (login) {
    const joined = facts.activeText;
    const officeWide = WHOLE_ORG.test(breadthEv.map((e) => e.quote).join(' '));
    // A whole office or site that cannot sign in is Sev 1 even when other sites work (domain.md section 10).
    if (facts.breadth !== 1 && (SITE_WIDE.test(joined) || ALL_OF_US.test(joined)) && !login.every((ev) => LOGIN_SUBSET.test(ev.quote))) move(s, 'login_failure', 'login_widespread', breadthEv);
    else if (facts.breadth === 3 && ((partOnly && !officeWide && GROUP_WORDS.test(breadthEv.map((e) => e.quote).join(' '))) || login.every((ev) => LOGIN_SUBSET.test(ev.quote)))) move(s, 'login_failure', 'login_team', breadthEv);
    else if (facts.breadth === 3) move(s, 'login_failure', 'login_widespread', breadthEv);
    else if (loginSaysGroup(facts) || triedBasics(facts)) {
      move(s, 'login_failure', 'login_team', breadthEv);
    }
  }

  // "Android is fine", "other reports are fine": the rest working is a partial failure, not a workaround.
  const workaroundEv = s.get('workaround');
  if (workaroundEv && workaroundEv.every((ev) => REST_WORKS_QUOTE.test(ev.quote) || NOT_WORKABLE.test(sentenceAround(facts, ev)) || REST_OF_PRODUCT.test(sentenceAround(facts, ev)))) s.delete('workaround');
  // "On the web app in Chrome everything works": a workaround, not a resolution.
  const resolvedEv = s.get('resolved');
  if (resolvedEv && PROBLEMS.some(has) && resolvedEv.every((ev) => SWITCH_RESTORES.test(sentenceAround(facts, ev)))) move(s, 'resolved', 'workaround');
  // Another browser or sign-in method restores the task even when a core task is partly failing (domain.md section 2).
  const switching = (s.get('workaround') ?? []).filter((ev) => SWITCH_RESTORES.test(sentenceAround(facts, ev)));
  if (switching.length) s.set('workaround_switch', switching);
  // One part fails while the rest works, or one integration, sync or endpoint fails every
  // time, and nothing gets round it: that part is fully blocked (Sev 2), not a normal bug.
  const bugEv = s.get('bug');
  // "The endpoint", "our migration": things that fail, not configuration to set up.
  const configWords = has('setup') && !(s.get('setup') ?? []).every((ev) => FAILING_THING.test(ev.quote));
  if (bugEv && !['workaround', 'minor', 'blocked', 'business_partial', 'cosmetic', 'confusing', 'design_friction', 'feature_request', 'how_to'].some(has) && !configWords) {
    const around = bugEv.map((ev) => sentenceAround(facts, ev)).join(' ');
    const intermittent = INTERMITTENT.test(facts.activeText.slice(0, 20_000));
    const always = EVERY_TIME.test(around) || ALWAYS_PAST.test(around);
    if (!intermittent && (partOnly || (always && ONE_PART.test(`${input?.subject ?? ''} ${around}`)))) move(s, 'bug', 'blocked');
  }

  // An internal note saying it works by design or as documented: nothing was lost ("filters are not persisted by design").
  if ((has('note_intended') || has('note_documented_limit')) && !has('security')) move(s, 'data_loss', 'bug');
  // "I accidentally deleted one invoice draft, can you bring it back?": one item the customer
  // removed by mistake is a restore, not data lost.
  const lostNow = s.get('data_loss');
  if (lostNow && lostNow.every((ev) => { const around = sentenceAround(facts, ev); return OWN_SLIP.test(around) && ONE_ITEM.test(around) && !MANY_ITEMS.test(around); })) s.delete('data_loss');
  // "My filters are gone": a view's settings, not data.
  const lost = s.get('data_loss');
  if (lost && lost.every((ev) => VIEW_SETTINGS_GONE.test(sentenceAround(facts, ev)))) move(s, 'data_loss', 'bug');
  // A headline ("URGENT - everything down!!!") over a body that asks how to do something: the body decides.
  if ([...(s.get('how_to') ?? []), ...(s.get('feature_request') ?? [])].some((ev) => ev.messageIndex >= 0) || facts.texts.some((t) => t.messageIndex >= 0 && NOT_A_BUG.test(t.lower))) {
    for (const id of PROBLEMS) if ((s.get(id) ?? []).length && (s.get(id) ?? []).every((ev) => ev.messageIndex === -1)) s.delete(id);
  }

  // "URGENT!!! SYSTEM DOWN" over a body that calls it cosmetic or minor ("It's cosmetic I know"): the
  // headline's outage is not the report (dev-ac).
  const headlineOutage = s.get('outage');
  if (headlineOutage?.every((ev) => ev.messageIndex === -1) && [...(s.get('cosmetic') ?? []), ...(s.get('minor') ?? [])].some((ev) => ev.messageIndex >= 0)) s.delete('outage');

  // "Subject says minor but honestly it isn't" (dev-ad): the customer takes the word back.
  if (has('minor') && facts.texts.some((t) => t.author === 'customer' && MINOR_TAKEN_BACK.test(t.lower))) s.delete('minor');

  // Unauthorised access told across sentences: an event in one, what makes it foreign in
  // another. Checked here, not in the lexicon, so a rare word gates each before a long-range
  // pattern runs.
  for (const [events, and, unless] of TOLD_ACROSS) {
    if (has('security')) break;
    const ev = toldAcross(facts, events, and, unless);
    if (ev) s.set('security', [ev]);
  }

  // "Deals are still there in search": the data is safe, the view is what is broken. Not when the
  // same sentence says what did go ("The contact records are still there, only the notes are
  // gone": dev-p1).
  if ((s.get('data_safe') ?? []).some((ev) => !PART_GONE.test(sentenceAround(facts, ev)))) move(s, 'data_loss', 'bug');

  const anyProblem = PROBLEMS.some(has);
  // Several users, an office or many customers with a problem: one level up.
  // Breadth raises once, and only for a whole organisation or office or several customers; a
  // group inside one customer does not, and a module fully blocked for everyone stays Sev 2.
  const severalCustomers = SEVERAL_CUSTOMERS.test(facts.activeText.slice(0, 20_000)) || has('more_customers_said') || has('recurring');
  const breadthWords = breadthEv.map((e) => e.quote).join(' ');
  const endCustomersOnly = END_CUSTOMERS.test(breadthWords) && !WHOLE_ORG.test(breadthWords.replace(END_CUSTOMERS, ''));
  const wholeOrg = facts.breadth === 3 && (WHOLE_ORG.test(breadthWords) || !GROUP_WORDS.test(breadthWords));
  if (severalCustomers && ['bug', 'blocked', 'performance', 'business_partial', 'login_team', 'billing_error'].some(has)) s.set('widespread', breadthEv);
  else if (wholeOrg && (has('billing_error') || (['bug', 'performance'].some(has) && !endCustomersOnly)) && !has('blocked') && !has('business_partial')) s.set('widespread', breadthEv);
  // The words that say so, when the breadth phrases did not ("4 other tenants" in a note).
  const customersEv = !severalCustomers ? [] : breadthEv.length ? breadthEv : firstMatch(facts, SEVERAL_CUSTOMERS).concat(s.get('more_customers_said') ?? []).slice(0, 1);
  if (s.has('widespread') && !(s.get('widespread') ?? []).length) s.set('widespread', customersEv);
  if (severalCustomers) s.set('several_customers', customersEv);
  if (has('several_high_value') && !anyProblem) s.delete('several_high_value');

  // Uncertainty default (domain.md §1): something stated for an office, everyone or many
  // customers that no rule can name is looked at by L2 at High rather than left Low.
  const framed = ['how_to', 'feature_request', 'cosmetic', 'resolved', 'setup', 'minor', 'workaround', 'security', 'security_concern', 'churn', 'legal', 'exec'].some(has);
  if (facts.breadth === 3 && !anyProblem && !framed && !has('performance') && TROUBLE.test(facts.activeText.slice(0, 20_000))) {
    s.set('unclassified_wide', facts.breadthEvidence);
  }

  // A problem with a hard deadline close by and nothing to get around it is serious (High).
  if (has('deadline') && ['bug', 'blocked', 'performance', 'login_failure'].some(has) && !has('workaround') && !has('minor')) {
    s.set('deadline_problem', s.get('deadline') ?? []);
  }

  // Explicit "no workaround" makes an ordinary problem serious; so do basic checks already
  // done by a group of users with nothing that gets them around it.
  if (facts.noWorkaround.length && ['bug', 'performance', 'business_partial'].some(has)) s.set('no_workaround', facts.noWorkaround.slice(0, 2));
  else if (has('checks_done') && has('bug') && facts.breadth >= 2 && !has('workaround') && !has('minor')) s.set('no_workaround', s.get('checks_done') ?? []);

  // An agent's or internal note that names the account as key counts like the plan does.
  const noted = (s.get('high_value_text') ?? []).filter((ev) => facts.texts.find((t) => t.messageIndex === ev.messageIndex)?.author !== 'customer');
  if (noted.length) account.highValue = true;

  // What makes the account high-value: its plan, org or tag, or the note that names it key.
  const accountEv: Evidence[] = [...account.evidence, ...noted].slice(0, 3);
  if (account.highValue) {
    s.set('high_value', accountEv);
    // Raised to Sev 2 only when blocked; with a workaround it keeps its impact level.
    // A failure that has lasted days with nothing restoring it ("has failed for a week") is blocked too.
    const lasting = has('bug') && !['minor', 'cosmetic', 'how_to', 'feature_request', 'setup_question'].some(has) && (s.get('bug') ?? []).some((ev) => LASTING.test(sentenceAround(facts, ev)));
    if ((lasting || ['blocked', 'business_partial', 'login_team', 'no_workaround', 'deadline_problem', 'billing_error'].some(has)) && !has('workaround')) s.set('key_account', accountEv);
    else if (PROBLEMS.some(has) && !has('workaround')) s.set('high_value_problem', accountEv);
    if (has('churn')) s.set('churn_high_value', s.get('churn') ?? []);
    if (has('exec')) s.set('exec_high_value', s.get('exec') ?? []);
    if (has('sla_breached')) s.set('sla_breached_high_value', s.get('sla_breached') ?? []);
  }

  // The same threats from an account that is not high-value: L2 with the emotion flag.
  if (has('exec') && !account.highValue) s.set('emotion', [...(s.get('emotion') ?? []), ...(s.get('exec') ?? [])].slice(0, 6));

  // Engineering only on these (domain.md section 4): reproduced, our release or change, our
  // error or logs, several customers, or a deployment support cannot see into.
  // A defect support reproduced, with nothing else named, is a bug (Sev 3), not a question.
  if (has('confirmed_defect') && !PROBLEMS.some(has) && !['regression', 'minor', 'cosmetic', 'how_to', 'feature_request', 'setup', 'note_intended', 'note_documented_limit', 'resolved'].some(has)) s.set('bug', s.get('confirmed_defect') ?? []);
  const cause = ['confirmed_defect', 'regression', 'server_error', 'custom_deployment', 'several_customers'].flatMap((id) => s.get(id) ?? []);
  // A workaround that restores the task keeps it in support even after our release (domain.md
  // section 2), but a defect support reproduced goes to Engineering for its fix all the same
  // (unless it is working again).
  const problem = PROBLEMS.some(has) || ['confusing', 'regression', 'discrepancy', 'minor', 'cosmetic'].some(has);
  const reproduced = has('confirmed_defect') && !has('resolved');
  if (cause.length && problem && (!has('workaround') || reproduced)) s.set('engineering_cause', (has('workaround') ? s.get('confirmed_defect') ?? [] : cause).slice(0, 4));

  // One user with an ordinary bug: support still has basic checks (browser, permissions, cache).
  if (facts.breadth === 1 && (has('bug') || has('performance')) && !['blocked', 'business_partial', 'regression', 'confirmed_defect', 'login_team'].some(has)) {
    s.set('single_user', facts.breadthEvidence);
  }

  // Broke right after the customer changed their own setting, and they ask how to fix it:
  // a configuration support can correct (domain.md: keep it in support).
  if (has('config_change') && (has('how_to') || has('setup'))) s.set('config_question', s.get('config_change') ?? []);
  // Mail or domain records failing their checks: the customer's DNS, which support can coach.
  else if (has('dns_config') && (has('bug') || has('how_to')) && !has('regression') && !DNS_CHECKED_FINE.test(facts.activeText.slice(0, 20_000))) s.set('config_question', s.get('dns_config') ?? []);

  // An exception asked that touches money or has a deadline close by: a decision needed before the Low target (Sev 3, Leadership).
  const exceptionSoon = (s.get('deadline') ?? []).some((ev) => SOON.test(sentenceAround(facts, ev)));
  if (has('policy_exception') && (exceptionSoon || BILLING_ASK.test((s.get('policy_exception') ?? []).map((ev) => sentenceAround(facts, ev)).join(' ')))) s.set('billing_exception', s.get('policy_exception') ?? []);

  // Support's latest reply asks for basic checks and the customer has not answered: the checks
  // remain, so it stays in support (domain.md section 4), unless it is Critical.
  const lastReply = facts.texts.reduce((at, t, i) => (t.author === 'agent' && t.messageIndex >= 0 ? i : at), -1);
  const reply = facts.texts[lastReply];
  const ask = reply && !has('checks_done') && !SEV1.some(has) && !facts.texts.slice(lastReply + 1).some((t) => t.author === 'customer') ? ASKS_FOR_CHECKS.exec(reply.lower) : null;
  if (reply && ask) s.set('checks_pending', [evidenceOf(reply, ask.index, ask.index + ask[0].length)]);
  // Basic checks done and the cause still open: Support L2 (domain.md section 4); until then, support.
  if (has('checks_done') && ['bug', 'performance', 'confusing', 'blocked', 'business_partial', 'login_team'].some(has) && !has('resolved')) s.set('checks_done_open', s.get('checks_done') ?? []);

  // Working again and nothing asked in the latest customer message: nothing left but to close.
  if (has('resolved')) {
    const last = [...facts.texts].reverse().find((t) => t.author === 'customer' && t.messageIndex >= 0);
    if (last && !ASKS.test(last.norm)) s.set('resolved_closed', s.get('resolved') ?? []);
  }

  // "Where can I find X? The docs say Y but I don't see it": finding a feature, not confusing behaviour.
  if (has('confusing') && (s.get('how_to') ?? []).some((ev) => /^where\b/i.test(ev.quote)) && (s.get('confusing') ?? []).every((ev) => /^(?:the )?(?:docs|documentation|help (?:centre|center|article))\b/i.test(ev.quote))) s.delete('confusing');
  if (has('how_to') && has('setup')) s.set('setup_question', [...(s.get('how_to') ?? []), ...(s.get('setup') ?? [])].slice(0, 4));
  // Setup words in a customer's question, or a setup step that errors ("'Metadata invalid' when I upload the XML").
  else if (has('setup') && !['feature_request', 'deadline_problem', 'no_workaround', 'key_account'].some(has) && !PROBLEMS.some((id) => id !== 'bug' && has(id))) {
    const asks = facts.texts.some((t) => t.author === 'customer' && t.messageIndex >= 0 && SETUP_STRONG.test(t.lower) && (t.norm.includes('?') || has('bug')));
    if (asks) s.set('setup_question', s.get('setup') ?? []);
  }
  // A question whose answer is needed before the Low target (one to two business days) is Sev 3.
  const soon = (s.get('deadline') ?? []).filter((ev) => SOON.test(sentenceAround(facts, ev)));
  if ((has('how_to') || has('setup')) && soon.length && !PROBLEMS.some(has)) s.set('timed_question', soon);
  // Working again, then a separate question ("thanks for fixing it; separate question: …"): the question decides.
  if (has('resolved') && has('how_to') && !INCIDENT_FOLLOW_UP.test(facts.activeText.slice(0, 20_000))) s.set('resolved_then_question', s.get('how_to') ?? []);

  if (typeof input.ageMinutes === 'number' && Number.isFinite(input.ageMinutes) && input.ageMinutes > policy.stalled.openMinutes) {
    s.set('stalled', [fieldEvidence('age', `open ${duration(input.ageMinutes)} (stalled after ${duration(policy.stalled.openMinutes)})`)]);
  }
}
