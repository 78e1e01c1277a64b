/**
 * Word families and phrase patterns for each signal. Patterns are regex sources with
 * {MACROS} expanded at compile time (see compile.ts). They describe how impact is said —
 * subject + predicate combinations over verb forms and synonyms — not single keywords.
 * Every repetition is bounded ({0,3}) so matching stays linear.
 */

export const MACROS: Record<string, string> = {
  // Inability / negated success.
  CANT: "(?:can(?:'?t| ?not)|unable to|not able to|could(?:n'?t| not)|won'?t|will not|doesn'?t|does not|didn'?t|don'?t|do not|isn'?t|aren'?t|is not|are not|no longer|not|never|impossible to|fail(?:s|ed|ing)? to|keeps? failing to)",
  // Things whose loss or corruption is a data-integrity problem.
  DATA: "(?:data|records?|contacts?|invoices?|files?|entries|entry|orders?|history|notes|customer (?:records|data|list)|deals|deal records|reports?|rows?|transactions?|timesheets?|documents?|attachments?|emails?|messages?|employee records|dashboards?|projects?|tickets?|leads?|products?|changes|edits|drafts?|time entries|entries|inventory|stock levels?|catalog(?:ue)?|database|spreadsheets?|payroll|numbers|figures|totals|balances?|amounts|values|metrics|revenue|stats|statistics|uploads?|photos?|images?|recordings?|candidates?|applicants?|submissions?|responses?|subscriber lists?|sales data|call recordings?|pipelines?|tasks?|comments?|appointments?|boards?|forms?|inspections?|bookings?)",
  // Core business objects (domain.md: login, checkout, billing, orders, invoicing, export; plus payments, payroll, integrations).
  CORE: "(?:check ?out|checkouts?|carts?|payments?|payouts?|billing|invoic(?:e|es|ing)|orders?|payroll|pay ?runs?|payslips?|exports?|exporting|integrations?|(?:order|inventory|product|crm|erp|accounting|bank|stock|data|shopify|salesforce|hubspot|quickbooks|xero) sync(?:ing|s)?|webhooks?|webhook deliveries|connectors?|bank feeds?|transactions?|charges?|subscriptions?|refunds?|shipping labels?|shipments?|purchases?|sales|bookings?|reservations?|quotes?|purchase orders?|api calls?|api requests?|requests|emails? (?:to customers|campaigns?)|campaigns?|card payments?|credit cards?|direct debits?|bank feeds?|reconciliation|buy now|buy button|add to cart|tax (?:filings?|returns?)|ledgers?)",
  // Verbs that perform a core task (cannot <verb> <object>).
  COREVERB:
    "(?:check ?out|pay|process (?:any )?(?:orders?|payments?|refunds?|transactions?)|take (?:any )?(?:payments?|orders?|cards?)|accept (?:any )?(?:payments?|orders?|cards?)|place (?:any )?orders?|receive (?:any )?(?:orders?|payments?)|fulfil+ (?:any )?orders?|ship (?:any )?orders?|send (?:out )?(?:any |the |our |their )?(?:invoices?|quotes?|payslips?|bills?|statements?|campaigns?|emails?)|issue (?:any )?(?:invoices?|refunds?|credit notes?)|create (?:any |new )?(?:invoices?|orders?|quotes?|bills?)|generate (?:any |the )?(?:invoices?|payslips?|bills?|statements?)|run (?:the |our |this month'?s )?(?:payroll|pay ?runs?|billing)|bill (?:our |any )?(?:customers|clients)|charge (?:our |any )?(?:customers|clients|cards?)|export(?: (?:any|the|our|my)? ?\\w+)?|download (?:the |our |any )?(?:invoices?|exports?|reports?|payslips?)|sync (?:any |our |the )?(?:orders?|inventory|stock|products?|invoices?|transactions?)|close (?:the |our )?(?:books|month|period)|reconcile (?:any|our|the)? ?\\w*|submit (?:any |the |our )?(?:orders?|payroll|timesheets?|invoices?|tax \\w+)|book (?:any )?(?:appointments?|orders?)|refund (?:any )?(?:customers|orders?)|ring up (?:any )?(?:sales|orders|customers)|make (?:any )?sales|take (?:any )?sales|sell (?:anything|any)|process (?:any )?sales)",
  // People and units that give breadth.
  WHO: "(?:users?|people|employees?|staff|agents?|customers?|clients?|stores?|shops?|locations?|offices?|branches|branch|team ?mates?|team members?|accounts?|reps?|members?|merchants?|tenants?|sites?|sellers?|drivers?|technicians?|nurses?|doctors?|teachers?|students?|managers?|colleagues?|coworkers?|co-workers?|workers?|workspaces?|organi[sz]ations?|orgs?|companies|departments?|teams?|restaurants?|clinics?|warehouses?|franchisees?|partners?|resellers?|subscribers?|tech(?:nician)?s?|operators?|dispatchers?|cashiers?|sales ?people|salespeople|accountants?|visitors|shoppers|buyers|complaints|contractors?|freelancers?|vendors?|suppliers?)",
  // The product as a whole.
  SYSTEM: "(?:site|website|web ?site|app|application|web ?app|platform|service|system|dashboards?|portal|server|servers|store ?front|store|shop|webshop|web shop|online (?:shop|store)|e-?shop|instance|workspace|tenant|product|tool|software|api|backend|admin|admin panel|console|page|pages|everything|[a-z0-9-]+\\.(?:com|io|app|net|co))",
  // One word that is not a negator ("no data was lost" must not match "… data was lost").
  W: "(?:(?!(?:no|not|never|none|nothing|without)\\b)[\\w'-]+ )",
  // A bounded stretch of one sentence between a subject and its predicate: up to eight
  // words, tried word by word (not character by character) so long texts stay fast.
  GAP: '[^\\s.!?]*(?: +[^\\s.!?]+){0,8}? +',
  // The same by characters, for patterns that end on punctuation.
  CGAP: '[^.!?\\n]{0,60}?',
  // Strict inability (no "doesn't"/"not": those describe behaviour, not a blocked person).
  CANT2: "(?:can no longer|(?:has|have)n'?t been able to|(?:has|have) not been able to|can(?:'?t| ?not)|unable to|not able to|could(?:n'?t| not)|won'?t let (?:me|us|them)|no longer able to|impossible to|(?:is |it'?s |it is )?not possible (?:for (?:us|me|them|anyone) )?to|there'?s no way to|there is no way to)",
  NUM: '(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})',
};

