/**
 * Word families and phrase patterns for each signal. Patterns are regex sources with
 * {MACROS} expanded at compile time (see compile.ts). They describe how impact is said —
 * subject + predicate combinations over verb forms and synonyms — not single keywords.
 * Every repetition is bounded ({0,3}) so matching stays linear.
 */

export const MACROS: Record<string, string> = {
  // Inability / negated success.
  CANT: "(?:can(?:'?t| ?not)|unable to|not able to|could(?:n'?t| not)|won'?t|will not|doesn'?t|does not|didn'?t|don'?t|do not|isn'?t|aren'?t|is not|are not|no longer|not|never|impossible to|fail(?:s|ed|ing)? to|keeps? failing to)",
  // Failure predicates.
  FAIL: "(?:fail(?:s|ed|ing|ure|ures)?|broke(?:n)?|break(?:s|ing)?|crash(?:es|ed|ing)?|error(?:s|ing|ed)?|erroring out|stuck|hang(?:s|ing)?|froze|frozen|freez(?:es|ing)|time[sd]? ?out|timing out|bounc(?:e|es|ed|ing)|reject(?:s|ed|ing)?|declin(?:es|ed|ing)|not working|stopped working|doesn'?t work|does not work|isn'?t working|won'?t work|not going through|not coming through|stopped coming through|stopped going through|stopped|halted|disappear(?:s|ed|ing)?|blank|down)",
  // Things whose loss or corruption is a data-integrity problem.
  DATA: "(?:data|records?|contacts?|invoices?|files?|entries|entry|orders?|history|notes|customers?|deals?|reports?|rows?|transactions?|timesheets?|documents?|attachments?|emails?|messages?|employees?|dashboards?|projects?|tickets?|leads?|accounts?|products?|inventory|stock levels?|catalog(?:ue)?|database|spreadsheets?|payroll|numbers|figures|totals|balances?|amounts|values|metrics|revenue|stats|statistics|uploads?|photos?|images?|recordings?|candidates?|applicants?|submissions?|responses?|subscribers?|members?|users?)",
  // Core business objects (domain.md: login, checkout, billing, orders, invoicing, export; plus payments, payroll, integrations).
  CORE: "(?:check ?out|checkouts?|carts?|payments?|payouts?|billing|invoic(?:e|es|ing)|orders?|payroll|pay ?runs?|payslips?|exports?|exporting|integrations?|sync(?:ing|s)?|webhooks?|transactions?|charges?|subscriptions?|refunds?|shipping labels?|shipments?|purchases?|sales|bookings?|reservations?|quotes?|purchase orders?|api calls?|api requests?|requests|emails? (?:to customers|campaigns?)|campaigns?|card payments?|credit cards?|direct debits?|bank feeds?|reconciliation|tax (?:filings?|returns?)|ledgers?)",
  // Verbs that perform a core task (cannot <verb> <object>).
  COREVERB:
    "(?:check ?out|pay|process (?:any )?(?:orders?|payments?|refunds?|transactions?)|take (?:any )?(?:payments?|orders?|cards?)|accept (?:any )?(?:payments?|orders?|cards?)|place (?:any )?orders?|receive (?:any )?(?:orders?|payments?)|fulfil+ (?:any )?orders?|ship (?:any )?orders?|send (?:out )?(?:any |the |our |their )?(?:invoices?|quotes?|payslips?|bills?|statements?|campaigns?|emails?)|issue (?:any )?(?:invoices?|refunds?|credit notes?)|create (?:any |new )?(?:invoices?|orders?|quotes?|bills?)|generate (?:any |the )?(?:invoices?|payslips?|bills?|statements?)|run (?:the |our |this month'?s )?(?:payroll|pay ?runs?|billing)|bill (?:our |any )?(?:customers|clients)|charge (?:our |any )?(?:customers|clients|cards?)|export(?: (?:any|the|our|my)? ?\\w+)?|download (?:the |our |any )?(?:invoices?|exports?|reports?|payslips?)|sync(?: (?:any|our|the) \\w+)?|submit (?:any |the |our )?(?:orders?|payroll|timesheets?|invoices?|tax \\w+)|book (?:any )?(?:appointments?|orders?)|refund (?:any )?(?:customers|orders?))",
  // People and units that give breadth.
  WHO: "(?:users?|people|employees?|staff|agents?|customers?|clients?|stores?|shops?|locations?|offices?|branches|branch|team ?mates?|team members?|accounts?|reps?|members?|merchants?|tenants?|sites?|sellers?|drivers?|technicians?|nurses?|doctors?|teachers?|students?|managers?|colleagues?|coworkers?|co-workers?|workers?|seats?|workspaces?|organi[sz]ations?|orgs?|companies|departments?|teams?|restaurants?|clinics?|warehouses?|franchisees?|partners?|resellers?|subscribers?|tech(?:nician)?s?|operators?|dispatchers?|cashiers?|sales ?people|salespeople|accountants?)",
  // The product as a whole.
  SYSTEM: "(?:site|website|web ?site|app|application|web ?app|platform|service|system|dashboard|portal|server|servers|store ?front|store|shop|instance|workspace|tenant|product|tool|software|api|backend|admin|admin panel|console|account|page|pages|everything|[a-z0-9-]+\\.(?:com|io|app|net|co))",
  // One word that is not a negator ("no data was lost" must not match "… data was lost").
  W: '(?:(?!(?:no|not|never|none|nothing|without)\\b)\\w+ )',
  NUM: '(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})',
};

/** Signal id → pattern sources. */
export const SIGNAL_PATTERNS: Record<string, string[]> = {
  outage: [
    "\\b(?:the |your |our |whole |entire )?{SYSTEM} (?:is |are |was |went |has gone |have gone |seems |seem |appears |appear |looks |has been |have been |keeps going |is completely |is totally )?(?:completely |totally |entirely |still |all )?(?:down|offline|unreachable|unavailable|inaccessible|not (?:loading|responding|reachable|available|accessible|coming up|opening|up)|not load(?:ing)?|won'?t (?:load|open|come up|respond)|doesn'?t (?:load|open|respond|come up)|dead|gone dark|returning (?:5\\d\\d|errors|a blank page)|throwing 5\\d\\d)\\b",
    '\\b(?:outage|downtime|went down|is down for|are down for|down for (?:everyone|everybody|all|us|the whole)|(?:major|full|total|complete|partial) (?:outage|disruption|failure))\\b',
    '\\b(?:502|503|504|bad gateway|service unavailable|gateway time-?out|internal server error)s?\\b(?: \\w+){0,6} (?:for (?:everyone|everybody|all|every)|on every (?:page|request))',
    "\\b(?:nothing|no page|no pages|none of the pages|no screen) (?:loads?|works?|is loading|is working|will load|opens?)\\b",
    "\\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t) (?:reach|access|load|open|connect to|get to|get into) (?:the |your |our )?(?:site|website|app|application|platform|service|system|dashboard|portal|server|servers|api|store ?front|admin|instance)\\b(?! settings)",
    '\\b(?:all|every|each) (?:api )?(?:requests?|calls?|page ?loads?|endpoints?) (?:are |is |keep |have been )?(?:failing|fail|timing out|time out|returning (?:errors|5\\d\\d)|erroring)\\b',
    '\\b(?:white|blank) (?:page|screen)s? for (?:everyone|everybody|all (?:of )?(?:us|our \\w+)|the whole)',
    '\\bstatus page (?:says|shows|claims) (?:everything|all systems?) (?:is |are )?(?:green|operational|fine|up)\\b',
  ],
  data_loss: [
    "\\b(?:all |some |most |half |many |several |a lot |lots |hundreds |thousands |dozens )?(?:of )?(?:our |my |the |their |his |her |these |those |last \\w+'?s? |yesterday'?s |today'?s )?{W}{0,2}{DATA} {W}{0,3}(?:is |are |was |were |have |has |got |get |seem to |seems to |appear to |appears to |just |been |have been |has been |all |now )*(?:gone|missing|lost|deleted|disappeared|vanished|wiped(?: out)?|erased|corrupt(?:ed)?|overwritten|overwrote|garbled|scrambled|mangled|duplicated|(?:all )?zero(?:s|es|ed)?|(?:all )?(?:showing|show|shows|reading) (?:0|zero|\\$0|nothing|empty)|blank now|empty now|reset to (?:zero|0|default)|out of sync|mismatched|doubled)\\b",
    '\\b(?:lost|deleted|wiped|erased|overwrote|overwritten|corrupted|destroyed|purged|dropped) (?:all |some |most |half |many |a lot |lots |hundreds |thousands |\\d+ )?(?:of )?(?:our |my |the |their |his |her )?{W}{0,2}{DATA}\\b',
    "\\b(?:numbers|totals|figures|amounts|balances|values|revenue|stats|counts|metrics|sums) {W}{0,5}(?:are |is |were |was |look |looks |seem |seems )(?:all |completely |totally |wildly )?(?:wrong|incorrect|off|zero|zeros|zeroes|0|doubled|negative|nonsense|garbage|inconsistent|not matching|don'?t match|don'?t add up)\\b",
    "\\b(?:data|records|numbers|totals|figures|reports?) (?:don'?t|doesn'?t|do not|does not|no longer) (?:match|add up|reconcile|line up)\\b",
    '\\b(?:data (?:loss|corruption|integrity)|corrupted (?:data|file|database|export)|missing data|lost data|duplicate (?:records|entries|charges|invoices|orders))\\b',
    "\\b(?:will|might|may|could|going to|about to|is going to|are going to) {W}{0,2}(?:lose|be lost|be deleted|be wiped|be purged|be overwritten|overwrite|delete|wipe|purge)\\b",
    "\\b(?:backups?|snapshots?) {W}{0,3}(?:failed|failing|haven'?t (?:run|completed)|have not (?:run|completed)|not running|missing|stopped)\\b",
    '\\b(?:sync|import|migration|update|integration|job|script) {W}{0,3}(?:overwrote|overwrites|wiped|deleted|erased|duplicated|corrupted|replaced) {W}{0,3}{DATA}',
    "\\bshows? (?:0|zero|\\$0|\\$0\\.00|nothing) (?:for |in )?{W}{0,3}(?:revenue|sales|orders|everything|all|every)\\b",
  ],
  security: [
    "\\b(?:see|seeing|saw|view|viewing|access|accessing|open|opened|shows?|showing|displays?|displaying|got|get|getting|received|receiving|download(?:ed)?) {W}{0,5}(?:another|other|a different|different|someone else'?s|somebody else'?s|the wrong|wrong|another company'?s|other companies'?|other customers'?|other people'?s) {W}{0,2}(?:company'?s?|companies|customer'?s?|customers'?|client'?s?|clients'?|account'?s?|tenant'?s?|user'?s?|users'?|organi[sz]ation'?s?|org'?s?|people'?s?|person'?s?|business'?s?|patient'?s?|employee'?s?)\\b",
    "\\b(?:another|other|a different|someone else'?s|somebody else'?s|other companies'?|another company'?s|other customers'?|another customer'?s) {W}{0,2}(?:data|invoices?|records?|contacts?|files?|details|orders?|information|info|emails?|tickets?|reports?|payslips?|salar(?:y|ies)|documents?|dashboards?|accounts?)\\b {W}{0,4}(?:is |are |was |were )?(?:visible|showing|shown|appear(?:s|ing)?|exposed|accessible|in (?:our|my))",
    '\\b(?:data (?:leak|breach|exposure)|(?:was|were|been|got|is|are) (?:leaked|exposed|compromised|hacked|breached)|security (?:breach|incident|hole|flaw|vulnerability)|leaked {W}{0,2}(?:data|credentials|passwords?|keys?|tokens?)|publicly (?:accessible|visible|exposed|available)|(?:indexed|showing up) (?:by|on|in) google)\\b',
    "\\b(?:unauthori[sz]ed (?:access|logins?|sign-?ins?|users?|person|party|charges?|changes?|transactions?)|someone (?:else )?(?:has |had )?(?:logged|signed|got|broke) in(?:to)?|somebody (?:else )?(?:has |had )?(?:logged|signed) in(?:to)?|(?:account|accounts|mailbox|admin) (?:was |were |has been |have been |got |is )?(?:hacked|compromised|taken over|hijacked|breached)|hacked|account takeover|logged in from (?:an? )?(?:unknown|unrecognized|unrecognised|strange|foreign|different) (?:location|device|country|ip)|(?:a |an )?(?:login|sign-?in)s? from (?:russia|china|an? (?:unknown|unrecognized|unrecognised|foreign|strange) (?:location|country|ip|device)))\\b",
    "\\b(?:api (?:keys?|tokens?|secrets?)|credentials|passwords?|secret keys?|access tokens?) {W}{0,4}(?:exposed|leaked|visible|public|in plain ?text|in the (?:url|logs|page source|html))\\b",
    '\\b(?:sent|emailed|delivered|going|went|mailed) to the wrong (?:customer|client|person|people|recipient|recipients|company|account|email address)s?\\b',
    "\\b(?:customers?|clients?|users?|patients?|employees?) {W}{0,3}(?:received|got|can see|could see|saw|are seeing) {W}{0,2}(?:other|each other'?s|another|someone else'?s) {W}{0,2}(?:customers?|clients?|users?|patients?|employees?)\\b",
  ],
  security_concern: [
    "\\bpassword reset {W}{0,3}(?:i|we|they|he|she|nobody|no one) (?:didn'?t|did not|never|haven'?t|have not) (?:request|ask|trigger|initiat)",
    "\\b(?:didn'?t|did not|never|haven'?t|have not|nobody|no one) (?:request(?:ed)?|ask(?:ed)? for|trigger(?:ed)?|initiat(?:e|ed)) (?:a |the |any |these |those )?{W}{0,2}(?:password resets?|reset (?:emails?|links?|codes?)|verification codes?|2fa codes?|login codes?|otp|magic links?)\\b",
    '\\b(?:unexpected|unrequested|unsolicited|strange|suspicious|random|multiple) {W}{0,2}(?:password resets?|reset (?:emails?|links?)|login (?:attempts?|alerts?|notifications?)|sign-?in (?:attempts?|alerts?)|verification codes?|2fa codes?|mfa (?:prompts?|requests?)|activity|emails? (?:claiming|pretending))\\b',
    '\\b(?:vulnerabilit(?:y|ies)|xss|cross-site scripting|sql injection|csrf|ssrf|rce|remote code execution|idor|privilege escalation|security (?:issue|bug|problem|concern|flaw|report|researcher|disclosure)|responsible disclosure|bug bounty|phishing|pentest|penetration test|cve-\\d{4})\\b',
    '\\b(?:2fa|mfa|two-factor|two factor|sso enforcement) {W}{0,3}(?:was |got |has been )?(?:disabled|turned off|removed|bypassed) {W}{0,3}(?:without|by someone|nobody|no one)',
    '\\b(?:can|could) (?:still )?(?:log|sign) in {W}{0,3}(?:after|even though) {W}{0,4}(?:deactivated|removed|deleted|offboarded|left|fired|revoked)\\b',
    "\\b(?:former|ex-|deactivated|removed|offboarded) {W}{0,2}(?:employees?|users?|staff|contractors?) {W}{0,3}(?:can still|still has|still have|is still|are still|still (?:able|logging|accessing))",
    "\\b(?:permissions?|roles?) {W}{0,4}(?:let|lets|allow|allows|allowed|give|gives) {W}{0,3}(?:see|view|access|edit|export) {W}{0,3}(?:they|he|she|it) (?:shouldn'?t|should not|aren'?t supposed|are not supposed|isn'?t supposed)",
    "\\b(?:can|could) (?:see|view|access|edit|export) {W}{0,5}(?:they|he|she|i|we) (?:shouldn'?t|should not|aren'?t (?:supposed|allowed|meant)|are not (?:supposed|allowed|meant)|isn'?t (?:supposed|allowed)|is not (?:supposed|allowed)|don'?t have (?:access|permission))\\b",
  ],
  login_failure: [
    "\\b{CANT} {W}{0,2}(?:log ?in|sign ?in|log on|sign on|login|signin|get (?:back )?in(?:to)?|get past the login|access (?:my|our|their|his|her|the) (?:account|accounts|workspace|portal|dashboard))\\b",
    "\\b(?:nobody|no one|noone|none of (?:us|them|our \\w+|the \\w+)) {W}{0,6}(?:can|could|is able to|are able to|has been able to|have been able to) (?:log ?in|sign ?in|login|get in|access)\\b",
    "\\b(?:login|log-?in|sign-?in|signin|logon|authentication|auth|sso|saml|okta|azure ad|entra|single sign-?on|google sign-?in|microsoft sign-?in|2fa|mfa|otp|magic link|verification code)s? {W}{0,3}(?:is |are |keeps |has |have |just |now |still )?(?:fail(?:s|ed|ing)?|broken|not working|doesn'?t work|isn'?t working|stopped working|erroring|errors? out|loops?|looping|redirect(?:s|ing)? (?:back|in a loop|us back|me back)|rejected|rejects|never arrives?|not arriving|(?:is |are )?down|times? out|timing out|error)\\b",
    "\\b(?:locked out|lock(?:ed)? us out|locks? me out|redirect loop|login loop|keeps? (?:logging|kicking|signing|throwing) (?:me|us|them|people|everyone|users) out|invalid (?:credentials|password|username)|incorrect password|(?:password|credentials) {W}{0,2}(?:not accepted|rejected|not working|doesn\'?t work|isn\'?t working))\\b",
  ],
  business_blocked: [
    '\\b{CANT} {W}{0,2}{COREVERB}\\b',
    "\\b(?:the |our |my |all |any |new |customer |customers'? )?{W}{0,1}{CORE} {W}{0,3}(?:are |is |have |has |keep |keeps |just |all |now |been |still |completely |totally )*(?:fail(?:s|ed|ing)?|broken|stuck|not (?:going|coming) through|stopped (?:coming|going) through|stopped (?:working|syncing|sending|running|arriving|processing)?|not (?:being )?(?:sent|sending|processed|processing|created|generated|arriving|syncing|running|working|loading|completing|showing up)|won'?t (?:send|go through|process|load|complete|sync|generate|submit|work)|doesn'?t (?:send|go through|process|load|complete|sync|generate|submit|work)|(?:are |is )?(?:being )?(?:declined|rejected|bouncing|bounced)|erroring|errors? out|throws? (?:an )?errors?|times? out|timing out|hangs?|spins? forever|disappeared|blank)\\b",
    "\\b(?:no|zero|not a single|not one) (?:new )?(?:orders?|payments?|sales|bookings?|transactions?|sign-?ups?|leads?|invoices?) {W}{0,3}(?:since|today|this morning|in (?:the last )?\\d+|have come|came|has come|are coming|coming in|went through|going through|arrived)",
    "\\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:received|gotten|got|had|processed|taken|seen) (?:a single |any |one )?(?:new )?(?:orders?|payments?|sales|bookings?|transactions?|sign-?ups?)\\b",
    '\\b(?:fail(?:s|ed|ing)?|errors?|crash(?:es|ed)?|breaks?|broken|stuck|hangs?) {W}{0,3}(?:at|on|during|in) (?:the )?(?:check ?out|payment|billing|payroll|export|invoice|order) (?:step|page|screen|stage|run)?',
    "\\b(?:check ?out|payment|billing|invoice|order|export|payroll) (?:page|button|form|screen|flow|step|process|run|job|file) {W}{0,2}(?:is |are |keeps )?(?:blank|broken|down|failing|not loading|won\'?t load|doesn\'?t load|greyed out|grayed out|disabled|missing|stuck|frozen|empty)\\b",
  ],
  workaround: [
    '\\b(?:work-?around|work around|temporary fix|stop-?gap)\\b',
    "\\b(?:for now|in the meantime|meanwhile|temporarily|until then|until it'?s fixed),? (?:we|i|they|our team|the team) (?:can|could|are|'re|have been|'ve been|will|just|still|manage)\\b",
    "\\b(?:we|i|they) (?:can|could) still {W}{0,3}(?:by|via|through|using|from|manually|in|on|with)\\b",
    "\\b(?:we|i|they) (?:are|'re|have been|'ve been|were) {W}{0,2}(?:doing|entering|sending|processing|creating|exporting|handling) (?:it|them|\\w+) manually\\b",
    "\\b(?:(?:it|this|that) )?works (?:fine |ok |okay |normally |perfectly )?(?:if|when|in|on|with|from|via|after) (?:i |we |you )?(?:use |switch to |try )?(?:chrome|firefox|safari|edge|the (?:mobile|desktop|ios|android) app|another browser|a different browser|incognito|private (?:mode|window)|the old (?:editor|version|ui)|the api|the classic \\w+)\\b",
    '\\b(?:refresh(?:ing)?|reload(?:ing)?|re-?try(?:ing)?|logging out and (?:back )?in|clearing (?:the )?cache|restarting)(?: the page| the app)? (?:fixes|fixed|solves|solved|helps|works|makes it work|gets it working|sorts it)\\b',
    "\\b(?:not (?:blocking|a blocker|urgent|critical|a big deal|stopping us)|isn'?t (?:blocking|urgent|critical|stopping us)|not holding us up|we can live with|minor (?:issue|annoyance|inconvenience|thing|problem)|just an annoyance|more of an annoyance|nice to have)\\b",
    "\\b(?:other|the rest of (?:the|our)) {W}{0,2}(?:work|works|are fine|is fine|are working|still work|still works|go through|goes through)\\b",
  ],
  how_to: [
    "\\bhow (?:do|can|should|would|could|to|does) (?:i|we|you|one|my|our|it|they|\\w+)?\\b",
    "\\b(?:is|are) (?:there|it possible) (?:a way |any way |an option |a setting )?(?:to|for|that)\\b",
    "\\bwhere (?:do|can|should|would|is|are) (?:i|we|the|my|our)\\b",
    "\\b(?:can|could) you (?:please )?(?:explain|show|tell|walk|point|help me understand|clarify|confirm how|advise)\\b",
    "\\bwhat(?:'s| is| are) the (?:best|right|correct|recommended|proper|easiest) way\\b",
    '\\b(?:quick question|question about|a question|questions about|wondering (?:how|if|whether|what)|not sure how to|need (?:some )?help (?:with|setting|understanding|figuring)|any (?:tips|guidance|advice|docs|documentation)|what does (?:this|the|that|it) {W}{0,3}mean|is it normal|is this expected|is that expected|expected behaviou?r\\?)',
    '\\b(?:can|could) (?:i|we) {W}{0,3}(?:change|set|add|export|import|configure|customi[sz]e|turn|enable|disable|remove|use|rename|merge|move|schedule|connect|filter|hide|show|limit|restrict|bulk)\\b',
  ],
  setup: [
    '\\b(?:set ?up|setting up|configur(?:e|ing|ation)|install(?:ing|ation)?|onboard(?:ing)?|connect(?:ing)? (?:our|my|the) \\w+|integrat(?:e|ing) (?:with|our)|saml|scim|dns|cname|spf|dkim|dmarc|custom domain|api keys?|webhook url|sandbox|permissions?|roles?|user provisioning|migrat(?:e|ing|ion)|import(?:ing)? (?:our|my|a|the))\\b',
  ],
  cosmetic: [
    '\\b(?:typos?|spelling|misspel\\w*|grammar|misaligned|mis-aligned|alignment|not aligned|overlap(?:s|ping)?|cut off|truncated|font|fonts|colou?rs?|padding|margins?|spacing|pixel(?:ated|s)?|blurry|stretched|squished|looks? (?:weird|off|odd|ugly|wrong|strange|broken|terrible|awful)|cosmetic|visual (?:bug|glitch|issue)|ui (?:glitch|bug)|display glitch|dark mode|icons?|logo|capitali[sz]\\w*|tooltip|placeholder|wrong (?:shade|colou?r)|hover state|rendering glitch|emoji|off-?centre|off-?center|not centered|layout|css|favicon|button (?:is |looks )?(?:too )?(?:small|big|large)|text (?:is )?(?:too )?(?:small|big|large)|(?:text|label|header|heading|title|name)s? {W}{0,2}(?:overflows?|wraps?|cut off|truncated))\\b',
  ],
  feature_request: [
    '\\b(?:feature request|feature suggestion|product suggestion|enhancement request|wish ?list|suggestion:|idea:)',
    "\\b(?:it )?would (?:be|it be) (?:great|nice|helpful|useful|awesome|amazing|fantastic|good|lovely|handy|ideal) (?:if|to|to have)\\b",
    "\\b(?:please|could you|can you|any plans? to|do you plan to|are you planning to|will you|would you consider|consider) {W}{0,2}(?:add|adding|support|supporting|build|building|introduce|implement|allow|allowing|offer|offering|provide|expose|include)\\b",
    "\\b(?:it )?would help (?:us )?(?:a lot )?(?:if|to)\\b",
    "\\b(?:we|i) (?:wish|would love|'d love|would like to see|'d like to see|really need) (?:there was|there were|we could|i could|you (?:had|would|could)|a way|an option|the ability|to be able|it if|support for|an? \\w+ (?:feature|option|integration))\\b",
    "\\b(?:missing|lacks?|lacking|no) (?:a |an |the )?(?:feature|option|setting|ability|way|integration|support) (?:to|for)\\b",
    "\\b(?:does ?n'?t|does not|do not|don'?t) (?:currently )?(?:support|allow|let (?:us|me|you)|offer|have an? (?:option|setting|way|integration|api))\\b",
    '\\b(?:on (?:the|your) roadmap|roadmap|upvote|vote for)\\b',
  ],
  performance: [
    '\\b(?:slow(?:ly|er|ness|s|ed)?|sluggish|laggy|lag(?:s|ging)?|takes? (?:forever|ages|minutes|hours|too long|\\d+ ?(?:seconds|secs|minutes|mins|s))|taking (?:forever|ages|minutes|hours|too long)|(?:load|loading|response|page) times?|latency|spinning wheel|spinner (?:forever|never stops|keeps spinning)|keeps? spinning|performance (?:issue|problem|degradation|is (?:bad|terrible|awful|poor))|degraded|crawl(?:ing)?|unusabl[ey] slow|time-?outs?|timing out|times out)\\b',
  ],
  bug: [
    "\\b(?:bug|bugs|buggy|glitch(?:y|es)?|broken|error(?:s)?|exception|stack ?trace|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure)?|doesn'?t work|does not work|isn'?t working|is not working|not working|stopped working|won'?t (?:save|load|open|update|sync|send|upload|show|work|let)|doesn'?t (?:save|load|open|update|sync|send|upload|show|appear|display|work|let|respond|refresh|calculate)|(?:is|are) (?:wrong|incorrect)|nothing happens|keeps? (?:resetting|reverting|crashing|failing|showing|freezing|logging)|greyed out|grayed out|unresponsive|frozen|freezes|hangs|4\\d\\d|5\\d\\d|not (?:saving|loading|updating|syncing|sending|showing|displaying|appearing|calculating|refreshing)|disappear(?:s|ed|ing)?|duplicat(?:es|ed|ing)|regression|no longer (?:works?|shows?|loads?|saves?|appears?))\\b",
  ],
  blocked: [
    "\\b{CANT} {W}{0,2}(?:use|access|open|load|save|upload|create|edit|add|update|delete|submit|send|import|connect|see|view|find|print|schedule|publish|assign|approve|complete|finish|run|download|attach|post|close|merge|sign|onboard|book|reset|generate|move|change|enter|record|track|clock in|clock out)\\b(?! (?:this|that|it) (?:change|setting))",
    "\\b(?:completely|totally|entirely) (?:broken|unusable|blocked|stuck|down)|\\b(?:unusable|blocks? (?:us|me|our|the)|blocking (?:us|me|our|the|all)|blocker|we(?:'re| are) (?:completely )?(?:blocked|stuck|dead in the water)|can'?t (?:do|get) (?:any|our|my) (?:work|job)|(?:brought|ground) {W}{0,2}to a (?:halt|standstill)|at a standstill|stopped (?:us|our \\w+) (?:from )?working|(?:every|each) (?:single )?time|100% of the time)\\b",
  ],
  sla_breached: [
    '\\b(?:sla|service level|response time|resolution time)s? {W}{0,5}(?:breach(?:ed|es)?|missed|passed|exceeded|violat(?:ed|ion|es)|blown|expired|over)\\b',
    '\\b(?:breach(?:ed|ing)?|missed|violat(?:ed|ing)|exceeded|outside) (?:of )?(?:the |our |your |its )?{W}?(?:sla|service level|response time (?:commitment|guarantee|target))\\b',
    "\\b(?:still )?(?:no|haven'?t (?:had|got|gotten|received)|have not (?:had|received)|without (?:a|any)) {W}{0,2}(?:response|reply|answer|update|word|news|follow-?up)s? {W}{0,3}(?:after|for|in|since) (?:over |more than |almost |nearly )?(?:{NUM}|two|three|four|five|six|several|a few|many|a|an) {W}?(?:hours?|days?|weeks?|business days)\\b",
    "\\b(?:waited|waiting|been waiting|chasing) (?:for )?(?:over |more than |almost |nearly )?(?:{NUM}|two|three|four|five|six|several|a few|many) {W}?(?:hours?|days?|weeks?)\\b",
  ],
  sla_risk: [
    '\\b(?:sla|service level|response time commitment|response target)s? {W}{0,5}(?:approach(?:ing|es)?|at risk|about to|close to|nearly|almost|soon|in (?:the next )?\\d+ (?:minutes?|mins?|hours?)|due (?:in|soon|today)|expires?|runs? out|deadline)\\b',
    "\\b(?:we(?:'re| are) (?:close|about) to (?:breach|miss)|about to (?:breach|miss) (?:the |our )?sla)\\b",
  ],
  churn: [
    "\\b(?:cancel+(?:ing|ed|ation)?|terminat(?:e|ing|ion)|end(?:ing)?) {W}{0,2}(?:account|subscription|contract|plan|agreement|licen[cs]es?|seats|service|relationship|renewal|partnership)\\b",
    "\\b(?:not|won'?t|will not|don'?t|do not|aren'?t|are not) (?:be )?(?:going to )?(?:plan(?:ning)? to )?renew(?:ing|al)?\\b",
    "\\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?) {W}{0,3}to (?:a |another |one of your )?(?:competitor|competition|different (?:vendor|provider|tool|platform|product)|another (?:vendor|provider|tool|platform|product)|salesforce|hubspot|zendesk|freshdesk|stripe|shopify|quickbooks|xero|workday|bamboohr|gusto|pipedrive|zoho)\\b",
    '\\b(?:considering|thinking about|thinking of|evaluating|looking at|looking into|exploring|reviewing|re-?evaluating|reconsidering) {W}{0,2}(?:leaving|alternatives?|other (?:vendors|providers|options|tools|platforms|solutions)|competitors?|switching|moving|our (?:contract|relationship|subscription|renewal|options))\\b',
    "\\b(?:take|taking) (?:our|my) business elsewhere|(?:we'?ll|we will|we are|we're|i'?ll|i will) (?:be )?(?:leaving|walk(?:ing)? away)|refund {W}{0,3}(?:contract|annual|remaining|subscription)|churn(?:ing)?\\b",
  ],
  legal: [
    '\\b(?:lawyers?|attorneys?|legal (?:action|team|department|counsel|proceedings|advice|steps|claim)|lawsuit|sue|suing|litigation|breach of contract|regulators?|ombudsman|small claims|(?:report|reporting) (?:you|this) to (?:the )?(?:ico|ftc|authorities|regulator)|data protection authority|gdpr complaint|class action|damages)\\b',
  ],
  exec: [
    "\\b(?:escalat(?:e|ed|ing)|rais(?:e|ed|ing)|tak(?:e|ing)) (?:this |it |the matter )?(?:up )?(?:to|with) (?:our |your |my |the )?(?:executive|exec|executives|leadership|management|senior management|ceo|cto|cfo|coo|cio|vp|board|head of \\w+|director|account manager'?s boss)\\b",
    "\\b(?:our|my) (?:ceo|cto|cfo|coo|cio|vp|board|founder|owner|executive team|leadership team|managing director|president) {W}{0,3}(?:is|are|has|have|wants?|asked|asking|will|is asking|demands?|expects?|involved|aware|furious|escalat\\w*)\\b",
    "\\b(?:speak|talk|get|put me) {W}{0,2}(?:to|with|in touch with) (?:your |a |the |someone in )?(?:manager|supervisor|ceo|cto|leadership|someone senior|senior (?:person|management|leadership)|head of support|vp|executive|boss)\\b",
    '\\b(?:press|journalists?|reporters?|tweet(?:ing)?|twitter|linkedin post|social media|public review|trustpilot|g2 review|capterra|go public|publicly)\\b',
  ],
  emotion: [
    "\\b(?:ridiculous|unacceptable|absurd|outrageous|furious|livid|fed up|sick (?:and tired )?of|expected (?:much )?better|disappointed|disappointing|frustrat(?:ed|ing|ion)|terrible|awful|horrible|horrendous|worst|pathetic|a joke|joke of a|incompetent|useless|garbage|rubbish|appalling|disgrace(?:ful)?|shameful|angry|annoyed|infuriating|unbelievable|insane|wtf|what the hell|come on|seriously\\?|considering leaving|cancel my account|lawyer|urgent(?:ly)?|asap|immediately|right now|!!+)",
  ],
  // Case-sensitive (see CASE_SENSITIVE): three shouted words in a row.
  shouting: ['\\b[A-Z]{3,}[!?]*(?: [A-Z]{2,}[!?]*){2,}'],
  resolved: [
    "\\b(?:it'?s|it is|everything'?s|everything is|all|we'?re|we are|things are|it'?s all|that'?s|this is|issue is|problem is|it has been|it'?s been|seems to be|seem to be|looks to be|appears to be)? ?(?:working|back up|back online|back to normal|resolved|fixed|sorted|fine|good|ok|okay|restored|recovered|up and running|running (?:again|fine|normally)) (?:again|now|itself|on (?:its|our) own|out)\\b",
    "\\b(?:never ?mind|nevermind|ignore (?:my|this|the) (?:last |previous )?(?:message|ticket|email)|(?:we|i) (?:figured|found|worked|sorted) (?:it|this|the problem|the issue) out|(?:it|this|the issue|the problem|that) (?:has |have )?(?:resolved|fixed|sorted) itself|(?:you|feel free to|please|can) close (?:this|the ticket|it)|all good now|works now|working now|is fixed now|problem solved|issue resolved|(?:is|are|has been|have been) (?:now )?(?:resolved|fixed|restored))\\b",
  ],
  confirmed_defect: [
    "\\b(?:confirmed|reproduced|can reproduce|could reproduce|able to reproduce|repro(?:duced|duces)?|reproducible|steps to reproduce|regression|since (?:your|the|yesterday'?s|last (?:night|week)'?s?|this morning'?s|today'?s|the latest) {W}?(?:update|release|deploy(?:ment)?|upgrade|change|version)|after (?:your|the|yesterday'?s|last (?:night|week)'?s?|the latest) {W}?(?:update|release|deploy(?:ment)?|upgrade|version)|(?:is|are) back again|came back|is back|has returned)\\b",
  ],
  several_high_value: [
    "\\b(?:several|multiple|many|{NUM}|two|three|four|five|a few|a number of|other) (?:of (?:our|your|the) )?(?:enterprise|premium|strategic|key|vip|high-value|high value|top|largest|biggest|tier-?1) (?:customers|accounts|clients|tenants|merchants)\\b",
  ],
  billing_error: [
    '\\b(?:charged (?:us |me )?(?:twice|double|two times|three times|again|the wrong|too much|incorrectly|for (?:seats|users|a plan) we)|double[- ]charged|duplicate (?:charges?|payments?)|over-?charged|wrong (?:amount|price|plan|invoice total)|incorrect (?:amount|charge|invoice|price)|billed (?:twice|incorrectly|for the wrong|for \\d+ seats))\\b',
  ],
};