/** Signal id → pattern sources. */
export const SIGNAL_PATTERNS: Record<string, string[]> = {
  outage: [
    "\\ball (?:of )?(?:our|the) (?:inbound |incoming |phone |support |sales )?(?:numbers|lines|phone lines)\\b{GAP}['\"]?\\b(?:not in service|out of service|unavailable|not available|dead|disconnected|go(?:es)? straight to|don'?t ring|do not ring|don'?t connect)\\b",
    "\\b(?:none of our|no|not one of our) (?:phones?|lines?|numbers?|extensions?) (?:ring|rings|work|works|connect|connects|go through|goes through)\\b|\\b(?:inbound |all )?calls? (?:go|goes|going) straight to (?:'|\")?(?:number not available|voicemail|a busy tone|dead air)",
    "\\b{SYSTEM} (?:is |are |was |went |has gone |have gone |seems |seem |appears |appear |looks |has been |have been |keeps going |is completely |is totally )?(?:completely |totally |entirely |still |all |just )?(?:down|offline|unreachable|unavailable|inaccessible|not (?:loading|responding|reachable|available|accessible|coming up|opening|up)|not load(?:ing)?|won'?t (?:load|open|come up|respond)|doesn'?t (?:load|open|respond|come up)|dead|gone dark|blank|empty|returning (?:5\\d\\d|errors|a blank page)|throwing 5\\d\\d|(?:showing|shows) (?:a )?(?:'|\")?(?:service unavailable|bad gateway|503|502|maintenance))\\b",
    '\\b(?:outage|downtime|went down|is down for|are down for|down for (?:everyone|everybody|all|us|the whole)|(?:major|full|total|complete|partial) (?:outage|disruption|failure))\\b',
    '\\b(?:502|503|504|bad gateway|service unavailable|gateway time-?out|internal server error)s?\\b{GAP}(?:for (?:everyone|everybody|all|every|any)|on every (?:page|request)|for every)',
    "\\b(?:nothing|no page|no pages|none of the (?:pages|charts|screens|reports|widgets|tabs)|no (?:charts|screens|reports|widgets)) (?:loads?|works?|is loading|is working|will load|opens?|shows?|appears?)\\b",
    "\\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t) (?:reach|access|load|open|connect to|get to|get into) (?:the |your |our )?(?:site|website|app|application|platform|service|system|dashboard|portal|server|servers|api|store ?front|admin|instance)\\b(?! settings)",
    '\\b(?:all|every|each) (?:api )?(?:requests?|calls?|page ?loads?|endpoints?|jobs?|syncs?|webhooks?|transactions?)\\b{GAP}\\b(?:fail\\w*|error\\w*|time[sd]? out|timing out|returns? (?:an? )?(?:errors?|4\\d\\d|5\\d\\d|invalid)|returning (?:errors|4\\d\\d|5\\d\\d|invalid)|coming back|came back|bounc\\w*|reject\\w*|stuck|queued forever)',
    '\\b(?:white|blank) (?:page|screen)s?{GAP}(?:for (?:everyone|everybody|all|the whole|every)|for any)',
    '\\bstatus page (?:says|shows|claims) (?:everything|all systems?|all) (?:is |are )?(?:green|operational|fine|up)\\b',
    // An outage said as everyone stuck on the spinner.
    "\\b(?:every(?:one|body)|all of us|all (?:our |the )?(?:users|staff|agents|employees|people)|nobody|no one|the whole (?:team|office|company))\\b{GAP}\\b(?:(?:is|are) )?(?:stuck|hanging|waiting|sitting) (?:on|at|with|in front of) (?:the |a |an )?(?:endless |infinite |loading |spinning )?(?:spinner|spinning wheel|wheel|loading (?:screen|page|wheel|spinner|icon)|white screen|blank screen)\\b",
  ],
  data_loss: [
    "\\b(?:the |our )?data is (?:now )?(?:wrong|incorrect|corrupt\\w*|mixed up) (?:now )?in your (?:system|database|app)\\b|\\b(?:swapped|mixed up|scrambled|jumbled)\\b{GAP}\\b(?:for|in) (?:around |about |over |nearly )?{NUM} (?:contacts|records|customers|rows|employees|entries|orders)\\b",
    "\\b(?:overwrote|overwritten|replaced|wiped) (?:{W}){0,4}with (?:blanks?|empty|nothing|zeros?|zeroes|0|the wrong)\\b|\\b(?:instead of being \\w+(?:ed|d)),? (?:they|it|all|everything) (?:are|is|was|were) (?:all )?gone\\b|\\b(?:exactly|all) (?:double|doubled|multiplied by \\d+|divided by \\d+)\\b|\\bmultiplied by (?:10|100|1000)\\b|\\b(?:shows?|showing|are at|is at) 0 ?% (?:progress|complete|completion)|\\breset to 0 ?%|\\bduplicate (?:order |invoice |record |row )?(?:ids|rows|records|entries)\\b|\\b(?:roster|schedule|calendar|list|board|database|history) (?:has been|was|got|is) (?:emptied|wiped|cleared)\\b",
    "\\b(?:every|each|all(?: the| our| of our)?) (?:{W}){0,1}(?:{DATA}|sales?|orders?|payments?|entries|bookings?) (?:is |are |gets? |got )?(?:shown |counted |listed |recorded |imported |synced |booked )?twice\\b",
    "\\b(?:exactly |almost |roughly |about |nearly )?(?:double|twice|half|triple|three times) (?:of )?what (?:our|the|my) (?:bank|books|accounting|ledger|records|pos|till|tills|stripe|processor|erp|spreadsheet) (?:says|shows|has|reports)\\b",
    "\\bsays? (?:it'?s |it was |that it'?s )?\\W?saved\\W? but\\b{GAP}\\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|never|nothing|not) (?:there|saved|anywhere|in the list|showing)",
    "\\b(?:we'?ve|we have|i'?ve|i have|they'?ve|we|i) lost (?:about |around |over |nearly |almost |at least |roughly )?{NUM} (?:{W}){0,1}(?:{DATA}|\\w+s)\\b",
    '\\b(?:my|our|the|all) (?:{W}){0,1}{DATA} (?:all )?(?:gone|vanished|wiped)\\b|^{DATA} (?:gone|missing|lost|vanished)\\b',
    "\\b(?:whole|entire|all (?:of )?(?:my|our|the)) (?:{W}){0,1}{DATA} (?:is|are|was|were|looks?|shows?|now shows?) (?:now |completely |totally |suddenly |just )?(?:empty|blank|gone|wiped)\\b",
    "\\bwhere (?:is|are|did|has|have|'s) (?:all )?(?:of )?(?:my|our) (?:{W}){0,1}{DATA}\\b(?! (?:settings|options|tab|page|menu|button))",
    "\\beverything (?:was|is|got|has been) (?:gone|lost|deleted|wiped|erased)\\b|\\blost (?:all )?(?:my|our|the) (?:work|changes|edits|progress)\\b",
    "\\b{DATA}\\b{GAP}\\b(?:stopped|stop) (?:showing up|appearing|being (?:saved|recorded|created|captured|stored))\\b|\\bnothing (?:gets saved|is saved|was saved|is recorded|was recorded)\\b",
    "\\b(?:has|have|shows?|showing|contains?|there are) no (?:entries|records|data|rows|events|logs|history|transactions)\\b",
    "\\b{DATA}\\b{GAP}\\b(?:(?:is|are|was|were|have|has|got|been|seem to be|seems to be|appear to be|appears to be|now|just|all|simply|completely) (?:all |now |just |simply |been |completely |totally )?(?:gone(?! out| through)|missing(?! (?:a|an|the|our|my|your|some|their|its)\\b)|lost|deleted|erased|corrupt(?:ed)?|overwritten|garbled|scrambled|mangled|(?:all )?zero(?:s|es|ed)?|doubled)|disappeared|vanished|wiped(?: out)?|reset to (?:zero|0|default)|zeroed(?: out)?|got (?:deleted|wiped|lost|erased|overwritten)|(?:are |is )?(?:all )?(?:showing|show|shows|reading|at) (?:0|zero|\\$0(?:\\.00)?)(?![\\d.,%]))\\b",
    "\\b(?:lost|(?:deleted|wiped|erased|purged|dropped)(?<!\\b(?:we|i|we'?ve|i'?ve|we have|i have|we just|i just) (?:deleted|wiped|erased|purged|dropped))|overwrote|overwritten|corrupted|destroyed|lose|losing)\\b{GAP}\\b{DATA}\\b",
    "\\b(?:numbers|totals|figures|amounts|balances|values|revenue|stats|counts|metrics|sums)\\b{GAP}(?:are |is |were |was |look |looks |seem |seems |show |shows |showing )(?:all |completely |totally |wildly |now |about |roughly |nearly |almost )?(?:wrong|incorrect|off|zero|zeros|zeroes|0|\\$0(?:\\.00)?|doubled|double|triple|half|negative|nonsense|garbage|inconsistent|not matching|don'?t match|don'?t add up)\\b",
    "\\b(?:data|records|numbers|totals|figures) (?:don'?t|doesn'?t|do not|does not|no longer) (?:match|add up|reconcile|line up)\\b",
    '\\b(?:data (?:loss|corruption)|corrupted (?:data|file|database|export)|missing data|lost data|data corrupted)\\b',
    "\\b(?:doesn'?t|does not|don'?t|do not|no longer|won'?t) (?:balance|reconcile|add up|tie out)\\b|\\b(?:are|is|were|was) off by (?:exactly |about |roughly )?(?:{NUM}|the|a|an|one|two|three)\\b",
    "\\b(?:will|might|may|could|going to|about to|is going to|are going to) (?:{W}){0,2}(?:lose|be lost|be deleted|be wiped|be purged|be overwritten|overwrite|delete|wipe|purge)\\b",
    "\\b(?:backups?|snapshots?)\\b{GAP}(?:failed|failing|haven'?t (?:run|completed)|have not (?:run|completed)|not running|stopped)\\b",
    '\\b(?:sync|import|migration|update|integration|job|script)\\b{GAP}\\b(?:overwrote|overwrites|wiped|deleted|erased|corrupted|replaced)\\b{GAP}\\b{DATA}',
    '\\bshows? (?:0|zero|\\$0|\\$0\\.00) (?:for |in )?(?:{W}){0,3}(?:revenue|sales|everything|all|every)\\b',
    "\\b\\d[\\d,]* (?:employees|customers|contacts|records|clients|students|patients|members|users|suppliers|accounts|people) (?:now )?(?:have|has|show|shows|got|are showing) (?:the )?wrong (?:ibans?|bank (?:details|accounts?)|account numbers?|addresses|e-?mails?|phone numbers?|prices|salar(?:y|ies)|tax (?:codes?|ids?)|dates? of birth|names|data)\\b",
    // Data overwritten or replaced by an import or sync, said the other way round.
    "\\b(?:sync|import|migration|update|integration|job|script|upload)\\b{GAP}\\b(?:{DATA}|amounts|descriptions|prices|names|addresses|phone numbers|fields|values|notes)\\b{GAP}\\b(?:(?:were|was|are|is|got|have been|has been) )?(?:overwritten|replaced|reset|wiped|blanked|cleared)\\b",
  ],
  security: [
    // Another company's records in calm words; a private page anyone can open.
    "\\b(?:belong(?:s|ing)? to|addressed to) (?:a (?:company|business|practice|clinic|firm|shop|store|school) (?:called|named)|another (?:company|business|customer|organi[sz]ation|tenant)|some other (?:company|business))\\b|\\bwe (?:are not|aren'?t|'re not) [\\w&'\" -]{2,30}? and (?:we )?(?:have )?never (?:invoiced|worked with|had|dealt with|used|bought from|sold to|been)\\b",
    "\\b(?:nobody|no one|anyone|you don'?t|they don'?t) (?:needs? to|has to|have to|need to) (?:log ?in|sign ?in|be logged in|authenticate) to (?:see|open|view|read|download)\\b|\\b(?:google|bing) (?:search )?results? (?:that )?(?:links?|leads?|points?) (?:straight |directly )?to\\b|\\b(?:indexed|shows up|showing up|turns up|findable) (?:on|in|by) google\\b",
    // Someone who left still receiving or holding access: data went outside the customer.
    "\\b(?:who|that) (?:has )?left (?:us|the company|the business|the firm|the practice|in \\w+|last \\w+)\\b[^.!?\\n]{0,80}?\\bstill (?:on|in|has|gets|receives|had|getting|receiving)\\b|\\b(?:former|ex-?) (?:employee|manager|member of staff|staff member|colleague|contractor|team member|user|admin)s?\\b[^.!?\\n]{0,80}?\\b(?:still (?:on|in|has|gets|receives|had|getting|receiving|logs? in|signs? in)|received|receives|got sent|was sent|were sent)\\b",
    "\\b(?:read|steal|access|obtain|grab|hijack)s? (?:the |a |any )?(?:viewer'?s?|users?'?s?|other users'?|anyone'?s?|victim'?s?|their) (?:session(?: tokens?| cookies?)?|tokens?|cookies?|credentials|passwords?)\\b|\\bchanged by support on (?:a )?(?:request|call) by phone\\b|\\b(?:nobody|no one|none of us) (?:from us |here |on our side )?(?:called|phoned|rang|asked) (?:you|your support|support)\\b|\\bchanged (?:yesterday |today |last night )?to an? (?:e-?mail )?address (?:we|i) (?:don'?t|do not) (?:know|recogni[sz]e)\\b",
    "\\b(?:rows|records|entries|patients|customers|clients|students|employees|contacts)\\b (?:{W}){0,2}(?:from|of|belonging to) (?:another|a different|some other|other) (?:practice|clinic|school|organi[sz]ation|hospital|tenant|company|customer|client|business|account|shop|store|firm)s?\\b|\\b(?:returns?|shows?|exposes?|gives?|lists?) (?:{W}){0,3}(?:records?|data|details|grades|files|invoices|documents) (?:of|from|for) other (?:tenants|customers|schools|companies|users|accounts|organi[sz]ations)\\b|\\bidor\\b",
    "\\b(?:his|her|their|the|this|that) (?:personal |api |access )?(?:token|api key|key|session|login|access) (?:is |was |still )?(?:still )?(?:active|working|valid|works|in use|being used)\\b|\\bunder (?:his|her|their) (?:api |personal )?(?:token|key|login|account)\\b",
    "\\b(?:caller|someone|a person) (?:talked|tricked|convinced|persuaded|social[- ]engineered) (?:tier 1|us|our (?:agent|team|support|staff)|the agent|support)\\b|\\bsocial engineering\\b|\\bnot on (?:our|the) (?:contact|authori[sz]ed) list\\b|\\bclaiming to be (?:our|the|an?) (?:it )?(?:admin|owner|manager|ceo|director)\\b",
    "\\bwithout checking (?:the )?(?:tenant|owner|permissions?|account|access)\\b|\\b(?:returns?|exposes?|shows?|gives?) (?:the )?(?:full )?(?:{W}){0,2}details\\b[^.!?\\n]{0,80}?\\bfor any (?:numeric )?(?:id|user|booking|record|customer|account)\\b",
    // Personal details of another person shown: exposure, however calmly reported.
    "\\b(?:someone else'?s|somebody else'?s|another (?:person|user|customer|patient|employee|recipient|client)'?s|other (?:people|patients|employees|recipients|users|customers|clients)'?s?|(?:her|his|their) colleague'?s?) (?:{W}){0,2}(?:parcel|order|account|data|details|information|info|address|phone|records?|salary|payslips?|bank|timesheets?|files?|documents?|profile|booking|appointment)\\b",
    "\\b(?:full )?(?:names?|surnames?|first names?|addresses|address|phone numbers?|dates? of birth|salar(?:y|ies)|national insurance numbers?|ssns?|bank details|emails? and (?:phone|total|addresses))\\b{GAP}\\bof (?:the |other |another |each |every )?(?:patients?|customers?|people|persons?|recipients?|employees?|users?|clients?|guests?|members?|students?|candidates?)\\b(?! (?:in|on|at) (?:our|my))",
    "\\b(?:was|were|is|are|am|got|ended up|landed|found (?:herself|himself|themselves|myself|ourselves)) (?:inside|in|into) (?:his|her|their|a colleague'?s|my colleague'?s|another (?:user|person|employee|customer)'?s|someone else'?s) (?:own )?account\\b|\\blink (?:for|to) (?:the )?account of (?:her|his|their|a|another|my)\\b",
    "\\b(?:prompts?|push(?:es| notifications?)?|codes?|requests?|sign-?ins?|log-?ins?|logins|attempts?|sessions?)\\b{GAP}\\b(?:that |which )?(?:none of us|nobody(?: here)?|no one(?: here)?) (?:started|triggered|initiated|requested|made|did|recogni[sz]es)\\b|\\b(?:unrecogni[sz]ed|unknown|unfamiliar|strange|suspicious) (?:successful )?(?:sign-?ins?|log-?ins?|logins|sessions|devices|admins?|users?)\\b",
    "\\b(?:successful )?(?:sign-?ins?|log-?ins?|logins)\\b,? from (?:[a-z]+ ){1,2}at \\d|\\b(?:nobody|no one|none of us) (?:here )?(?:knows?|recogni[sz]es?) (?:them|him|her|this user|this person|who)\\b",
    "\\b(?:isn'?t|is not|aren'?t|are not|not) ours\\b[^\\n]{0,120}?\\b(?:customer list|names|phone numbers|emails|addresses|data|records|contacts)\\b|\\b(?:rows|records|entries|people|employees) (?:for|of) people who (?:are not|aren'?t|don'?t|do not) (?:our|work)\\b",
    "\\b(?:opens?|opened|accessible|viewable|visible|available) (?:to anyone |to everyone |publicly )?without (?:logging in|a login|signing in|a password|authentication)\\b|\\b(?:activity (?:feed|log)|audit log)\\b{GAP}\\b(?:removed|deleted|deactivated|former|left)\\b|\\b(?:removed|deleted|deactivated|left)\\b[^.!?\\n]{0,80}?\\.\\s+(?:today|yesterday|this morning|now)\\b[^.!?\\n]{0,60}?\\b(?:exported|downloaded|logged in|signed in|accessed|viewed|opened)\\b",
    "\\b(?:a caller|someone (?:on the phone|who called)|the caller) (?:{W}){0,3}(?:saying|claiming|who said|pretending)\\b",
    "\\b(?:see|sees|seeing|saw|view|views|viewing|got|gets|received|opens?|opened)\\b{GAP}\\b(?:her|his|their|my|our|a|another) (?:colleague|coworker|co-worker|employee|team ?mate|customer|client|patient|member|user)'?s (?:{W}){0,2}(?:payslips?|pay ?stubs?|salar(?:y|ies)|data|records?|invoices?|details|files?|messages?|emails?|account|orders?|documents?|medical|health|results?|contracts?)\\b",
    "\\b(?:payslips?|pay ?stubs?|salar(?:y|ies)|invoices?|records?|documents?|results?|messages?|files?|account|data)\\b{GAP}\\binstead of (?:her|his|their|my|our) own\\b",
    "\\b(?:admins?|admin users?|users?|accounts?|api keys?|tokens?|integrations?|apps?|devices?|sessions?|rules?|forwarding rules?)\\b{GAP}\\b(?:that |which )?(?:none of us|nobody(?: here| on (?:our|the) team)?|no one(?: here| on (?:our|the) team)?) (?:created|added|invited|made|set up|authori[sz]ed|recogni[sz]es|knows|requested)\\b",
    "\\b(?:e-?mail|billing e-?mail|login e-?mail|password|phone number|bank details|payout account|owner)\\b{GAP}\\b(?:was|were|got|has been|have been) changed\\b{GAP}\\b(?:(?:i|we) (?:don'?t|do not|didn'?t|did not) (?:know|recogni[sz]e|make|request)|(?:nobody|no one|none of us) (?:made|requested|did)|without (?:our|my) (?:knowledge|permission))",
    '\\b(?:log-?ins?|sign-?ins?|logged in|signed in|access(?:ed)?|sessions?)\\b{GAP}\\bfrom (?:an? )?(?:ip|ip address|address|location|device|computer|country)(?: address)? (?:in|from|based in|located in|registered in) (?!our |the office|my )',
    "\\b(?:the wrong|another|a different|the other) (?:client|customer|recipient|person|company|tenant) (?:received|got|saw|opened|can see)\\b|\\b(?:client|customer) [a-z0-9] (?:received|got) (?:it|them|this|that)\\b|\\b(?:received|got) (?:it|them|this|that) instead\\b",
    "\\b(?:bank (?:details|account(?: numbers?)?)|payout (?:details|account)|iban|routing numbers?)\\b{GAP}\\b(?:changed|updated|replaced|edited|switched)\\b",
    "\\b(?:company|companies|customer|client|account|business|organi[sz]ation|tenant)s? (?:that|which|who) (?:isn'?t|aren'?t|is not|are not) (?:ours|us|one of ours|our customers?)\\b|\\b(?:we'?ve|we have) never (?:worked|done business) with\\b",
    "\\blog(?:ged)? ?in as (?:my colleague|a colleague|someone else|another user|an admin|any user|other users)\\b|\\b(?:changing|change|edit|editing|changed) (?:the )?(?:id|email|user ?id|account ?id|org ?id|number|parameter)s? in the url\\b",
    "\\blog-?ins? (?:{W}){0,5}from (?:russia|china|vietnam|nigeria|north korea|iran|abroad|overseas|another country|a country we)\\b",
    "\\b(?:somebody|someone|somone|a stranger) (?:else )?(?:has|knows|got|stole|is using|used) (?:my|our|the) (?:password|credentials|login|account|api key)\\b|\\blogins? from (?:another|a different|an unknown|a strange|an unusual|a foreign) (?:city|country|location|ip|device|place)\\b",
    "\\b(?:without (?:asking for |requiring |needing )?(?:a |any )?(?:login|password|authentication|sign-?in)|anyone with the link can (?:see|view|access|open|download))\\b|\\b(?:phone|laptop|device|computer|tablet)s? (?:was|were|got|has been|have been) (?:stolen|hacked|compromised)\\b|\\bsomeone (?:may|might|could) (?:have|be using) (?:access|my|our)\\b",
    "\\b(?:accessed|used|changed|modified|deleted|exported|downloaded|opened) by (?:someone|somebody|an unknown|a stranger|a person|people)\\b|\\b(?:users?|accounts?|admins?|logins?|sessions?|api keys?|devices?|integrations?) (?:that )?(?:we|i|nobody|no one) (?:don'?t|do not|didn'?t|did not|never|can'?t) (?:recogni[sz]e|know|create|created|add|added|invite|invited|set up|authori[sz]e|authori[sz]ed)\\b",
    "\\b(?:card numbers?|credit card (?:numbers?|details)|cvv|ssns?|social security numbers?|passwords?|bank (?:details|account numbers?)|passport (?:numbers?|scans?)) (?:are |is |were |was )?(?:now )?(?:visible|shown|displayed|showing|exposed|readable) (?:in (?:plain ?text|clear|the (?:url|logs|notes|export|email)))?",
    "\\b(?:see|seeing|saw|view|viewing|access|accessing|open|opened|land|landed|lands|end up|ended up|taken to|redirected to|get into|got into|shows?|showing|got|received|getting)\\b{GAP}\\b(?:someone else'?s|somebody else'?s|another (?:company|customer|client|tenant|organi[sz]ation|user|business)'?s|other (?:companies|customers|clients|tenants|organi[sz]ations|users)'?) ",
    "\\b(?:who left|who has left|who quit|former|ex-|deactivated|removed|offboarded|terminated|fired|no longer (?:works|working) (?:here|for us|with us))\\b{GAP}\\bstill (?:gets?|getting|receives?|receiving|has|have|sees?|seeing|can|able|logs?|logging|accessing|has access)\\b",
    "\\b(?:see|seeing|saw|view|viewing|access|accessing|open|opened|shows?|showing|displays?|displaying|got|get|getting|received|receiving|download(?:ed)?|landed in|ended up in|opens|opening|reveals?|exposes?)\\b{GAP}\\b(?:another|other|a different|different|someone else'?s|somebody else'?s|the wrong|wrong|each other'?s) (?:{W}){0,2}(?:company'?s?|companies'?|customer'?s?|customers'?|client'?s?|clients'?|account'?s?|tenant'?s?|user'?s?|users'?|organi[sz]ation'?s?|org'?s?|people'?s?|person'?s?|business'?s?|patient'?s?|employee'?s?|workspaces?|salar(?:y|ies)|bank details|payslips?)",
    "\\b(?:another|other|a different|someone else'?s|somebody else'?s|other companies'?|another company'?s|other customers'?|another customer'?s)\\b{GAP}(?:data|invoices?|records?|contacts?|files?|details|orders?|information|info|emails?|tickets?|reports?|payslips?|salar(?:y|ies)|documents?|dashboards?|workspaces?|projects?|portal)\\b{GAP}(?:is |are |was |were )?(?:visible|showing|shown|appear(?:s|ing)?|exposed|accessible|in (?:our|my))",
    "\\b(?:invoices?|data|records|files|contacts|documents|orders|tickets|projects) (?:that|which) (?:aren'?t|are not|don'?t belong to|do not belong to) (?:ours|us|mine)\\b|\\bbelong(?:s|ing)? to (?:another|some other|a different|other) (?:company|customer|client|tenant|organi[sz]ation|business|account)|\\b(?:addressed|meant|intended) (?:to|for) (?:other|another|different) (?:customers?|clients?|people|users|recipients)",
    '\\b(?:data (?:leak|breach|exposure)|(?:was|were|been|got|is|are) (?:leaked|exposed|compromised|hacked|breached)(?<!\\b(?:sla|target|deadline|agreement|threshold|limit|commitment)\\b[^.!?\\n]{0,60}(?:was|were|been|got|is|are) (?:leaked|exposed|compromised|hacked|breached))|security (?:breach|incident)|leaked (?:{W}){0,2}(?:data|credentials|passwords?|keys?|tokens?)|publicly (?:accessible|visible|exposed|available|indexed)|(?:indexed|showing up|found) (?:by|on|in|through|via) (?:a )?google(?: search)?)\\b',
    "\\b(?:links?|reports?|pages?|files?|folders?|buckets?|documents?|urls?|dashboards?) (?:is|are|was|were) (?:now )?(?:public|publicly|open to (?:anyone|everyone|the internet)|indexed)\\b",
    "\\b(?:unauthori[sz]ed (?:access|logins?|sign-?ins?|users?|person|party|charges?|changes?|transactions?)|someone (?:else )?(?:has |had )?(?:logged|signed|got|broke) in(?:to)?|somebody (?:else )?(?:has |had )?(?:logged|signed) in(?:to)?|(?:account|accounts|mailbox|admin) (?:was |were |has been |have been |got |is )?(?:hacked|compromised|taken over|hijacked|breached)|hacked|account takeover)\\b",
    '\\b(?:log-?in|sign-?in|access|logged in|signed in)s?\\b{GAP}\\bfrom (?:an? )?(?:unknown|unrecognized|unrecognised|unfamiliar|strange|foreign|suspicious) (?:location|device|country|ip|browser|address)',
    "\\b(?:api (?:keys?|tokens?|secrets?)|credentials|passwords?|secret keys?|access tokens?)\\b{GAP}\\b(?:exposed|leaked|visible to|public|in plain ?text|in the (?:url|logs|page source|html))\\b",
    "\\b(?:emailed|sent|mailed|shared|forwarded|delivered)\\b{GAP}\\bto (?:another|a different|the wrong|other|an unrelated) (?:client|customer|person|recipient|company|user|tenant)s?\\b",
    '\\b(?:sent|emailed|delivered|going|went|mailed|got sent) to the wrong (?:customers?|clients?|person|people|recipients?|company|account|email address|list|segment|audience|contacts?)\\b',
    '\\b(?:got|received|receiving|getting) (?:an? |the )?(?:emails?|invoices?|messages?|documents?|statements?|payslips?) (?:meant|intended|addressed) for\\b',
    '\\b(?:returns?|exposes?|leaks?|reveals?|dumps?)\\b{GAP}\\b(?:hashed passwords|passwords|password hashes|personal data|pii|social security|api keys|tokens|emails of all|full user list)\\b',
    "\\b(?:former|ex-|deactivated|removed|offboarded|deleted)\\b{GAP}\\b(?:can still|still has|still have|is still|are still|still (?:able|logging|accessing|sees?|log|sign))",
    '\\b(?:can|could) (?:see|view|access|open|download)\\b{GAP}\\bwithout (?:an? |any )?(?:invite|invitation|permission|access rights|being (?:invited|added|shared))',
    "\\b(?:can|could) (?:now )?(?:see|view|access|open|download)\\b{GAP}\\b(?:each other'?s|everyone'?s|other (?:people|employees|users)'?s?) (?:{W}){0,2}(?:salar(?:y|ies)|bank|pay|payslips?|personal|medical|health|ssn|details|data|records)",
    // Recall families: a caller taking over an account, a removed user's token still in use, another customer's data listed, a sign-in that was not us.
    "\\b(?:pretend(?:ing|ed)?|claim(?:ing|ed)?|posing|posed) (?:to be |as )(?:me|us|our \\w+|the (?:account )?owner|an? (?:admin|employee|colleague|manager)|him|her|one of us)\\b",
    "\\b(?:took|take|taken|taking) over (?:our|my|the|his|her|their) (?:\\w+ )?(?:account|admin|login|mailbox|workspace)\\b|\\b(?:they|someone|somebody|he|she|a stranger) (?:now )?(?:controls?|has control of|is in control of) (?:our|my|the) (?:\\w+ )?(?:account|admin|login|mailbox|workspace)\\b",
    "\\b(?:e-?mail|e-?mail address|password|phone number|owner|2fa number)\\b{GAP}\\bchanged to (?:theirs|his|hers|their own|someone else'?s|an? (?:unknown|strange|foreign) )",
    "\\b(?:removed|deleted|deactivated|offboarded|revoked|disabled|left|fired|former|ex-)\\b[^.!?\\n]{0,120}?\\b(?:tokens?|keys?|sessions?|logins?|credentials|access|account)\\b[^.!?\\n]{0,30}?\\bstill (?:active|valid|works|working|accepted|in use|being used|used|pulling|calling|syncing|making|logged in|signed in|connected|live|open|running)\\b",
    "\\b(?:see|seeing|saw|there (?:are|is|were)|shows?|showing|appear\\w*|visible|listed|popped up)\\b[^.!?\\n]{0,60}?\\b(?:orders?|invoices?|records?|contacts?|data|tickets?|files?|customers?|messages?|employees?|patients?)\\b (?:from|of|belonging to) (?:another|a different|some other|other) (?:customer|client|company|tenant|business|account|shop|store|firm)s?\\b(?! (?:is|are) (?:fine|not affected|unaffected))",
    "\\b(?:log-?ins?|logged in|sign-?ins?|signed in|accessed)\\b{GAP}\\b(?:(?:it )?(?:was|were)n'?t (?:me|us|one of us)|(?:it )?(?:was|were) not (?:me|us)|not (?:by )?(?:me|us))\\b(?! (?:only|alone|but|either|too))",
  ],
  security_concern: [
    "\\b(?:emailed|sent|going|goes|delivered|shared|visible)\\b{GAP}\\b(?:people|employees|users|staff|someone|contractors) who (?:have )?(?:left|quit|no longer work)\\b",
    '\\b(?:can|could) (?:now|suddenly|somehow|also|even) (?:see|view|access|open|read|download)\\b',
    "\\b(?:viewers?|read-?only (?:users?|roles?)|guests?|contractors?|external users?)\\b{GAP}\\b(?:was|were|is|are|can|could) (?:able to )?(?:delete|edit|export|change|remove|approve|download)\\b",
    "\\b(?:asking|asks|asked) (?:them|us|me|customers|our \\w+)? ?to (?:re-?enter|confirm|update|verify|provide) (?:their|your|our|my)? ?(?:card|payment|bank|login|password|credentials|account)|\\bis (?:that|this) (?:really )?(?:you|from you|legit(?:imate)?)\\?|\\b(?:fake|spoofed|spoofing|impersonating (?:you|us|our|your)|lookalike)\\b",
    "\\b(?:we|i|nobody|no one) (?:didn'?t|did not|never|haven'?t) (?:schedule|send|sent|create|authori[sz]e|approve|request|trigger|make|change|set up|add|invite) (?:this|that|these|those|anything|it|them|any)\\b",
    "\\bpassword reset\\b{GAP}\\b(?:i|we|they|he|she|nobody|no one) (?:didn'?t|did not|never|haven'?t|have not) (?:request|ask|trigger|initiat)",
    "\\b(?:didn'?t|did not|never|haven'?t|have not|nobody|no one) (?:request(?:ed)?|ask(?:ed)? for|trigger(?:ed)?|initiat(?:e|ed)) (?:a |the |any |these |those )?(?:{W}){0,2}(?:password resets?|reset (?:emails?|links?|codes?)|verification codes?|2fa codes?|login codes?|otp|magic links?)\\b",
    '\\b(?:unexpected|unrequested|unsolicited|suspicious|random) (?:{W}){0,2}(?:password resets?|reset (?:emails?|links?)|login (?:attempts?|alerts?|notifications?)|sign-?in (?:attempts?|alerts?)|verification codes?|2fa codes?|mfa (?:prompts?|requests?)|activity|emails? (?:claiming|pretending))\\b',
    '\\b(?:vulnerabilit(?:y|ies)|xss|cross-site scripting|sql injection|csrf|ssrf|rce|remote code execution|idor|privilege escalation|enumeration|security (?:issue|bug|problem|concern|flaw|hole|researcher|disclosure)|responsible disclosure|reporting (?:this )?responsibly|bug bounty|phishing|cve-\\d{4})\\b',
    '\\b(?:2fa|mfa|two-factor|two factor|sso enforcement)\\b{GAP}\\b(?:disabled|turned off|removed|bypassed)\\b{GAP}\\b(?:without|by someone|nobody|no one)',
    "\\b(?:can|could) (?:still )?(?:see|view|access|edit|export|open|download)\\b{GAP}\\b(?:they|he|she|i|we|which they|which he|which she) (?:shouldn'?t|should not|aren'?t (?:supposed|allowed|meant)|are not (?:supposed|allowed|meant)|isn'?t (?:supposed|allowed)|is not (?:supposed|allowed)|don'?t have (?:access|permission))",
    "\\b(?:role|permissions?) (?:{W}){0,3}(?:can|could|lets? them|allows? them to) (?:{W}){0,2}(?:export|see|view|download|delete) (?:{W}){0,3}(?:which|that|but) (?:they|he|she) (?:shouldn'?t|should not)",
  ],
  login_failure: [
    "\\b(?:get|gets|getting|receive|receives|receiving|see|sees|seeing)\\b (?:an? |the )?(?:error )?['\"][^'\"\\n]{2,60}['\"] (?:error |message )?(?:when|while|on|after) (?:logging|signing|trying to (?:log|sign)) (?:in|on)\\b",
    "\\b(?:errors?|invalid \\w+|fails?|failing|failed|rejected|denied|can'?t|cannot|unable)\\b{GAP}\\b(?:when|while|after|each time|every time) (?:trying|they try|we try|i try|attempting|people try|users try|customers try) to (?:log|sign) (?:back )?in\\b",
    "\\b(?:trying|try|tries|attempting) to (?:log|sign) (?:back )?in\\b{GAP}(?:errors?|fails?|invalid|rejected|denied|doesn'?t work|won'?t work|nothing happens|just reloads)\\b",
    "\\b{CANT2} (?:{W}){0,2}(?:log ?in(?:to)?|sign ?in(?:to)?|log on|sign on|login|signin|get (?:back )?in(?:to)?\\b(?! touch)|get past the login|access (?:my|our|their|his|her|the) (?:account|accounts|workspace|portal)|enter (?:in |into |to |on )?(?:my|our|the) (?:account|accounts|platform|app|application|system|site|portal|workspace|dashboard))\\b",
    "\\b(?:doesn'?t|does not|don'?t|won'?t|isn'?t|aren'?t) (?:let (?:me|us|them|anyone) )(?:log|sign) ?in\\b",
    "\\b(?:nobody|no one|noone|none of (?:us|them|our \\w+|the \\w+))\\b{GAP}\\b(?:can|could|is able to|are able to|has been able to|have been able to) (?:log ?in|sign ?in|login|get (?:back )?in|get into|access)\\b",
    "\\b(?:login|log-?in|sign-?in|signin|logon|authentication|auth|sso|saml|okta|azure ad|entra|single sign-?on|google sign-?in|microsoft sign-?in|2fa|mfa|otp|magic link|verification code)s? (?:{W}){0,3}(?:is |are |keeps |has |have |just |now |still )?(?:fail(?:s|ed|ing)?|broken|not working|doesn'?t work|isn'?t working|stopped working|erroring|errors? out|loops?|looping|redirect(?:s|ing)? (?:back|in a loop|us back|me back|everyone)|rejected|rejects|never arrives?|not arriving|(?:is |are )?down|times? out|timing out|errors?|expire[sd]? before)\\b",
    "\\b(?:locked out|lock(?:ed)? us out|locks? me out|redirect loop|login loop|keeps? (?:logging|kicking|signing|throwing) (?:me|us|them|people|everyone|users) out|(?:getting|get|gets|being|are being|is being) (?:logged|signed|kicked|thrown) out|invalid (?:credentials|password|username)|(?:password|credentials) (?:is |are )?(?:incorrect|wrong|not accepted|rejected)|(?:password|credentials) (?:{W}){0,2}(?:not accepted|rejected|not working|doesn'?t work|isn'?t working))\\b",
    '\\b(?:spins?|spinning|stuck|hangs?) (?:forever |endlessly )?on the (?:sign-?in|log-?in|login) (?:screen|page)\\b',
    '\\blogs? (?:me|us|them|people|everyone|users|him|her) out\\b',
    '\\b(?:account|user|login) (?:is|got|has been|was|gets) (?:now )?locked\\b',
    "\\b(?:none of|nobody|no one)\\b{GAP}\\b(?:receiv\\w+|get(?:ting)?|gets) (?:{W}){0,2}(?:password|reset|invite|invitation|verification|login|2fa|magic)\\b|\\b{CANT2} (?:{W}){0,1}activate (?:their|my|our|the|his|her) accounts?\\b",
    '\\b(?:kicked|thrown|sent|bounced|redirected|taken) (?:straight )?back (?:out|to the (?:sign[- ]?in|log[- ]?in|login) (?:page|screen))',
    "\\b{CANT2} (?:{W}){0,2}(?:my |our |the )?(?:2fa|mfa|otp|verification|authenticator|login|sign-?in) (?:codes?|app|links?)\\b",
  ],
  business_blocked: [
    "\\b(?:no ?one|nobody|no (?:customers?|shoppers?|clients?|buyers?|guests?|patients?)|none of (?:our|the) (?:customers|shoppers|clients|buyers|guests))\\b (?:(?:has|have|is|are|was|were) )?(?:been )?(?:able to|can|could) (?:complete|finish|place|make|get through|pay at|book) (?:a |an |the |their |any )?(?:check ?out|orders?|payments?|purchases?|bookings?|appointments?)\\b",
    "\\b(?:(?:bank|we|they) (?:won'?t|will not|can'?t|cannot) pay (?:anyone|anybody|our (?:staff|employees|people|team))|(?:no ?one|nobody|none of (?:our|the) (?:staff|employees)) (?:will )?(?:gets?|be) paid|(?:can'?t|cannot|can not|unable to) (?:send|process|submit|finali[sz]e|approve) (?:the |our |this )?payroll)\\b",
    "\\b(?:no|zero|not a single|not one|none of (?:the|our))\\b (?:{W}){0,2}{CORE}\\b{GAP}\\b(?:(?:has|have|was|were|got|is|are) )?(?:(?:been|being|yet|even) )?(?:created|sent|generated|processed|received|paid|placed|imported|synced|exported|delivered|arrived|arrive|reach(?:es|ed)?|get through|got through|come in|came in|gone out|went out|going out|go out|coming through|leave|leaves|left|made|issued|run)\\b",
    '\\blosing (?:sales|orders|revenue|bookings|money|customers|deals)\\b',
    "\\b(?:have had|had|got|received|seen|taken|made|had exactly) (?:zero|none|not a single one|not one)\\b{GAP}\\b(?:since|today|this morning|all day|in (?:the last )?\\d+)\\b",
    '\\b{CANT2} (?:{W}){0,2}{COREVERB}\\b',
    "\\b(?:no ?one|nobody|none of (?:us|our|the) [\\w' -]{0,25}?) (?:can|could|is able to|are able to) (?:{W}){0,1}{COREVERB}\\b",
    "\\bno {CORE} (?:works?|is working|goes through|go through|can be (?:made|sent|created|run|completed))\\b",
    "\\b{CANT2} (?:{W}){0,2}{CORE}\\b[^.!?\\n]{0,20}?\\bfor (?:any|every|all) (?:orders?|customers?|clients?|carriers?)\\b|\\b\\d[\\d,]* (?:employees|staff|people|workers) (?:will not|won'?t) (?:be|get) paid\\b|\\b(?:no ?one|nobody) (?:can|could|is able to) (?:book|order|pay|check out|buy|purchase)\\b(?! (?:a|the|us|you) (?:meeting|call|demo|room|time))",
    "\\b{CORE}\\b{GAP}\\b(?:are |is |have |has |keep |keeps |just |all |now |been |still |completely |totally )*(?:fail(?:s|ed|ing|ures?)?|broken|stuck|down|impossible|not (?:going|coming) through|stopped (?:coming|going) through|stopped (?:working|syncing|sending|running|arriving|processing|importing)|(?:not|aren'?t|isn'?t|haven'?t|hasn'?t) (?:being )?(?:sent|sending|processed|processing|created|generated|arriving|syncing|running|working|loading|completing|showing up|flowing|going out|imported|importing|gone out)|(?:didn'?t|did not|never) (?:go (?:out|through)|arrive|sync|import|run|send|process)|won'?t (?:send|go through|process|load|complete|sync|generate|submit|work)|doesn'?t (?:send|go through|process|load|complete|sync|generate|submit|work)|(?:are |is )?(?:being )?(?:declined|rejected|bouncing|bounced)|erroring|errors? out|throws? (?:an )?errors?|times? out|timing out|hangs?|spins? forever|disappeared|blank|stopped)\\b",
    "\\b(?:no|zero|not a single|not one) (?:new )?(?:orders?|payments?|sales|bookings?|transactions?|sign-?ups?|leads?|invoices?) (?:{W}){0,3}(?:since|today|this morning|in (?:the last )?\\d+|have come|came|has come|are coming|coming in|went through|going through|arrived|flowing|are flowing)",
    "\\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:received|gotten|got|had|processed|taken|seen|imported) (?:a single |any |one |anything)?(?:new )?(?:orders?|payments?|sales|bookings?|transactions?|sign-?ups?)?\\b{GAP}(?:since|today|this morning)",
    '\\b(?:fail(?:s|ed|ing|ures?)?|errors?|crash(?:es|ed)?|breaks?|broken|stuck|hangs?|declined|invalid)\\b{GAP}\\b(?:at|during) (?:the )?(?:check ?out|payment|billing|payroll|export|invoice|order) ?(?:step|page|screen|stage|run)?',
    "\\b{CANT} be (?:redeemed|paid|processed|submitted|completed|exported|sent|invoiced|charged|refunded|shipped)\\b",
    "\\b(?:check ?out|payment|billing|invoice|order|export|payroll) (?:page|button|form|screen|flow|step|process|run|job|file) (?:{W}){0,2}(?:is |are |keeps )?(?:blank|broken|down|failing|not loading|won'?t load|doesn'?t load|greyed out|grayed out|disabled|missing|stuck|frozen|empty)\\b",
    // Orders, payments or messages partly not arriving; checkout or invoicing blocked said calmly or in non-native English.
    "\\b{CORE}\\b{GAP}\\b(?:(?:are|is|were|was|have|has) )?(?:not|never|n'?t) (?:been )?(?:reaching|reached|arriving|coming (?:in|through)|getting through|showing up|landing|making it)\\b",
    "\\b(?:not possible|impossible) (?:for (?:us|me|them|anyone) )?to (?:{W}){0,1}(?:make|create|send|do|issue|print|generate|process|take|receive|run|finish|complete) (?:an? |the |any |our )?(?:invoic\\w*|orders?|payments?|payroll|bills?|billing|check ?out|quotes?)\\b",
    "\\b{CORE}\\b (?:{W}){0,2}(?:hasn'?t|has not|haven'?t|have not) been working\\b",
  ],
  workaround: [
    // "CSV export works and our analysts are using that": the other way is in use and enough.
    "\\b(?:works|work fine|works fine),? (?:and|so) (?:we|they|our (?:[\\w-]+ ){0,2}(?:team|staff|analysts|agents|reps|users)) (?:are|'re|have been) (?:using|doing) (?:that|this|it|them)\\b|\\b(?:so )?(?:we'?re|we are|that'?s|that is) (?:ok|okay|fine) for now\\b",
    "\\btried (?:it in |it on )?(?:chrome|firefox|safari|edge|another browser|a different browser|the app|the desktop app) and (?:it|that|everything) works\\b",
    "\\b(?:clicking |hitting |pressing )?retry (?:always |then )?works\\b|\\bso (?:i'?m|we'?re|i am|we are) not (?:stuck|blocked)\\b|\\b(?:'|\")?(?:sign|log) in with (?:google|microsoft|apple|sso)(?:'|\")? works\\b|\\b(?:does|did|will) fix it\\b",
    "\\b(?:in|on|with|using|from) (?:(?:my |our )?email and password|(?:my |our )?password|chrome|firefox|safari|edge|another browser|a different browser|the (?:desktop |mobile |ios |android |web )?app|the web)\\b,? (?:it |they |everything |that )?(?:shows?|works?|loads?|displays?|opens?|is|are)(?: (?:fine|ok|okay|normally|correctly|as expected))?\\b",
    '\\b(?:work-?around|work around|temporary fix|stop-?gap|other way to|another way to|alternative way)\\b',
    "\\b(?:for now|in the meantime|meanwhile|temporarily|until then|until it'?s fixed),? (?:we|i|they|our team|the team) (?:can|could|are|'re|have been|'ve been|will|just|still|manage)\\b",
    "\\b(?:we|i|they|customers|clients|users|people|staff|agents|employees) (?:can|could) still\\b(?! work\\b| (?:see|view|read|look at|log ?in|sign ?in)\\b)",
    // Lookbehinds sit after the literal so they only run where it matched.
    "\\b(?:manually|by hand)\\b(?<!\\b(?:refund|fix|clean|correct|repair|undo|chas|delet|revers|check|verif|test|compar)\\w*\\b[^.!?\\n]{0,40}(?:manually|by hand))",
    '\\binstead(?: for now)?[.!,]',
    "\\b(?:(?:it|this|that) )?works (?:fine |ok |okay |normally |perfectly )?(?:if|when|in|on|with|from|via|after|through) (?:i |we |you )?(?:use |switch to |try )?(?:chrome|firefox|safari|edge|the (?:mobile|desktop|ios|android|web) (?:app|version)|the web|another browser|a different browser|incognito|private (?:mode|window)|the old (?:editor|version|ui)|the api|the ui|the app|the classic \\w+|retry|a retry)\\b",
    "\\b(?:reconnect(?:ing)?|re-?connect(?:ing)?|retry(?:ing)?|re-?trying|refresh(?:ing)?|reload(?:ing)?|logging out and (?:back )?in|clearing (?:the )?cache|restarting)(?: the page| the app| it)? (?:fixes|fixed|solves|solved|helps|works|makes it work|gets it working|sorts it)\\b",
    '\\b(?:works|worked|goes through|went through) on (?:a )?(?:retry|second try|the second attempt)\\b',
    "\\b(?:i|we) (?:just|simply) (?:restart|refresh|reload|re-?open|re-?enter|redo|retry|re-?submit|resend)\\b|\\b(?:have to|need to|must) (?:reload|refresh|restart|re-?enter|log out|re-?submit|resend|repeat|redo|do it again)\\b",
    "\\b(?:smaller|small|older|newer|shorter|fewer|other) (?:{W}){0,2}(?:works?|go(?:es)? through|are (?:fine|ok|okay)|is (?:fine|ok|okay)|upload fine)\\b",
    '\\b(?:suggested|tried|recommended|offered|gave them)\\b{GAP}\\b(?:which|that) worked\\b',
    '\\b(?:csv|pdf|excel|chrome|firefox|safari|edge|the web(?: version)?|the app|desktop|mobile|android|ios|email|the api) (?:still )?(?:works|is fine|works fine)\\b',
    // "If I do X it works": a step of the customer's own that gets the task done.
    "\\bif (?:i|we|you|they) (?:{W}){1,6}(?:it|that|this|everything) (?:works|goes through|saves|loads)\\b|\\bweb (?:version |app )?(?:still )?(?:works|is fine)\\b",
    "\\b(?:i|we) can (?:still )?(?:get|use|do|access|open|find|download|send|see) (?:{W}){0,4}(?:from|via|in|through|by|using) (?:the )?\\w+",
    "\\b(?:doing|using|do|use) (?:that|this|it) (?:for now|instead|in the meantime)\\b",
    "\\b(?:told|asked|asking|telling|instructed)\\b{GAP}\\b(?:for now|in the meantime|as a workaround|until (?:it'?s|this is) fixed)\\b",
    "\\b(?:we'?re|we are|i'?m|i am|we'?ve been|i'?ve been|they'?re|they are) (?:{W}){0,1}\\w+ing\\b{GAP}\\b(?:for now|in the meantime|meanwhile|as a workaround|until (?:it'?s|this is) fixed)\\b",
    "\\b(?:through|via|in|from|using|on) the (?:ui|app|web|web app|api|browser|desktop app|mobile app|website) (?:it |this |that )?(?:works|is fine|goes through)\\b",
    "\\b(?:not (?:blocking|a blocker|stopping us)|isn'?t (?:blocking|stopping us)|not holding us up|we can live with|just an annoyance|more of an annoyance|still works when|still go(?:es)? through|known (?:limitation|issue)|documented (?:limitation|behaviou?r)|unless (?:they|we|i|you) (?:use|switch|log in with|go through))\\b",
    // 'If I rename the file it works': a step of their own that gets the task done (negators allowed inside).
    "\\bif (?:i|we|you|they) (?:[\\w'-]+,? ){1,7}(?:then )?(?:it|that|this|everything|they) (?:works?|goes through|go through|saves|loads|uploads?|is fine|are fine)\\b",
  ],
  minor: [
    // The customer's own words about impact (domain.md section 2); "just letting you know" alone is not.
    "\\b(?:not important|no big deal|not a big deal|not a huge deal|small thing|small issue|minor (?:issue|bug|thing|glitch|annoyance|inconvenience|problem|detail)|(?:it'?s|this is|that'?s) (?:only |just )?(?:minor|cosmetic)|nitpick|trivial|harmless|don'?t think (?:this|it) is a big deal)\\b",
  ],
  confusing: [
    "\\b(?:confus(?:ing|ed)|unclear|doesn'?t make sense|is (?:this|that|it) (?:expected|normal|intended|a bug)|is (?:this|that) how it'?s supposed to work|expected behaviou?r\\?|why (?:does|do|is|are|would|did) (?:{W}){0,6}(?:gives?|shows?|says?|returns?|sets?|keeps?)\\b|(?:is|was) (?:that|this|it) (?:on purpose|intentional|by design|deliberate)|(?:don'?t|do not|can'?t) understand why|(?:docs|documentation|help (?:article|centre|center)) (?:say|says|said|states?)\\b{GAP}\\bbut\\b)",
  ],
  how_to: [
    "\\bwhat'?s the (?:best |right |easiest |correct |proper )?way to\\b|\\b(?:can'?t|cannot|don'?t) (?:see|find) (?:an?|the|any) (?:{W}){0,2}(?:button|option|link|menu|tab|setting|field|toggle)\\b",
    "\\bhow (?:do|can|should|would|could|to|does) (?:i|we|you|one|my|our|it|they|\\w+)?\\b",
    "\\b(?:is|are) (?:there|it possible) (?:a way |any way |an option |a setting )?(?:to|for|that)\\b",
    "\\bwhere (?:do|can|should|would|is|are) (?:i|we|the|my|our)\\b",
    "\\b(?:can|could) you (?:please )?(?:explain|show|tell|walk|point|help me understand|clarify|confirm how|advise|send)\\b",
    "\\bwhat(?:'s| is| are) the (?:best|right|correct|recommended|proper|easiest) way\\b|\\bwhat(?:'s| is| are) the (?:{W}){0,2}(?:limit|limits|maximum|max|format|difference)\\b|\\bwhat (?:format|value|setting|permissions?|size|limit) (?:do|does|should|is)\\b",
    "\\b(?:quick question|question about|a question|questions about|wondering (?:how|if|whether|what)|not sure how to|need (?:some )?help (?:with|setting|understanding|figuring)|any (?:tips|guidance|advice|docs|documentation)|what does\\b{GAP}\\bmean|what happens (?:to|if|when)|did (?:we|i) miss (?:a|something|anything)|anything (?:we|i) (?:need|should|have) to (?:prepare|do|know|change|set)|what am i missing|did (?:we|i) do something wrong)",
    '\\b(?:can|could) (?:i|we|admins?|users?|agents?|managers?) (?:{W}){0,3}(?:change|set|add|export|import|configure|customi[sz]e|turn|enable|disable|remove|use|rename|merge|move|schedule|connect|filter|hide|show|limit|restrict|bulk|download)\\b',
  ],
  setup: [
    "\\b(?:which|what) (?:{W}){0,2}(?:values?|records?|settings?|fields?|urls?|ids?|attributes?|format|formats|entries|options?) (?:{W}){0,3}(?:go where|go|goes|do (?:we|i|you)|should (?:we|i)|need|needed|to (?:put|use|enter|add))\\b|\\bwhat is (?:the )?(?:correct|right|expected|required) (?:{W}){0,1}(?:format|value|setting|record)\\b|\\bis there (?:something|anything) (?:we|i) (?:should|need to|must|can) (?:set up|configure|change|add)\\b|\\bhow (?:do|can|should) (?:i|we) configure\\b",
    // Setup (Sev 3): the customer must change configuration to make something work (domain.md
    // section 2) — DNS, SSO, email authentication, time zone, import format, an integration's
    // settings. Finding or using a feature that already works is a how-to (Sev 4).
    "\\b(?:set ?up|set (?:it|this|that|them) up|setting up|configur(?:e|ing|ation)|install(?:ing|ation)?|connect(?:ing)? (?:our|my|the) \\w+|integrat(?:e|ing) (?:with|our)|saml|scim|dns|cname|spf|dkim|dmarc|mx records?|custom (?:sending )?domain|(?:tls|https|domain|signing|saml|idp|x\\.?509|wildcard|server|client) certificates?|certificates? (?:chain|renewal|expir\\w*)|ssl|pointed|webhook url|user provisioning|time ?zones?|import (?:format|template|file|mapping)|(?:csv|file|column|date) (?:format|mapping)|sso|single sign-?on|azure ad|okta|idp|redirect uri|callback url|smtp|imap|forwarding address|sending domain|rate limits?|429|(?:bulk |api )?endpoints?|rotat(?:e|ing) (?:our|the|my|an?) (?:\\w+ )?(?:keys?|tokens?|secrets?|certificates?)|without downtime|migrat(?:e|ing|ion)|move (?:our|the|my) (?:workspace|account|data|instance)|data residency|(?:eu|us) region)\\b(?! (?:a|the) (?:call|meeting|demo|time))",
  ],
  cosmetic: [
    "\\b(?:contrast|hard to read|barely (?:visible|readable)|almost invisible|(?:shown|displayed|showing|appear(?:s)?) in (?:us|uk|european|american|iso) format)\\b",
    '\\b(?:typos?|spelling|misspel\\w*|grammar|misaligned|mis-aligned|alignment|not aligned|overlap(?:s|ping)?|font|fonts|colou?rs?|colou?r scheme|padding|margins?|spacing|pixels?|pixelated|blurry|stretched|squished|looks? (?:weird|off|odd|ugly|wrong|strange|broken|terrible|awful|disabled)|cosmetic|visual (?:bug|glitch|issue)|ui (?:glitch|bug)|display glitch|icons?|logo|capitali[sz]\\w*|tooltip|placeholder|wrong (?:shade|colou?r)|hover state|rendering glitch|off-?centre|off-?center|not centered|layout (?:is )?(?:broken|off|messed)|css|favicon|(?:button|text) (?:is |looks )?(?:too )?(?:small|big|large|tiny)|translations?\\b{GAP}\\b(?:fall back|falls back|missing|wrong|incorrect)|(?:labels?|texts?|strings?|buttons?)\\b{GAP}\\b(?:fall back|falls back|shows? up|appear|are|is) (?:to |in )?(?:english|german|french|spanish|italian|dutch)|untranslated|popup|pop-up|(?:text|label|header|heading|title|name|subject line)s? (?:{W}){0,2}(?:overflows?|wraps?|cut off|truncated))\\b',
  ],
  feature_request: [
    "\\b(?:we|i)(?:'d| would) (?:really |absolutely )?love (?:an?|some|the option|the ability|to (?:have|see|get))\\b",
    "\\b(?:lots|many|several|a lot|most|some|plenty) of (?:our |my )?(?:users|customers|clients|people|staff|members|agents|team members) (?:have )?(?:asked|requested|want(?:ed)?|keep asking|asking)\\b(?! (?:me|us) (?:why|how|whether|if))",
    "\\bcould (?:the|your|each|every) (?:{W}){0,3}(?:include|show|display|remember|default to|also (?:show|include))\\b",
    // Capability questions (domain.md: "do you have…?", "any plans for…?", "pls add…").
    "\\b(?:do you (?:have|offer|support)|does (?:the|your) (?:{W}){0,2}(?:have|support|offer)|is there (?:an? |any )?(?:{W}){0,1}(?:version|layout|mode|integration|connector|webhook|api|app|plugin|add-?on|export to|trigger|endpoint|event) (?:for|that|when|to))\\b(?! (?:a |any )?(?:docs|documentation|guide|article|tutorial|video|help|instructions|template|sample|example|status page)\\b)",
    "\\bcould (?:the|your) (?:{W}){0,3}(?:work|run|sync|support|handle|allow|let us|be (?:able|made))\\b(?! (?:again|properly|correctly|normally))|\\b(?:any plans?|plans|planning|roadmap) (?:for|to (?:add|support|build|offer|include))\\b|\\b(?:pls|please|kindly) (?:{W}){0,1}(?:add|build|support|include|consider adding)\\b|\\b(?:has|have) (?:zapier |an? )?(?:actions?|triggers?|webhooks?|exports?|fields?)\\b[^.!?\\n]{0,30}?\\bbut no\\b|\\bno (?:trigger|webhook|option|setting|field|export|endpoint|event|integration) for\\b",
    "\\bwhat (?:we|i)'?d (?:really )?like is\\b|\\b(?:is (?:that|it)|would (?:that|it) be) possible to add\\b",
    '\\b(?:feature request|feature suggestion|product suggestion|enhancement request|wish ?list|suggestion:|idea:|one wish)',
    "\\b(?:it )?would (?:be|it be) (?:great|nice|helpful|useful|awesome|amazing|fantastic|good|lovely|handy|ideal) (?:if|to|to have)\\b|\\bit'?d be (?:nice|great|good|helpful) (?:if|to)\\b",
    "\\b(?:please|could you|can you|any plans? to|do you plan to|are you planning to|will you|would you consider|consider) (?:{W}){0,2}(?:add|adding|support|supporting|build|building|introduce|implement|allow|allowing|offer|offering|provide|expose|include|simplify|redesign|rethink|streamline)\\b",
    "\\b(?:could|can|would) you (?:please )?make (?:it|the|this|my)\\b|\\bwould it be possible to (?:let|allow|add|have|support|get|enable|offer)\\b",
    "\\b(?:it )?would help (?:us )?(?:a lot )?(?:if|to)\\b",
    "\\b(?:we|i) (?:wish|would love|'d love|would like to see|'d like to see|really need) (?:there was|there were|we could|i could|you (?:had|would|could)|a way|an option|the ability|to be able|it if|support for|that|an? \\w+ (?:feature|option|integration))\\b",
    // "No way to know which were changed" is not knowing, not a missing feature.
    "\\b(?:missing|lacks?|lacking|no) (?:a |an |the )?(?:feature|option|setting|ability|way|integration|support) (?:to(?! (?:know|tell|check|find out|see (?:which|what|who|where)|verify|undo|recover|get (?:it|them) back)\\b)|for)\\b",
    "\\b(?:does ?n'?t|does not|do not|don'?t) (?:currently )?(?:support|offer|have an? (?:option|setting|way|integration|api))\\b|\\b(?:doesn'?t|does not) (?:work|function) offline\\b",
    '\\b(?:on (?:the|your) roadmap|roadmap|upvote|vote for|is (?:that|it|this) (?:coming|planned)|any plans? (?:for|to))\\b',
    "\\bany chance (?:you'?ll|you will|you could|you can|of|to) (?:{W}){0,1}(?:support|add|build|offer|include|get|have|bring (?:it|them|that|this|\\w+)? ?back|restore)\\b|\\b(?:can|could) (?:we|i) (?:have|get) (?:a |an |the )?(?:option|setting|way|ability|different|custom|more|separate|toggle)\\b",
    '\\bif you (?:could|can|would) (?:please )?(?:add|build|make|include|support|allow|offer|introduce)\\b|\\bwould make it (?:perfect|complete|so much better)\\b',
    // Feature requests phrased as a question or a bare 'add X'.
    "\\b(?:do|does) (?:you|your (?:app|product|platform|tool|system|software)) (?:guys )?(?:have|offer|support|provide) (?:an? |any )?(?:{W}){0,2}(?:integration|plugin|plug-in|connector|mobile app|app|dark mode|offline mode|api|feature|add-?on|widget|template|module)s?\\b(?: (?:with|for) [\\w.-]+)?[^.!\\n]{0,40}\\?",
    "\\b(?:pls|plz) (?:{W}){0,2}(?:add|support|build|make|allow|include|bring back|consider)\\b",
    "\\badd\\b(?<=(?:^|[.!?\\n]) {0,3}add) (?:{W}){0,3}(?:button|option|field|filter|column|view|export|feature|setting|toggle|report|integration|support|ability|way|mode|shortcut|tab|sort|search|template)s?\\b",
    "\\b(?:in|for) (?:a |the )?(?:future|next|upcoming) (?:version|release|update)\\b",
  ],
  performance: [
    '\\b(?:slow(?:ly|er|ness|s|ed)?|sluggish|laggy|lag(?:s|ging)?|takes? (?:forever|ages|minutes|hours|too long|(?:about|around|roughly|nearly|over|almost) \\d+|\\d+(?:-\\d+)? ?(?:seconds|secs|minutes|mins|s)\\b)|taking (?:forever|ages|minutes|hours|too long)|(?:load|loading|page) times?|latency|spinning wheel|spinner (?:forever|never stops|keeps spinning)|keeps? spinning|performance (?:issue|problem|degradation|is (?:bad|terrible|awful|poor))|degraded|crawl(?:ing)?|unusabl[ey] slow|timing out|times out|timed out|getting timeouts|timeouts? (?:on|when|for|from|errors?)|(?:hours|minutes|days) late|(?:arrive|arrives|land|lands|show up|shows up)\\b[^.!?\\n]{0,30}?\\blate\\b|running (?:{W}){0,3}behind|delayed by|lagging)\\b',
  ],
  bug: [
    "\\bstop(?:ped|s)? to (?:send|sync|work|import|export|show|arrive|load|save|create|run|print)\\b",
    "\\b(?:shows?|showing|display(?:s|ing)?|returns?) (?:['\"])?no data\\b",
    // Calm absence: a trigger that no longer fires, people not charged, events not recorded.
    "\\b(?:hasn'?t|has not|haven'?t|have not|doesn'?t|does not|don'?t|didn'?t|did not|never|no longer) (?:(?:been )?(?:fired|fire|fires|triggered|trigger|triggers)|(?:shown|recorded|arrived|come through)(?: up)?)\\b|\\b(?:were|was|weren'?t|wasn'?t|are|is|aren'?t|isn'?t) not (?:being )?(?:charged|billed|invoiced|recorded|transcribed|created|generated|synced|imported|assigned)\\b|\\b(?:weren'?t|wasn'?t|aren'?t|isn'?t) (?:being )?(?:charged|billed|invoiced|recorded|transcribed|created|generated|synced|imported|assigned)\\b|\\bdoesn?t fire\\b",
    "\\b(?:bug|bugs|buggy|glitch(?:y|es)?|broken|errors?|exception|stack ?trace|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure)?|doesn'?t work|does not work|isn'?t working|is not working|not working|stopped working|stopped (?:being )?\\w+ed|stopped (?:sending|arriving|showing|syncing|updating|loading|saving)|won'?t (?:save|load|open|update|sync|send|upload|show|work|let)|(?:doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|isn'?t|aren'?t) (?:save|load|open|update|updated|updating|sync|synced|send|sent|upload|show|appear|display|work|let|respond|refresh|refreshed|calculate|get|receive|arrive|change|changed)\\b|(?:is|are) (?:wrong|incorrect)|nothing happens|does nothing|do nothing|keeps? (?:resetting|reverting|crashing|failing|showing|freezing|logging)|greyed out|grayed out|unresponsive|frozen|freezes|hangs|stuck|not (?:saving|loading|updating|syncing|sending|showing|displaying|appearing|calculating|refreshing)|disappear(?:s|ed|ing)?|duplicat(?:es|ed|ing)|no longer (?:works?|shows?|loads?|saves?|appears?)|still (?:shows|displays|uses|says|has)|(?:stops|stopped|resets|closes|disappears) (?:on its own|by itself|randomly)|(?:later|earlier) than (?:configured|expected|scheduled|set)|double[- ](?:book|charg|post|count|bill)\\w*|(?:opens?|opening|leads? to|goes to|lands? on|shows?|showing) (?:a |an )?(?:4\\d\\d|5\\d\\d|error page|blank page)|(?:is|are) (?:completely |totally )?(?:empty|blank)|(?:gets?|getting|receives?|receiving|arrives?|appears?|posts?|posting|posted|sends?|sending|creates?|creating) (?:{W}){0,3}twice|disconnect(?:s|ed)? (?:itself|on its own|randomly)|keeps? disconnecting|(?:sent|charged|created|posted|booked|counted|billed|imported|synced|delivered|shows?|showing) twice|(?:an? |one |two |\\d+ )hours? off|off by (?:one|an?|\\d+)|in a different order|cuts? off (?:the )?(?:last|first|final|top|bottom) (?:column|row|page|line|lines|rows|columns)|rotated|upside down|sideways|breaks?|breaking|(?:switched|changed|reverted|defaulted|flipped) (?:back )?to (?:german|english|french|spanish|italian|dutch|another language|the wrong \\w+)|returns? (?:nothing|no results|an empty (?:list|result))|(?:see|sees|get|gets|shows?|showing|downloads?|produces?|generates?|exports?|creates?|returns?) (?:an? )?(?:empty|blank|corrupt(?:ed)?)\\b|not (?:being )?(?:sent|delivered|created|saved|processed|generated|synced|updated)\\b|only (?:closes|shows|exports|imports|sends|saves|loads|updates|deletes|processes|syncs) the first {NUM}\\b|comes? before|sorts? (?:as text|wrong\\w*|incorrectly|alphabetically)|even though (?:i|we)|instead of (?:merg|updat|sav|show|send)\\w*|(?:error|code|status|http|returns?|returning|gives?|giving|got|get|getting|throws?)\\W{0,3}(?:4\\d\\d|5\\d\\d)|(?:4\\d\\d|5\\d\\d) (?:error|unauthori[sz]ed|forbidden|not found|bad request|too many|internal|bad gateway))\\b",
    "\\b(?:sits?|sitting|stays?|staying|remains?|stuck) (?:in|at|on) ['\"]?[\\w .…-]{2,25}['\"]? (?:forever|indefinitely|for hours|for days)\\b",
    // Recall families: an app that closes or crashes, calm or non-native failure wording, settings ignored.
    "\\b(?:keeps?|kept) (?:closing|crashing|quitting|shutting down|force[- ]closing|freezing|restarting)\\b|\\b(?:closes|closed|shuts down|shut down|quits) (?:itself|by itself|on its own|unexpectedly|suddenly|randomly)\\b|\\bforce[- ]clos\\w*\\b",
    "\\b(?:hasn'?t|has not|haven'?t|have not) been working\\b|\\b(?:just )?sits there\\b|\\b(?:button|page|screen|link|menu)s? (?:gives?|does|do|did|shows?) (?:nothing|no reaction|no response)\\b",
    "\\b(?:ignores?|ignoring|ignored|skips?|skipping|skipped)\\b (?:the |my |our |any )?(?:{W}){0,2}(?:date|dates|filters?|settings?|values?|fields?|rules?|limits?|time ?zones?|discounts?|parameters?|selections?|options?)\\b",
    "\\b(?:rounded|calculated|displayed|shown|formatted|sorted|labell?ed|converted|translated|assigned|applied|counted) (?:wrong|wrongly|incorrectly|the wrong way|backwards)\\b",
    "\\b(?:filters?|settings?|selections?|sort(?:ing)?|view|columns?|layout|page size|preferences?)\\b (?:{W}){0,2}(?:resets?|reverts?|jumps back|goes back to (?:the )?default)\\b|\\beven (?:when|though|if) (?:nothing|no ?one|we (?:didn'?t|haven'?t|did not)|i (?:didn'?t|haven'?t|did not))\\b|\\b(?:the other way round|the wrong way round|(?:are|is|got) swapped|(?:are|is) reversed)\\b",
    "\\b(?:gives?|giving|returns?|returning|shows?|showing|throws?|getting|get|got|lands? on) (?:a |an |me a |us a )?(?:404|4[0-9][0-9] error|5[0-9][0-9]|not found|page not found)\\b|\\bin the wrong (?:column|field|place|order|row|folder|currency|format|time ?zone|language|account)\\b",
  ],
  blocked: [
    "\\b(?:e-?mail |calendar |contact |order |inventory )?(?:sync|integration|webhooks?|api|feed|import|export|connector)s? (?:has been|have been|is|are|was|were|went) (?:completely |totally )?down\\b",
    "\\b(?:page|screen|button|form|app|tab|view|dashboard|editor|list)s? (?:just |only |simply |still )?(?:spins?|keeps? spinning|keeps? loading|hangs?|freezes|never (?:loads?|finishes|opens|comes up))\\b(?! for (?:a (?:second|moment|bit)|\\d+ seconds))",
    "\\b{CANT2} (?:{W}){0,1}(?!find |figure |understand |see why |tell )[a-z]+ (?:anything|any of (?:them|it)|at all)\\b",
    "\\b{CANT2} (?:{W}){0,2}(?:use|access|open|load|save|upload|create|edit|add|update|delete|submit|send|import|connect|print|schedule|publish|assign|approve|complete|finish|run|download|attach|post|close|merge|sign|onboard|book|generate|move|change|enter|record|track|clock in|clock out|tap|click|press|reach|enroll|enrol|register|check in)\\b(?! (?:this|that|it) (?:change|setting))",
    "\\b(?:nobody|no one|none of (?:us|our|the|them)\\b[^.!?\\n]{0,25}?) (?:can|could|is able to|are able to)\\b",
    "\\b(?:completely|totally|entirely) (?:broken|unusable|blocked|stuck)|\\b(?:unusable|blocks? (?:us|me|our|the)|blocking (?:us|me|our|the|all)|we(?:'re| are) (?:completely )?(?:blocked|stuck|dead in the water)|can'?t (?:do|get) (?:any|our|my) (?:work|job)|(?:brought|ground) (?:{W}){0,2}to a (?:halt|standstill)|at a standstill|stopped (?:us|our \\w+) (?:from )?working|dead in the water|(?:are|is) (?:sitting )?idle|nothing (?:reaches|gets through|comes in|is coming in)|(?:just )?(?:get|gets|getting|see|sees|land on|show|shows|showing) (?:a |an )?(?:blank|white|empty) (?:page|screen)|(?:team|everyone|everybody|office|company|staff|department) (?:is|are) (?:completely |totally )?(?:stuck|blocked)|piling up|can'?t (?:finish|complete) (?:jobs|our work|onboarding)|can no longer (?:see|view|access|find|open|use|do))\\b",
    "\\bnothing (?:can|could) be (?:approved|sent|saved|submitted|processed|posted|booked|paid|shipped|printed|exported|imported|published|scheduled|created|added|signed|uploaded|issued|invoiced)\\b",
    // An inbound channel that stopped; an HTTP 403 on a module.
    "\\b(?:no|zero|not a single|none of the|not one) (?:new )?(?:e-?mails?|messages?|chats?|calls?|tickets?|leads?|enquir(?:y|ies)|inquir(?:y|ies)|form submissions?|submissions?|sms(?:es)?|texts?|faxes)\\b{GAP}\\b(?:(?:have|has) )?(?:come|came|coming|arrived?|arriving|reached|reaching|landed|been received|shown up|showed up|made it)\\b",
    "\\b(?:inbox|mailbox|channel|chat widget|widget|phone line|queue|web ?form|contact form|whatsapp|sms|mail forwarding|email forwarding)\\b{GAP}\\b(?:stopped|stop|has stopped|isn'?t|is not) (?:receiving|getting|passing|delivering|forwarding|routing|pulling|importing|bringing|creating)\\b|\\b(?:inbound|incoming) (?:e-?mails?|messages?|calls?|chats?|tickets?)\\b{GAP}\\b(?:stopped|have stopped|are not|aren'?t|no longer)\\b",
    "\\b(?:get|gets|getting|got|see|seeing|shows?|showing|returns?|returning|throws?|throwing|gives?|giving)\\b (?:{W}){0,2}(?:an? )?(?:http |error |status )?(?:403(?: forbidden)?|forbidden|access denied|permission denied)\\b|\\b(?:http |error |status )?403\\b{GAP}\\b(?:when|on|for|opening|accessing|every time|each time)\\b",
  ],
  checks_done: [
    "\\b(?:we'?ve|i'?ve|we have|i have|already|we|i) (?:{W}){0,2}(?:tried|re-?connected|reconnected|reinstalled|re-?installed|cleared|restarted|re-?authori[sz]ed|rebooted|re-?synced|re-?saved|re-?entered|re-?mapped|re-?registered|re-?uploaded|checked|compared|tested|verified|disconnected)\\b",
    "\\b(?:cache cleared|(?:chrome|firefox|safari|edge)(?:, (?:chrome|firefox|safari|edge))* (?:and|or) (?:chrome|firefox|safari|edge) (?:all |both )?(?:the same|same)|(?:another|a different|other) (?:browser|network|device|computer)s? (?:too|as well|same)|speed test is fine|even with (?:your|the) (?:own )?(?:sample|template)|re-?saved|re-?entered (?:the|our)|re-?mapped)\\b",
  ],
  sla_breached: [
    '\\b(?:sla|service level|response time|resolution time|response target)s?\\b{GAP}\\b(?:breached|breach(?:es)?(?! (?:at|in|by|on|around|tomorrow|tonight|today|this|soon))|missed|passed|exceeded|violat(?:ed|ion|es)|blown|expired)\\b',
    '\\b(?:breach(?:ed|ing)?|missed|violat(?:ed|ing)|exceeded|outside|past|over) (?:of )?(?:the |our |your |its )?(?:{W}){0,1}(?:sla|service level|response time(?: commitment| guarantee| target)?)\\b',
  ],
  sla_risk: [
    '\\b(?:sla|service level|response time commitment|response target)s?\\b{GAP}\\b(?:approach(?:ing|es)?|at risk|about to|close to|nearly|almost|soon|in (?:the next )?\\d+ (?:minutes?|mins?|hours?)|due (?:in|soon|today)|expires?|runs? out|deadline)\\b',
    "\\b(?:we(?:'re| are) (?:close|about) to (?:breach|miss)|about to (?:breach|miss) (?:the |our )?sla|sla (?:clock|clocks|timer|timers))\\b",
    "\\b(?:response|reply|first response|answer) within {NUM} (?:minutes?|mins?|hours?)\\b{CGAP}(?:[.;,!]|\\band\\b)[^.!?\\n]{0,80}?\\b(?:we(?:'re| are) at {NUM}|(?:opened|created|submitted) {NUM} (?:minutes?|mins?|hours?) ago|haven'?t heard|no (?:reply|response|answer) yet|without a (?:reply|response))",
    // An SLA about to breach, as an internal note states it.
    "\\b(?:sla|service level|response target)s?\\b{GAP}\\bbreach(?:es)? (?:at|in|by|on|around|tomorrow|tonight|today|this)\\b|\\b(?:will|would|is going to|are going to|going to|about to) breach (?:the |our |its )?(?:sla|service level|response target)",
  ],
  waiting: [
    "\\b(?:still )?(?:no|haven'?t (?:had|got|gotten|received|heard)|have not (?:had|received|heard)|without (?:a|any)) (?:{W}){0,2}(?:response|reply|answer|update|word|news|follow-?up|back)s?\\b{GAP}(?:after|for|in|since) (?:over |more than |almost |nearly )?(?:{NUM}|two|three|four|five|six|several|a few|many|a|an) (?:{W})?(?:hours?|days?|weeks?|business days)\\b",
    "\\b(?:waited|waiting|been waiting|chasing)\\b (?:for )?(?:over |more than |almost |nearly )?(?:{NUM}|two|three|four|five|six|several|a few|many) (?:hours?|days?|weeks?)\\b|\\bfollowing up (?:again|for the \\w+ time)\\b",
    "\\bit'?s been (?:{NUM}|two|three|four|five|six|several|a few) (?:business )?(?:days|weeks)\\b|\\bany (?:news|update)s?\\?",
    "\\b(?:no one|nobody) (?:has|have) (?:answered|replied|responded|gotten back|got back|explained|gotten back to us)\\b|\\bstill no (?:response|reply|answer|update)\\b",
  ],
  churn: [
    "\\b(?:cancel+(?:ing|ed|ation)?|terminat(?:e|ing|ion)|end(?:ing)?) (?:{W}){0,2}(?:account|subscription|contract|plan|agreement|licen[cs]es?|seats|service|relationship|renewal|partnership)\\b",
    "\\b(?:we'?ll|we will|we are going to|we're going to|i'?ll|i will|going to|ready to|about to) (?:{W}){0,1}cancel\\b",
    "\\b(?:not|won'?t|will not|don'?t|do not|aren'?t|are not) (?:be )?(?:going to )?(?:plan(?:ning)? to )?renew(?:ing|al)?\\b",
    "\\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?) (?:{W}){0,3}to (?:a |another |one of your )?(?:competitor|competition|different (?:vendor|provider|tool|platform|product)|another (?:vendor|provider|tool|platform|product)|salesforce|hubspot|zendesk|freshdesk|stripe|shopify|quickbooks|xero|workday|bamboohr|gusto|pipedrive|zoho|shipstation)\\b",
    '\\b(?:considering|thinking about|thinking of|evaluating|looking at|looking into|exploring|reviewing|re-?evaluating|reconsidering) (?:{W}){0,2}(?:leaving|alternatives?|other (?:vendors|providers|options|tools|platforms|solutions)|competitors?|switching|moving|our (?:contract|relationship|subscription|renewal|options))\\b',
    "\\b(?:take|taking) (?:our|my) business elsewhere|(?:we'?ll|we will|we are|we're|i'?ll|i will) (?:be )?(?:leaving|walk(?:ing)? away)|whether we (?:continue|renew|stay)|churn(?:ing)?|go(?:ing)? (?:out )?to tender|(?:run|start|open) a tender|re-?tender(?:ing)?\\b",
  ],
  legal: [
    "\\b(?:(?:our |my )?(?:lawyers?|attorneys?|solicitors?|legal team|legal department) (?:will|shall|are going to|is going to|'ll|are now|is now|have been|has been|are|is) (?:{W}){0,2}(?:involved|instructed|in touch|contact\\w*|issu\\w*|draft\\w*|prepar\\w*|fil\\w*|start\\w*|tak\\w*|look\\w* into (?:this|it|our options)|review\\w* (?:our|the) (?:options|contract|case))|(?:hand|pass|refer|send|forward|escalat)\\w* (?:this|it|the matter|the case) (?:over |on )?to our (?:lawyers?|solicitors?|attorneys?|legal)|(?:formal )?notice of breach|legal (?:action|proceedings|steps|claim)|(?:get|getting|bring|bringing) (?:my|our) (?:lawyers?|solicitors?|attorneys?|legal team) involved|(?:involve|involving|contact|contacting|consult|consulting|speak(?:ing)? (?:to|with)) our (?:legal|lawyers?|solicitors?|attorneys?)|lawsuit|sue|suing|litigation against|breach[- ]of[- ]contract|(?:legal department|legal team|lawyers?|solicitors?) (?:has|have) (?:instructed|advised) (?:me|us)|(?:report|complain|escalat|go|going|take|taking)\\w* (?:(?:you|this|it|the matter) )?to (?:the |our )?(?:regulators?|ombudsman)|regulators? will|small claims|(?:report|reporting) (?:you|this) to (?:the )?(?:ico|ftc|authorities|regulator)|data protection authority|gdpr complaint|class action|damages)\\b",
  ],
  exec: [
    '\\b(?:someone|somebody|anyone|a person) (?:from|in|at) (?:your )?(?:management|leadership|senior management|the management team)\\b',
    '\\b(?:service|sla|downtime) credits?\\b|\\b(?:compensation|a credit|credit note) for (?:the )?(?:downtime|outage|incident|disruption)\\b',
    "\\b(?:escalat(?:e|ed|ing)|rais(?:e|ed|ing)|tak(?:e|ing)) (?:this |it |the matter )?(?:up )?(?:to|with) (?:our |your |my |the )?(?:executive|exec|executives|leadership|management|senior management|ceo|cto|cfo|coo|cio|vp|board|head of \\w+|director)\\b",
    "\\b(?:(?:call|meeting) with|speak with|talk with|talk to|speak to) (?:our|your) (?:leadership|executives?|ceo|management|leadership team|exec team)\\b",
    "\\b(?:our|my|their|the customer'?s) (?:ceo|cto|cfo|coo|cio|vp|founder|owner|executive team|leadership team|managing director|president) (?:{W}){0,3}(?:wants?|demands?|expects?|insists?|is involved|is aware|is furious|(?:has |have )?asked for (?:a call|a meeting|an explanation)|will (?:call|escalate|be in touch)|escalat\\w*)\\b",
    "\\b(?:speak|talk|get|put me|set up a call|a call) (?:{W}){0,2}(?:to|with|in touch with) (?:your |a |the |someone in )?(?:manager|supervisor|ceo|cto|leadership|someone senior|senior (?:person|management|leadership)|head of support|vp|executive|boss)\\b",
    "\\b(?:press|journalists?|reporters?|tweet(?:ing)?|twitter|linkedin|social media|public review|trustpilot|g2 review|capterra|go public)\\b|\\bwriting about (?:it|this|you)\\b",
    // An executive asking.
    "\\b(?:our|my|their|the customer'?s) (?:ceo|cto|cfo|coo|cio|vp|founder|managing director|president|chairman|general manager|head of \\w+|executive team|leadership team|board)\\b (?:{W}){0,2}(?:is asking|asked|asks|has asked|keeps asking|wants to know|is chasing|is waiting|needs an answer|is on my back)\\b|\\b(?:i'?ve|i have|we'?ve|we have) (?:now |also |just )?(?:cc'?d|copied|looped in) (?:our|my) (?:ceo|cto|cfo|coo|vp|founder|managing director|president)\\b",
  ],
  emotion: [
    "\\b(?:ridiculous|unacceptable|absurd|outrageous|furious|livid|fed up|sick (?:and tired )?of|expected (?:much )?better|disappointed|disappointing|frustrat(?:ed|ing|ion)|terrible|awful|horrible|horrendous|worst|pathetic|a joke|joke of a|incompetent|useless|garbage|rubbish|appalling|disgrace(?:ful)?|shameful|angry|annoyed|infuriating|unbelievable|insane|wtf|what the hell|seriously\\?|considering leaving|cancel my account|urgent(?:ly)?(?! (?:tickets?|requests?|cases?|issues?|category|priority|queue|line|support|matters|bugs?))|asap|immediately|driving (?:us|me|our \\w+) crazy)\\b",
  ],
  // Kept apart from emotion so emotion's word list can be gated (see gate.ts); merged in derive.ts.
  exclaim: [
    '!{2,}',
  ],
  shouting: ['\\b[A-Z]{3,}[!?]*(?: [A-Z]{2,}[!?]*){2,}'],
  resolved: [
    // "This morning's file had 48,213 rows. Looks good.": the customer confirming the fix.
    "(?:^|[.!]\\s+)(?:(?:it |that |everything |all )?looks? (?:good|fine|right|correct)(?: now| again)?|(?:all|everything) (?:looks )?(?:good|correct) again)[.!]",
    "\\b(?:oh,? |ah,? |ok,? )?(?:found|see) (?:them|it) (?:now)?\\b(?=[.!,]| now| thanks)",
    "\\b(?:thanks|thank you|thx) (?:again )?for (?:fixing|resolving|sorting(?: out)?|restoring|getting (?:it|this|that) fixed)\\b|\\bafter you (?:fixed|resolved|restored)\\b",
    "\\b(?:working|back up|back online|back to normal|resolved|fixed|sorted|restored|recovered|up and running|running (?:again|fine|normally)|works|worked) (?:again|now|itself|on (?:its|our) own)\\b|\\b(?:you|your team|your engineers|engineering|they|someone) (?:have |has )?(?:fixed|resolved|sorted) (?:it|this|that|the issue|the problem)\\b",
    "\\b(?:never ?mind|nevermind|ignore (?:my|this|the) (?:last |previous )?(?:message|ticket|email)|(?:we|i) (?:figured|found|worked|sorted) (?:it|this|the problem|the issue) out|(?:it|this|the issue|the problem|that) (?:has |have )?(?:resolved|fixed|sorted) itself|(?:feel free to|please|you can|go ahead and) close (?:this|the ticket|it)|all good now|problem solved|issue resolved|(?:has|have) been (?:resolved|fixed|restored)|(?:is|are) (?:now )?(?:resolved|fixed|restored)(?! (?:in|within) )|everything (?:works|is working|went out)(?! (?:but|except|apart))|it balances|(?:it'?s|it is|everything'?s|everything is|all|that'?s) (?:fine|good|ok|okay) now)\\b",
  ],
  confirmed_defect: [
    // Support seeing it too, said plainly: "I see it too on 6.1", "confirmed on our side", "confirmed crash on a test device".
    "\\b(?:i|we) (?:can )?see (?:it|this|that|the same(?: \\w+)?) (?:too|as well|on our (?:side|end))\\b|\\bsee (?:the |this |that )?[\\w-]+ (?:[\\w-]+ ){0,5}on our (?:side|end) too\\b|\\bconfirmed(?::| on) (?:our (?:side|end)|an? (?:[\\w-]+ ){0,3}test (?:device|phone|account|tenant)|all (?:devices|users))\\b|\\bconfirmed (?:the )?crash\\b",
    "\\b(?:tried|tested|did) the same\\b[^.!?\\n]{0,60}?\\b(?:got|get|see|saw|hit) the same (?:error|result|problem|failure)\\b",
    "\\b(?:engineering|our engineers|the (?:dev|engineering) team|we) (?:have |has )?(?:deployed|applied|shipped|released|pushed|rolled out) a (?:fix|patch|hotfix)\\b",
    '\\b(?:confirmed (?:the |a |it |this )?(?:bug|defect|issue|in (?:the )?logs)|reproduced|can reproduce|could reproduce|able to reproduce|repro(?:duces)?|reproducible|steps to reproduce|confirmed in (?:the )?logs)\\b',
  ],
  regression: [
    "\\bsince the v?\\d+(?:\\.\\d+)+ (?:app |mobile |web |ios |android )?(?:release|update|version)\\b|\\bsince (?:it |the app |we |they )?updat(?:ed|ing) to v?\\d+(?:\\.\\d+)*\\b|\\bsince last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s? (?:{W}){0,1}(?:update|release|deploy(?:ment)?)\\b",
    "\\b(?:since|after|when) (?:you|your team|your engineers|your company) (?:released|deployed|shipped|rolled out|migrated|changed|updated|switched|moved|upgraded)\\b|\\byour (?:notice|email|announcement|changelog entry) that you (?:changed|moved|migrated|switched|updated|deprecated|removed)\\b",
    "\\b(?:regression|since (?:your|the|yesterday'?s|last (?:night|week)'?s?|this morning'?s|today'?s|the latest|the new|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s) (?:{W}){0,2}(?:update|release|deploy(?:ment)?|upgrade|change|version|migration|rollout|roll-?out)|after (?:your|the|yesterday'?s|last (?:night|week)'?s?|the latest|the new) (?:{W}){0,1}(?:update|release|deploy(?:ment)?|upgrade|version|migration)|(?:since|after) (?:your|the) v?\\d+(?:\\.\\d+)+ (?:release|update|version|upgrade)|since the (?:release|update|upgrade|deploy) on|(?:is|are) back again|came back|(?:bug|issue|problem) (?:{W}){0,4}is back|was fixed (?:in|last|back)|(?:had|was) (?:been )?(?:fixed|patched) before)\\b",
    "\\b(?:since|after|with) (?:the |your |our )?(?:release|version|update|upgrade|build|app version) v?\\d+(?:\\.\\d+)*\\b|\\b(?:since|after) (?:the |your |this morning'?s |last night'?s |yesterday'?s )?(?:maintenance(?: window)?|deploy(?:ment)?|rollout|roll-?out|migration|provider switch|switch to)\\b|\\b(?:your|the) (?:changelog|release notes?)\\b|\\bright after (?:this morning'?s|last night'?s|yesterday'?s|the|our|today'?s) (?:{W}){0,2}(?:deploy|release|update|change|migration)\\b|\\bsince (?:our|the) (?:{W}){0,2}(?:deploy|release|change) (?:on|at|last|this|yesterday)\\b",
  ],
  // A decision outside published terms (domain.md section 4: leadership).
  policy_exception: [
    "\\b(?:service credits?|(?:a|any|some) (?:service )?credit(?! card)\\b|credit (?:for|on) (?:the|that|this|our) (?:outage|downtime|incident)|(?:goodwill|special|extra|one-?off) (?:discount|credit|refund)|compensat(?:e|ion) (?:us )?for|refund (?:us )?for (?:the|that) (?:outage|downtime|incident)|(?:confirm|guarantee|commit) (?:in writing )?(?:that )?our price (?:stays|will stay|remains))\\b",
    "\\brefund (?:of|for) (?:the )?(?:last|past|remaining) (?:\\w+ )?months?'? (?:fees|subscription|charges)\\b|\\b(?:needs?|requires?) a leadership decision\\b|\\boutside (?:the |our )?published terms\\b|\\b(?:make an exception|(?:an? |any )?exception to (?:your|the) (?:policy|terms|rules)|refund (?:us )?(?:for )?(?:the )?(?:remaining|unused|rest of the) (?:{W}){0,2}(?:months?|period|term|year|seats|licen[cs]es)|refund (?:the )?(?:remaining|unused)|(?:\\d+ ?%|percent) (?:discount|off)|discount (?:on|for) (?:the |our )?(?:renewal|next year|contract)|(?:sign|countersign|approve|accept) (?:our |the |an? )?(?:{W}){0,2}(?:addendum|amendment|side letter|supplier agreement|custom sla|custom contract)|(?:sla|contract|supplier) addendum|contractual(?:ly)? (?:commitment|commit|guarantee)|commitment in writing|written (?:contractual )?commitment|commit(?:ting)? (?:contractually|in writing) to|(?:beyond|outside|above|better than) (?:your|the) (?:standard|published|usual) (?:terms|sla|policy|contract)|penalt(?:y|ies) (?:credits?|clauses?)|with penalties)\\b",
  ],
  // Our code named as the cause: a server error, our logs or a stack trace (domain.md section 4: engineering).
  server_error: [
    "\\b(?:is not a function|cannot read propert(?:y|ies) of (?:undefined|null)|typeerror|referenceerror)\\b|\\bfrom [\\w-]+\\.bundle\\.js\\b",
    "\\b(?:(?:error|status|http) ?5\\d\\d|5\\d\\d (?:error|bad gateway|internal server error|service unavailable)|returns? (?:an? )?5\\d\\d|internal server error|stack ?trace|null ?pointer|exception in|(?:your|the) logs? (?:show|shows|say|says|point)|confirmed in (?:the )?logs)\\b",
    "\\b(?:comes?|came) from our (?:{W}){0,1}(?:code|service|\\w+service|backend|api|side)\\b|\\bour (?:ingest |api |server |application |app |service )?logs? (?:for this tenant |show|shows|say|says|point|confirm)|\\bpoints? (?:at|to) our (?:\\w+ )?(?:code|service|side|backend|module)\\b|\\b(?:nullreferenceexception|nullpointerexception|segfault|traceback|\\w+exception)\\b|\\bexited \\(code \\d+\\)",
  ],
  // A deployment whose logs support cannot see: the diagnostic ceiling.
  custom_deployment: [
    "\\b(?:self-?hosted|on-?prem(?:ise|ises)?|dedicated (?:instance|server|cluster|environment|deployment)|private cloud|custom deployment|our own (?:server|servers|instance|infrastructure))\\b",
  ],
  // Internal-note diagnoses (domain.md section 2: internal notes are facts); read only from internal notes.
  note_own_config: [
    "\\b(?:their|the customer'?s|customer'?s) own (?:\\w+ )?(?:config(?:uration)?|settings?|setup|firewall|dns|sso|idp|network|proxy|vpn|filters?|rules?|allowlist|spam filter|mail server|integration settings)\\b|\\bmis-?configur\\w* (?:on|in|at) (?:their|the customer'?s) (?:side|end|\\w+)\\b|\\b(?:on|at) (?:their|the customer'?s) (?:side|end)\\b(?! too)|\\bcaused by (?:their|the customer'?s) (?:\\w+ ){0,2}(?:config(?:uration)?|settings?|change|rule|filter|firewall|setup)\\b|\\bnot (?:a bug|our (?:bug|side|issue|fault))\\b",
    "\\b(?:they|customer|the customer|their admin|their it) (?:{W}){0,1}(?:changed|archived|rotated|removed|renamed|deleted|disabled|enabled|switched|turned|set|edited|blocked|revoked) (?:{W}){0,3}(?:on|yesterday|last|this|before|friday|monday|tuesday|wednesday|thursday)\\b|\\b(?:they|the customer) (?:need|needs|have|has|should|must) to (?:upload|change|update|allowlist|whitelist|re-?enter|select|choose|set|enable|disable|turn|point|add|remove|re-?connect|reconnect|re-?authori[sz]e|pick|switch)\\b|\\b(?:turning|switching|setting|pointing|changing|updating|selecting|choosing|re-?connecting|enabling|disabling) (?:{W}){0,5}(?:fixes|resolves|solves|restores) (?:it|this|the issue)\\b|\\b(?:their|the customer'?s) (?:{W}){0,1}(?:firewall|waf|proxy|vpn|dns|spam filter|mail server|certificate|idp)\\b|\\b(?:settings?|options?) let (?:them|the customer) (?:choose|pick|select|set)\\b|\\btheir (?:own )?(?:configuration|config|setup)\\.|\\(typo\\)|\\b(?:they|the customer) still (?:have|has) (?:the )?(?:{W}){0,3}(?:toggle|setting|option|rule) (?:on|enabled)\\b",
  ],
  note_documented_limit: [
    "\\bas documented\\b|\\bdocumented behaviou?r\\b|\\b(?:documented|known|published) (?:plan |rate |api |row )?(?:limit|limitation|restriction|cap)\\b|\\b(?:hit|hitting|reached|over|exceed(?:s|ed|ing)?|above) (?:the |their )?(?:plan'?s? |documented |api |rate |row |file[- ]size |storage |seat )?(?:limit|quota|cap)\\b|\\bplan limit\\b(?<!\\b(?:could be|maybe|might be|perhaps|possibly|either|or) (?:the |a |their )?plan limit)(?! (?:misapplied|misconfigured|applied wrongly|set wrong|or\\b))",
  ],
  note_capability_gap: [
    "\\b(?:no|there'?s no|there is no) (?:[\\w/-]+ ){0,4}(?:exists|is available|available|feature)\\b|\\b(?:isn'?t|is not|aren'?t|are not|not) (?:yet )?(?:supported|available|possible|built)\\b|\\b(?:doesn'?t|does not|don'?t|do not) (?:exist|support|offer|have(?! access))\\b|\\b(?:feature|capability) gap\\b|\\bnot on (?:the|our) roadmap\\b|\\b(?:similar|feature) requests? (?:logged|open|on file)\\b|\\bon the roadmap\\b",
  ],
  note_intended: [
    "^intended\\b|\\bintended(?! (?:recipient|for|to|as|by them))\\b|\\bas designed\\b|\\bdeliberate(?:ly)?\\b|\\bno default by design\\b|\\b(?:that'?s|this is|that is) how (?:it|the \\w+) (?:works|is meant to work)\\b|\\b\\b(?:works|working|behaves|behaving) as (?:designed|intended|documented)\\b|\\b(?:intended|expected) behaviou?r\\b|\\bby design\\b|\\b(?:this|that|it) is intended\\b",
  ],
  note_not_security: [
    "\\bnot (?:a |an )?security (?:event|incident|issue|concern|problem|breach|risk)\\b|\\bno (?:sign|signs|evidence|indication) of (?:unauthori[sz]ed access|compromise|a breach|intrusion|account takeover|a takeover|suspicious activity)\\b|\\b(?:the )?(?:log-?ins?|sign-?ins?|access|resets?|emails?) (?:was|were) (?:legitimate|expected|the customer'?s own|their own|our own|an admin'?s?|from their (?:own )?(?:vpn|office|admin))\\b",
  ],
  note_separate_subscriptions: [
    "\\b(?:two|2|three|3) (?:separate|different|distinct) (?:subscriptions|accounts|plans|workspaces|orders|invoices|purchases|licen[cs]es)\\b|\\bnot (?:a |an )?(?:double|duplicate) (?:charge|payment|billing|invoice)\\b",
  ],
  // A design that works as intended but slows the work (domain.md section 2: Sev 3, Product).
  design_friction: [
    "\\b(?:it|this|that|everything) (?:works|ships|goes out|gets done),? (?:it'?s )?just (?:slow|slower|tedious|a lot of clicks)\\b|\\b(?:are|is|get|gets) forced (?:in)?to\\b|\\bhours (?:a|per|every) (?:day|week)\\b|\\btakes (?:four|five|six|\\d+) (?:screens|steps|clicks)\\b",
    "\\b(?:the only way is (?:to )?(?:open|opening|edit|editing|click|clicking|go|going)|(?:open|opening|edit|editing|type|typing) (?:each|every) (?:one|single|shipment|item|line|record|order|entry|employee)|is this really the (?:intended|only) way|there'?s no (?:bulk|batch|mass) (?:edit|approv\\w*|update|action)|no (?:address book|bulk (?:edit|approv\\w*|update)|batch (?:edit|update))|costs? (?:them|us|me|my team|our team) (?:a lot of|so much|hours of) time|takes (?:her|him|them|us|me|my team|our team) (?:a full day|hours|\\d+ hours|all day)|hundreds of (?:extra )?clicks|a lot of clicks)\\b",
    "\\b(?:too many (?:clicks|steps|screens)|(?:takes|needs|requires) (?:\\d+|several|many|a lot of|so many) (?:clicks|steps|screens)|cumbersome|clunky|tedious|time-?consuming|(?:every|each) (?:single )?time (?:we|i|they|you) (?:have|need) to|(?:we|i|they) (?:always )?(?:have|need) to (?:manually |then |first )?(?:re-?enter|re-?type|click|open|go back|repeat|copy|export and|do (?:it|this) (?:twice|again))\\b|(?:it|this|that) works,? but (?:it |each \\w+ |every \\w+ )?(?:takes|costs|slows|is slow|waits?)|slows (?:us|the team|our team|everyone|our \\w+) down|waste(?:s|d)? (?:a lot of |so much )?(?:time|hours))\\b",
  ],
  high_value_text: [
    '\\b(?:premium|enterprise|strategic|vip|key|top-tier|tier-?1|high-value) (?:account|customer|client)\\b',
  ],
  several_high_value: [
    "\\b(?:several|multiple|many|{NUM}|two|three|four|five|a few|a number of|other) (?:of (?:our|your|the) )?(?:enterprise|premium|strategic|key|vip|high-value|high value|top|largest|biggest|tier-?1) (?:customers|accounts|clients|tenants|merchants)\\b",
  ],
  config_change: [
    '\\bafter (?:we |i )?(?:enabl\\w*|turn\\w* on|chang\\w*|configur\\w*|set\\w* up|add\\w*|remov\\w*|rotat\\w*|switch\\w*|activat\\w*|disabl\\w*) (?:the |our |my |an? )?(?:{W}){0,2}(?:allowlist|whitelist|setting|settings|policy|sso|saml|domain|role|roles|permissions?|rule|rules|integration|certificate|ip)',
  ],
  discrepancy: [
    "\\b(?:shows?|showing|says|gives?|reports?|returns?) (?:{W}){0,1}(?:different|other) (?:totals?|numbers|figures|values|counts|results|amounts)\\b|\\bbut the (?:same )?(?:{W}){0,2}(?:shows?|says)\\b|\\b(?:a )?difference of\\b|\\bshows? (?:last (?:month|week|year)'?s?|old|outdated|stale|the previous|yesterday'?s)\\b",
  ],
  deadline: [
    "\\b(?:deadline|cut-?off|go(?:ing)? live|auditors?|board (?:meeting|report|pack)|month[- ]end|year[- ]end|quarter[- ]end|end of (?:the )?(?:day|month|quarter)|due (?:today|tomorrow)|(?:by|before) (?:end of day|eod|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday)|in (?:{NUM}|thirty|fifteen|ten) (?:minutes|mins|hours)|no-shows|refusing to pay|(?:before|by|for) (?:our|the) [a-z]+ (?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|overselling|overbooking|oversold)\\b",
    // A time close by said as the event: "we publish the rota tomorrow at 9am", "it has to go out before 15:00".
    "\\b(?:before|by) \\d{1,2}(?::\\d\\d| ?[ap]m)\\b|\\b(?:tomorrow|today) at \\d|\\b(?:runs?|closes?|goes? out|go(?:es)? live|publish(?:es)?|launch(?:es)?|starts?|due) (?:on )?(?:this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\\b",
  ],
  dns_config: [
    '\\b(?:spf|dkim|dmarc|dns|cname|mx records?|ssl certificates?|txt records?)\\b',
  ],
  confidential_mention: [
    "\\b(?:that'?s|that is|it'?s|this is|which is|those are|these are) (?:highly |strictly )?(?:confidential|private|sensitive|restricted)\\b",
  ],
  data_safe: [
    "\\b(?:{DATA}|everything|they|it) (?:are|is) (?:still )?(?:there|intact|in the database|in search|visible|safe)\\b(?!,? but (?:it'?s |they'?re |is |are )?(?:now )?(?:empty|blank|has nothing|have nothing|shows nothing))|\\bdata is (?:safe|intact|fine|all there)\\b",
  ],
  billing_error: [
    '\\b(?:billed|charged|invoiced)\\b{GAP}\\b(?:for|on|at) (?:the |an? )?(?:annual|yearly|monthly|wrong|higher|old|previous) (?:plan|rate|price|tier|subscription|billing)\\b(?:{GAP}(?:but|instead|although|though|while))',
    "\\b(?:invoice|bill|charge|renewal)\\b{GAP}\\b(?:three times|twice|double|triple|much higher than|way more than|far more than) (?:the )?(?:usual|normal|expected|what we)\\b",
    '\\b(?:going|go|goes|went|sent|paid|approved|processed|posted) (?:straight |directly )?(?:to (?:payment|payroll|the bank) )?without (?:any )?(?:approval|review|authori[sz]ation|sign-?off|approver)\\b',
    "\\b(?:seeing|see|shows?|showing|charged|getting|get|paying|pay) (?:the )?(?:retail|wrong|old|full|higher|incorrect|list|outdated) prices?\\b|\\b(?:issued|billed|charged|invoiced|priced) in [a-z]{3} instead of\\b",
    '\\b(?:sent|went out|emailed|charged|billed|invoiced|reminded) (?:to )?(?:customers|clients|people|users|members) who (?:already|have already|had already|never)\\b',
    "\\b(?:card|payment) (?:was |got )?declined for (?:the |our )?(?:renewal|subscription|invoice)|\\baccount (?:now )?(?:shows|is|was|got|has been) (?:now )?(?:suspended|frozen|deactivated for non-?payment)\\b",
    "\\b(?:rates?|prices?|totals?|tax|shipping|fees?|amounts?|discounts?|costs?)\\b{GAP}(?:show|shows|showing|calculated|charged|displayed|displays|come out|comes out)(?: as| at)? \\$?0(?:\\.00)?(?!\\.?\\d)|\\bcharged (?:us |me )?for {NUM} (?:seats|users|licen[cs]es)\\b",
    '\\b(?:charged (?:us |me )?(?:twice|double|two times|three times|again|the wrong|too much|incorrectly|for (?:seats|users|a plan) we)|(?:being )?charged twice|double[- ]charged|duplicate (?:charges?|payments?)|(?:got |were |was |been )?paid twice|double[- ]paid|over-?charged|wrong (?:amount|price|plan|invoice total|vat|tax)(?: (?:id|number|rate|amount))?|incorrect (?:amount|charge|invoice|price)|billed (?:twice|incorrectly|for the wrong|for \\d+ seats))\\b',
    "\\b(?:tax|taxes|vat|gst|sales tax|withholding|prices?|totals?|discounts?|commissions?|fees?|rates?)\\b{GAP}(?:calculated|charged|applied|computed|withheld|deducted) (?:at|as) {NUM}(?:\\.\\d+)? ?%|\\b(?:commission|tax|vat|fee|price|discount) calculations? (?:{W}){0,4}(?:are |is )?(?:wrong|incorrect|off)\\b",
  ],
};