/** Signals matched case-sensitively. */
export const CASE_SENSITIVE = new Set(['shouting']);

/** Breadth phrases: level 1 one user, 2 a few / a team, 3 an office / many / everyone. */
export const BREADTH_PATTERNS: { level: 1 | 2 | 3; source: string }[] = [
  {
    level: 1,
    source:
      "\\b(?:only (?:me|my (?:account|user|login))|just me|only (?:affects|happens to|happening to) (?:me|my|one|a single)|(?:only|just) (?:one|1|a single) (?:of (?:our|my) )?{WHO}|(?:everyone|everybody|all the) else {W}{0,2}(?:is|are|can|seems|works|is fine|fine)|(?:other|my) (?:colleagues|teammates|coworkers|co-workers|users) (?:are|can|have no|don'?t have|aren'?t)|nobody else|no one else|(?:for|on) (?:one|a single) (?:user|account|person|location|store))\\b",
  },
  {
    level: 2,
    source:
      "\\b(?:not (?:just|only) (?:me|us|my)|(?:a few|a couple of|a couple|some|several|two|three|four|five|2|3|4|5|a handful of|a number of) (?:of (?:our|the|my) )?{W}?{WHO}|(?:my|our) (?:team|colleagues|teammates|coworkers|co-workers|department)|(?:others|colleagues) (?:too|as well|also))\\b",
  },
  {
    level: 3,
    source:
      "\\b(?:every(?:one|body)(?! else)|nobody|no one|noone|none of (?:us|our|them)|(?:all|every|each|most|many|dozens|hundreds|thousands|lots|multiple|numerous|half) (?:of )?(?:our |the |my |your )?(?:{NUM} )?{W}?{WHO}|(?:entire|whole|the full|our full) {W}?(?:company|team|office|org|organi[sz]ation|department|staff|region|country|business|sales team|support team|workforce|floor|building|site|call cent(?:er|re)|warehouse)|company-?wide|org-?wide|across (?:the board|all|every|our)|all (?:regions|branches|sites|locations|offices|stores|of us|eu customers|customers|users|accounts|tenants)|(?:several|multiple|many|other) (?:customers|clients|accounts|companies|tenants|merchants)|(?:other|more) (?:customers|accounts|clients|tenants) {W}{0,3}(?:reported|reporting|have|are|seeing|affected|hit))\\b",
  },
  // "40 users", "all 200 employees": the number decides the level (see signals.ts).
  { level: 2, source: '\\b(?:all )?{NUM}\\+? (?:of (?:our|the|my) )?{W}{0,1}{WHO}\\b' },
];

/** Cues before a match that negate it ("no data was lost", "isn't a security issue"). */
export const NEGATION = /\b(?:not|no|never|n't|without|nothing|none|neither|nor|wasn't|weren't|isn't|aren't|hasn't|haven't|didn't|doesn't|don't|cannot)\b|n't\b/gi;
/** Negator phrases that do not negate ("not sure", "no longer" is itself a failure). */
export const NOT_NEGATION = /\b(?:not sure|not certain|no idea|not clear|no longer|no way|not only|not just|no matter|not able|can(?:'?t|not) (?:even )?(?:tell|say)|no one|nobody|none of|without (?:any )?(?:warning|notice|reason)|nothing (?:loads|works|happens))\b/gi;
/** Hypothetical / preventive framing: the thing has not happened. */
export const HYPOTHETICAL = /\b(?:if|in case|what happens|what would happen|how (?:do|can|should|would) (?:i|we|you)|to (?:avoid|prevent)|prevent(?:ing)?|avoid(?:ing)?|make sure|ensure|before (?:we|i)|whether|would (?:it|that|this)|hypothetically|in the event)\b/i;
/** Resolution or past-incident framing inside the same sentence. */
export const RESOLVED_CUE =
  /\b(?:resolved|fixed|restored|recovered|back (?:up|online|to normal)|working (?:again|fine|now)|works (?:again|now)|sorted(?: out)?|no longer (?:an issue|a problem|happening)|was (?:an|a) (?:issue|problem)|has been (?:fixed|resolved)|went away|cleared up)\b/i;
export const PAST_CUE =
  /\b(?:last (?:week|month|year|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?|(?:a|two|three|few|couple of) (?:weeks|months|years) ago|earlier this (?:year|month)|(?:the )?previous (?:incident|outage)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|in the past|used to)\b/i;
export const STILL_CUE = /\b(?:still|again|since|ongoing|continu\w*|persist\w*|currently|right now|keeps?|is back|came back|not (?:resolved|fixed|restored)|isn'?t (?:resolved|fixed)|re-?occur\w*|recurr\w*|happening)\b/i;