/** Signals matched case-sensitively. */
export const CASE_SENSITIVE = new Set(['shouting']);

/** Breadth phrases: level 1 one user, 2 a few / a team, 3 an office / many / everyone. */
export const BREADTH_PATTERNS: { level: 1 | 2 | 3; source: string; relative?: boolean }[] = [
  {
    level: 1,
    source:
      "\\b(?:only (?:me|my (?:account|user|login))|just me|my own|only (?:affects|happens to|happening to|for) (?:me|my|one|a single)|(?:only|just) (?:this |that )?(?:one|1|a single) (?:of (?:our|my) )?{WHO}|nobody else|no one else|(?:for|on) (?:one|a single) (?:user|account|person|location|store))\\b",
  },
  {
    // "Everyone else is fine": one user, unless the text also counts a group.
    level: 1,
    relative: true,
    source:
      "\\b(?:my |our |other )?(?:colleagues|teammates|coworkers|co-workers|others|everyone else|the others) (?:say|said|tell me|told me|report) (?:that )?(?:it|the app|everything|the site|it all) (?:works|is working|is fine|works fine|loads fine)(?: for them)?\\b|\\b(?:(?:everyone|everybody|all the|the rest of (?:us|the team|my team)) else\\b[^.!?\\n]{0,30}?\\b(?:is|are|can|seems?|works?|fine|ok)\\b|(?:other|my)? ?(?:colleagues|teammates|coworkers|co-workers|others|other users|the rest of the team) (?:are|is|seem|seems) (?:fine|ok|okay|unaffected|not affected|working)|(?:works?|working|fine|ok|okay) for (?:most|everyone|everybody|all|the rest)(?: of)?(?: us| our \\w+| people| users)?|(?:other|my) (?:colleagues|teammates|coworkers|co-workers|users) (?:can|have no|don'?t have|aren'?t)|(?:my|a|another|one) (?:colleague|coworker|co-worker|teammate)\\b[^.!?\\n]{0,40}?\\b(?:can|could|has no|doesn'?t have|works|is fine|is ok|has it|have it|sees? it|opens? it|gets? in|(?:does|do) it) ?(?:fine|ok|okay|normally|without (?:a |any )?(?:problem|issue)s?)?)\\b",
  },
  {
    level: 2,
    source:
      "\\b(?:not (?:just|only) (?:me|us|my)|(?:a few|a couple of|a couple|some|several|two|three|four|five|2|3|4|5|a handful of|a number of) (?:of (?:our|the|my) )?(?:[\\w'-]+ )?{WHO}|(?:my|our) (?:team|colleagues|teammates|coworkers|co-workers|department)|(?:others|colleagues) (?:too|as well|also)|all (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) of us|every(?:one|body) (?:in|on|from) (?:the|our|my) [^.!?\\n]{0,30}?\\b(?:team|department|group))\\b",
  },
  {
    level: 3,
    source:
      "\\b(?:every(?:one|body)(?! else)|(?:nobody|no one|noone|none of (?:us|our|them))(?! (?:here |else |on (?:our|the|my) team |in (?:our|the|my) team |of us )?(?:has |have |had )?(?:ever )?(?:changed|change|touched|did|made|requested|asked|created|deleted|removed|added|knows|knew|remembers|updated|edited|moved|authori[sz]ed|clicked|ran|sent|invited|noticed|reported|complained|approved|installed|configured|wanted)\\b)|(?:all|every|each|most|many|dozens|hundreds|thousands|lots|multiple|numerous|half|any) (?:of )?(?:our |the |my |your )?(?:{NUM} )?(?:[\\w'-]+ )?{WHO}(?! ?(?:pods?|nodes?|threads?|process(?:es)?|queues?|jobs?|machines?|servers?|instances?|containers?|images?|scripts?|services?|settings?|permissions?|roles?|fields?|columns?|ids?|records?|profiles?)\\b)|(?:entire|whole|the full|our full) (?:[\\w'-]+ )?(?:company|team|office|org|organi[sz]ation|department|staff|region|country|business|sales team|support team|workforce|floor|building|site|call cent(?:er|re)|warehouse)|(?:our|the) (?:people|staff|team|users|employees|agents) (?:in|at) (?:the |our )?[\\w'-]+ (?:branch|office|site|store|location|clinic|warehouse|plant|campus)|company-?wide|org-?wide|across (?:the board|all|every|our)|all (?:regions|branches|sites|locations|offices|stores|of us|eu customers|customers|users|accounts|tenants)|(?:several|multiple|many|other) (?:customers|clients|accounts|companies|tenants|merchants)|(?:other|more) (?:customers|accounts|clients|tenants) (?:[\\w'-]+ ){0,3}(?:reported|reporting|have|are|seeing|affected|hit)|(?<!of )(?:our|all our) (?:[\\w'-]+ )?(?:customers|clients|subscribers|members|shoppers|buyers|patients|users|employees|staff|sellers|merchants|drivers|agents) (?:are|were|have been|can'?t|cannot|get|are getting|keep|report|say|see|can no longer)|(?:^|\\n|[.!?] )(?:customers|clients|users|employees|drivers|agents|staff|shoppers|members|patients|students|technicians|reps|visitors) (?:are|were|have been|can'?t|cannot|keep|report|say|get|who))\\b",
  },
  // "One of our team" is one person, not a team; a count of a group in the same text wins.
  { level: 1, relative: true, source: "\\b(?:one of (?:our|my|the) (?:team|staff|colleagues|users|agents|people|employees|reps|members|guys|technicians|drivers)|(?:a|one) (?:team ?mate|colleague|co-?worker|team member) of (?:mine|ours))\\b" },
  // "40 users", "all 200 employees": the number decides the level (see signals.ts).
  { level: 2, source: "\\b(?:all )?{NUM}\\+? (?:of (?:our|the|my) )?(?:[\\w'-]+ ){0,1}{WHO}\\b" },
];

/** Cues before a match that negate it ("no data was lost", "isn't a security issue"). */
export const NEGATION = /\b(?:not|no|never|n't|without|nothing|none|neither|nor|wasn't|weren't|isn't|aren't|hasn't|haven't|didn't|doesn't|don't|cannot)\b|n't\b/gi;
/** Negator phrases that do not negate ("not sure", "no longer" is itself a failure). */
export const NOT_NEGATION = /\b(?:not sure|not certain|no idea|not clear|no longer|no way|not only|not just|no matter|not able|can(?:'?t|not) (?:even )?(?:tell|say)|no one|nobody|none of|without (?:any )?(?:warning|notice|reason)|nothing (?:loads|works|happens))\b/gi;
/** Hypothetical / preventive framing: the thing has not happened. */
export const HYPOTHETICAL = /\b(?:(?<!(?:not sure|unsure|wonder(?:ing)?|see|check|know|ask(?:ing)?|tell me) )if|in case|what happens (?:if|when|to|after)|what would happen|how (?:do|can|should|would) (?:i|we|you)|to (?:avoid|prevent)|prevent(?:ing)?|avoid(?:ing)?|make sure|ensure|before (?:we|i)|whether|would (?:it|that|this)|hypothetically|in the event|what(?:'s| is) (?:your|the) (?:\w+ )?(?:policy|process|procedure|behaviou?r)|how do(?:es)? (?:you|it|the system) (?:handle|treat|deal with)|so (?:that )?(?:nobody|no one|we don'?t|it doesn'?t|nothing)|in order (?:to|that)|prepare)\b/i;
/** Resolution or past-incident framing inside the same sentence. */
export const RESOLVED_CUE =
  /\b(?:thanks? (?:you )?for (?:handling|restoring|fixing|resolving|sorting)|resolved|fixed|restored|recovered|back (?:up|online|to normal)|working (?:again|fine|now)|(?:has|have) been (?:fine|ok|okay|good|stable|normal|working(?: fine)?)(?! until)|works (?:again|now)|sorted(?: out)?|no longer (?:an issue|a problem|happening)|was (?:an|a) (?:issue|problem)|has been (?:fixed|resolved)|went away|cleared up)\b/i;
export const PAST_CUE =
  /\b(?:yesterday|last (?:week|month|year|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s (?=(?:[\w-]+ )?(?:outage|incident|issue|problem|downtime|bug|error|crash|failure|disruption|breach)\b)|\b(?!'))|(?:a|two|three|few|couple of) (?:weeks|months|years) ago|earlier this (?:year|month)|(?:the )?previous (?:incident|outage)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|in the past|used to)\b/i;
/** A past event named as such ("after the third outage"), no verb needed. */
export const PAST_EVENT =
  /\b(?:after|following) (?:the|a|another|this|that|yesterday'?s|last \w+'?s?) (?:[\w-]+ )?(?:outage|incident|downtime|breach)\b|\b(?:outages|incidents) (?:this|last) (?:month|week|quarter|year)\b|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:outage|incident)\b/i;
/** Habitual past: "it used to crash" needs no other past-tense verb. */
export const HABITUAL_PAST = /\b(?:used to|would sometimes|in the past)\b/i;
/** A state recovered since then: "since the update it has been fine" (the "since" is not "still"). */
export const RECOVERED_SINCE = /\b(?:has|have) been (?:fine|ok|okay|good|stable|normal|working(?: fine)?)\b|\bfine (?:ever )?since\b/i;
/** A belief, not an event: "I thought it was deleted", "we were worried our data was lost". */
export const BELIEF = /\b(?:i|we|they|he|she|everyone) (?:had |first |initially )?(?:thought|assumed|believed|feared|suspected|was afraid|were afraid|was worried|were worried|got worried|was scared|were scared|panicked)\b/i;
export const STILL_CUE = /\b(?:still|again|since|ongoing|continu\w*|persist\w*|currently|right now|keeps?|is back|came back|not (?:resolved|fixed|restored)|isn'?t (?:resolved|fixed)|re-?occur\w*|recurr\w*|happening)\b/i;
