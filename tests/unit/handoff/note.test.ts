import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../../src/handoff/checklist';
import { authoredText, escapeHtml, escapeMarkdown, narrative, renderNote } from '../../../src/handoff/note';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { TicketMessage, TicketSnapshot } from '../../../src/ticket/snapshot';
import type { FiredRule } from '../../../src/triage/types';

const REPORT =
  'Hi,\n\nSince about 08:50 nobody in our Chicago office can log in to the dashboard. Everyone gets "Invalid credentials" even with the right password. Our other offices (Denver, Austin) work fine.\n\nOur sales team cannot take calls and support has stopped. Please help.\n\nDana Whitfield\nIT Manager, Northwind Logistics';
const REPLY = 'Hi Dana, thanks for the details. We are checking the login service and recent changes now. Could you confirm whether a password reset helps for one user?\n\nBest,\nAlex';
const NOTE = 'Failed logins began at 08:50, all from one office IP range. Escalating.';

function ticket(messages: TicketMessage[], extra: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    adapter: 'osticket',
    url: 'https://help.acme.test/scp/tickets.php?id=1',
    ticketId: '1',
    ticketNumber: '639656',
    subject: 'Nobody in our Chicago office can log in',
    messages,
    requester: { name: 'Dana Whitfield', org: 'Northwind Logistics' },
    tags: [],
    truncated: false,
    ...extra,
  };
}

const snapshot = ticket([
  { author: 'customer', authorName: 'Dana Whitfield', text: REPORT, at: '2026-11-23T15:12:00.000Z' },
  { author: 'agent', authorName: 'Alex Morgan', text: REPLY, at: '2026-11-23T15:20:00.000Z' },
  { author: 'internal', authorName: 'Alex Morgan', text: NOTE, at: '2026-11-23T15:40:00.000Z' },
]);

/** Evidence as the engine gives it: the quote's offsets in the message's own text. */
function ev(s: TicketSnapshot, messageIndex: number, quote: string) {
  const text = messageIndex === -1 ? s.subject : s.messages[messageIndex]!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in message ${messageIndex}`);
  return { quote, messageIndex, start, end: start + quote.length };
}

const rules: FiredRule[] = [
  { id: 'login-widespread', label: 'Widespread login failure', effect: 'raise', severity: 1, trigger: 'widespread', evidence: [ev(snapshot, 0, 'nobody in our Chicago office can log in'), ev(snapshot, 2, 'Failed logins')] },
  { id: 'business-partial', label: 'Core business task partly failing', effect: 'raise', severity: 2, trigger: 'technical', evidence: [ev(snapshot, 0, 'sales team cannot take calls')] },
  { id: 'key-account', label: 'High-value account with a problem', effect: 'raise', severity: 2, trigger: 'business', evidence: [] },
  { id: 'stalled', label: 'Open past the stalled threshold', effect: 'route', destination: 'l2', trigger: 'stalled', evidence: [] },
  { id: 'emotion', label: 'Emotion language (flag only, never the level)', effect: 'flag', evidence: [ev(snapshot, 0, 'Please help')] },
];

const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

describe('escalation note', () => {
  const note = renderNote({ snapshot, levelName: 'Critical', destinationName: 'Engineering', rules, timeZone: 'America/Chicago' });

  it('follows the layout of domain.md section 5, with the ticket number the helpdesk shows and its address', () => {
    const headings = ['BUSINESS IMPACT', 'PROBLEM NARRATIVE', 'ACTIONS ALREADY TAKEN', 'CUSTOMER COMMUNICATION STATUS', 'REQUEST', 'ATTACHMENTS AND REFERENCES'];
    let at = -1;
    for (const heading of headings) {
      const next = note.text.indexOf(`\n${heading}\n`);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(note.text.startsWith('ESCALATION: Nobody in our Chicago office can log in\nTicket: #639656 https://help.acme.test/scp/tickets.php?id=1\nSeverity: Critical\nRouted to: Engineering\n')).toBe(true);
    expect(note.text).toContain('- Affected customers: Dana Whitfield, Northwind Logistics');
    expect(note.text).toContain('- Ticket #639656: https://help.acme.test/scp/tickets.php?id=1');
    expect(note.text).not.toContain('#1 '); // the internal id stays internal
    expect(note.text).toContain('Owner: (to fill)');
  });

  it('without a shown number, the note carries the address alone', () => {
    const { ticketNumber: _, ...unnumbered } = snapshot;
    const text = renderNote({ snapshot: unnumbered, levelName: 'High', destinationName: 'Support L2', rules: [] }).text;
    expect(line(text, 'Ticket:')).toBe('Ticket: https://help.acme.test/scp/tickets.php?id=1');
    expect(text).not.toMatch(/#1\b|#undefined/);
  });

  it('gives the operational effect in the customer\'s own sentences, not rule names', () => {
    expect(line(note.text, '- Operational effect:')).toBe(
      '- Operational effect: “Since about 08:50 nobody in our Chicago office can log in to the dashboard.” “Our sales team cannot take calls and support has stopped.” (customer\'s words)',
    );
    for (const rule of rules) expect(note.text).not.toContain(rule.label);
    expect(note.text).not.toContain('Failed logins'); // an internal note is not the customer's evidence
  });

  it('leaves the operational effect to fill when only time, account or flag rules fired', () => {
    const text = renderNote({ snapshot, levelName: 'High', destinationName: 'Support L2', rules: rules.slice(2) }).text;
    expect(line(text, '- Operational effect:')).toBe('- Operational effect: (to fill)');
    const filled = renderNote({ snapshot, levelName: 'High', destinationName: 'Support L2', rules: rules.slice(2), fields: { business_impact: 'Invoicing stopped for 40 users' } }).text;
    expect(line(filled, '- Operational effect:')).toBe('- Operational effect: Invoicing stopped for 40 users');
  });

  it('tells the problem without greeting, courtesy or signature', () => {
    expect(note.text).toContain(
      '\nPROBLEM NARRATIVE\nSince about 08:50 nobody in our Chicago office can log in to the dashboard. Everyone gets "Invalid credentials" even with the right password. Our other offices (Denver, Austin) work fine. Our sales team cannot take calls and support has stopped.\n',
    );
  });

  it('names the last reply the customer saw, in the team\'s time zone, with its gist', () => {
    expect(line(note.text, '- Most recent update:')).toMatch(
      /^- Most recent update: Mon,? 23 Nov 2026,? 09:20 \(America\/Chicago\), by Alex Morgan: “We are checking the login service and recent changes now\. Could you confirm whether a password reset helps for one user\?”$/,
    );
    expect(note.text).not.toContain('15:40'); // the later internal note is not an update to the customer
    const berlin = renderNote({ snapshot, levelName: 'Critical', destinationName: 'Engineering', rules, timeZone: 'Europe/Berlin' }).text;
    expect(line(berlin, '- Most recent update:')).toMatch(/ 16:20 \(Europe\/Berlin\), by Alex Morgan/);
    for (const timeZone of [undefined, 'Mars/Olympus_Mons']) {
      expect(line(renderNote({ snapshot, levelName: 'Critical', destinationName: 'Engineering', rules, ...(timeZone ? { timeZone } : {}) }).text, '- Most recent update:')).toMatch(/ 15:20 \(UTC\), by/);
    }
  });

  it('says honestly when the customer has had no reply yet', () => {
    const unanswered = ticket([snapshot.messages[0]!, snapshot.messages[2]!]);
    expect(line(renderNote({ snapshot: unanswered, levelName: 'Critical', destinationName: 'Engineering', rules: [] }).text, '- Most recent update:')).toBe(
      '- Most recent update: none yet (no public reply to the customer on this ticket)',
    );
  });

  it('uses filled checklist answers when given', () => {
    const filled = renderNote({ snapshot, levelName: 'High', destinationName: 'Support L2', rules: [], fields: { owner: 'Priya Nair', ask: 'investigate' } });
    expect(filled.text).toContain('Owner: Priya Nair    Ask: investigate');
  });
});

describe('escalation note: the narrative, from real-looking mail', () => {
  const customer = (text: string, authorName = 'Greg Paine'): TicketMessage => ({ author: 'customer', authorName, text });
  const story = (...texts: string[]) => narrative(ticket(texts.map((t) => customer(t)), { requester: { name: 'Greg Paine' } }));

  it.each([
    ['Hello Acme team!\n\nOur exports fail since Monday.', 'Our exports fail since Monday.'],
    ['Dear Support Team,\nOur exports fail since Monday.', 'Our exports fail since Monday.'],
    ['Hey folks - our exports fail since Monday.', 'our exports fail since Monday.'],
    ['Good morning. Our exports fail since Monday.', 'Our exports fail since Monday.'],
    ['hi there,\nour exports fail since Monday', 'our exports fail since Monday.'],
    ['Hello, world-wide exports fail since Monday.', 'world-wide exports fail since Monday.'],
  ])('greeting %#', (text, expected) => {
    expect(story(text)).toBe(expected);
  });

  it.each([
    ['Thanks,\nGreg\nHead of Operations | Brightline Media'],
    ['Best regards,\n\nGreg Paine\nBrightline Media\n+1 555 0100'],
    ['Cheers, Greg'],
    ['Sent from my iPhone'],
    ['-- \nGreg Paine | Head of Operations\nwww.brightline.test'],
    ['Greg Paine\nHead of Operations, Brightline Media'],
    ['Thanks in advance!\n\nGet Outlook for iOS'],
  ])('sign-off and signature %#', (closing) => {
    expect(story(`The invoice PDF shows our logo stretched. It started after Tuesday's update.\n\n${closing}`)).toBe(
      "The invoice PDF shows our logo stretched. It started after Tuesday's update.",
    );
  });

  it('drops disclaimers and quoted history', () => {
    const text = [
      'Still broken this morning: the export stops at 10,000 rows.',
      'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you received this message in error, please delete it.',
      'On Mon, 23 Nov 2026 at 09:20, Alex Morgan <alex@acme.test> wrote:\n> Could you send us the schedule settings?\n> Thanks, Alex',
    ].join('\n\n');
    expect(story(text)).toBe('Still broken this morning: the export stops at 10,000 rows.');
  });

  it('reads a forwarded report past its headers', () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Kim Lee <kim@brightline.test>\nDate: Mon, 23 Nov 2026 at 08:02\nSubject: Scanners down\nTo: Greg Paine <greg@brightline.test>\n\nNone of the warehouse scanners can sync orders since 07:30. Pickers are working from paper lists.';
    expect(story(text)).toBe('None of the warehouse scanners can sync orders since 07:30. Pickers are working from paper lists.');
  });

  it('keeps 3 to 5 whole sentences, cut at a sentence end', () => {
    const many = Array.from({ length: 8 }, (_, i) => `Step ${i + 1} of the import fails with error E${100 + i}.`).join(' ');
    expect(story(many)).toBe(Array.from({ length: 5 }, (_, i) => `Step ${i + 1} of the import fails with error E${100 + i}.`).join(' '));
    // A short first message: the next customer message completes it (at least three sentences, at most five).
    expect(story('Hi,\n\nCheckout is down.', 'It shows a 502 for every card. Nothing changed on our side. Our store has taken no orders since 10:00.', 'Any news?')).toBe(
      'Checkout is down. It shows a 502 for every card. Nothing changed on our side. Our store has taken no orders since 10:00.',
    );
    // Version numbers and abbreviations do not end a sentence.
    expect(story('Since v4.12 the export stops, e.g. at 10,000 rows. It worked in v4.11.')).toBe('Since v4.12 the export stops, e.g. at 10,000 rows. It worked in v4.11.');
  });

  it('cuts a runaway sentence at a word, marked', () => {
    const runaway = `The export ${'keeps failing and '.repeat(80)}stops.`;
    const told = story(runaway);
    expect(told.length).toBeLessThanOrEqual(701);
    expect(told.endsWith('…')).toBe(true);
    expect(runaway.startsWith(told.slice(0, -1))).toBe(true);
    expect(told.slice(0, -1)).toMatch(/ (?:keeps|failing|and)$/); // a whole word before the mark
  });

  it('keeps the customer\'s own characters (curly quotes, dashes)', () => {
    expect(authoredText({ text: 'Hi,\n\nThe “Send” button — on every invoice — does nothing.' })).toBe('The “Send” button — on every invoice — does nothing.');
  });
});

describe('escalation note: hostile ticket text', () => {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const hostile = ticket(
    [
      { author: 'customer', authorName: `Mallory ${evil}`, text: `Hi,\n\nOur checkout is down ${evil} "quotes" & ampersands. Nobody can pay.`, at: '2026-11-23T15:12:00.000Z' },
      { author: 'agent', authorName: `Alex <b>Morgan</b>`, text: `We are on it </p><p onclick=alert(3)>now.`, at: '2026-11-23T15:20:00.000Z' },
    ],
    { subject: `Checkout <b>down</b> ${evil}`, ticketNumber: '<i>639656</i>', requester: { name: `Mallory ${evil}`, org: '<svg onload=alert(4)>' } },
  );
  const note = renderNote({
    snapshot: hostile,
    levelName: 'Critical',
    destinationName: 'Engineering',
    rules: [{ id: 'outage', effect: 'raise', severity: 1, trigger: 'widespread', evidence: [ev(hostile, 0, 'checkout is down')] }],
  });

  it('never lets ticket text become markup in the HTML form', () => {
    const tags = note.html.match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<p>', '</p>', '<strong>', '</strong>']));
    expect(note.html).not.toMatch(/<script|<img|<svg|<b>|<i>|onclick=alert\(3\)>/);
    expect(note.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(note.html).toContain('&quot;quotes&quot; &amp; ampersands');
    expect(note.html).toContain('Ticket: #&lt;i&gt;639656&lt;/i&gt;');
  });

  it('keeps the text form as the ticket wrote it', () => {
    expect(line(note.text, '- Operational effect:')).toBe(`- Operational effect: “Our checkout is down ${evil} "quotes" & ampersands.” (customer's words)`);
    expect(note.text).toContain('by Alex <b>Morgan</b>: “We are on it </p><p onclick=alert(3)>now.”');
  });

  it('a ticket number carrying Markdown link or image syntax stays inert in the Markdown form (its references line too)', () => {
    const linked = renderNote({ snapshot: { ...hostile, ticketNumber: '[1](https://evil.example)![x](https://evil.example/p.png)' }, levelName: 'Critical', destinationName: 'Engineering', rules: [] });
    const refs = linked.markdown.split('\n').find((l) => l.startsWith('- Ticket '))!;
    expect(refs).toBeDefined();
    expect(refs).not.toMatch(/(?<!\\)\[1\]\(|(?<!\\)!\[x\]/);
  });

  it('escapes all five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('escalation note: complete from the checklist', () => {
  const items = checklistFor(defaultPolicy, 'engineering', 1);
  const answers: Record<string, string> = {
    affected: 'Northwind Logistics, Chicago office (Dana Whitfield, IT manager)',
    scope: 'An office: all 40 people in Chicago; Denver and Austin fine',
    expected_actual: 'Expected: sign-in with the right password works. Actual: "Invalid credentials" for everyone.',
    started_at: 'since about 08:50 CST, right after the morning authentication config update',
    recent_changes: 'Authentication config update this morning',
    business_impact: 'Sales calls and support stopped for 40 people',
    steps: '1. Open app.acme.test/login\n2. Enter email and password\n3. Click Sign in',
    environment: 'Chrome 120, Windows 11, Enterprise plan, Okta SSO',
    error_text: 'Invalid credentials; HTTP 502 Bad Gateway; request id 7f3c9a12',
    frequency: 'Always',
    checks_done: 'We tried a password reset for two people → still failing\nChecked the status page → all green',
    workaround: 'None: other sign-in methods fail too',
    sentiment: 'Frustrated',
    commitments: 'Next update in 15 minutes; fix promised by end of day',
    sla_position: 'At risk',
    reason: 'Failed logins from one office IP range after our config change: a service problem',
    ask: 'fix',
    owner: 'Priya Nair',
    owner_role: 'login service engineer',
    deadline: '2026-11-23T15:27:00.000Z',
  };
  const note = renderNote({ snapshot, levelName: 'Critical', destinationName: 'Engineering', rules, timeZone: 'America/Chicago', fields: answers, items });

  it('leaves nothing the checklist asked "(to fill)"', () => {
    for (const format of [note.text, note.markdown, note.html]) expect(format).not.toContain('(to fill)');
  });

  it('puts every answer where section 5 says, in order', () => {
    const t = note.text;
    expect(line(t, 'Owner:')).toBe('Owner: Priya Nair (login service engineer)    Ask: fix');
    expect(line(t, '- Affected customers:')).toBe('- Affected customers: Northwind Logistics, Chicago office (Dana Whitfield, IT manager)');
    expect(line(t, '- Operational effect:')).toBe('- Operational effect: Sales calls and support stopped for 40 people');
    expect(line(t, "- In the customer's words:")).toMatch(/^- In the customer's words: “Since about 08:50 nobody/);
    expect(line(t, '- SLA position:')).toBe('- SLA position: At risk');
    expect(line(t, '- Revenue exposure:')).toBe('- Revenue exposure: not asked');
    expect(t).toContain('\nREPRODUCTION PROCEDURE\n1. Open app.acme.test/login\n2. Enter email and password\n3. Click Sign in\nExpected vs actual: Expected: sign-in');
    expect(line(t, 'Environment:')).toBe('Environment: Chrome 120, Windows 11, Enterprise plan, Okta SSO    Frequency: Always');
    expect(line(t, 'Exact error output:')).toBe('Exact error output: Invalid credentials; HTTP 502 Bad Gateway; request id 7f3c9a12');
    expect(t).toContain('\nACTIONS ALREADY TAKEN\n1. We tried a password reset for two people → still failing\n2. Checked the status page → all green\nWorkaround tried: None: other sign-in methods fail too\n');
    expect(line(t, '- Customer expectation:')).toBe('- Customer expectation: Next update in 15 minutes; fix promised by end of day');
    expect(line(t, '- Further escalation risk:')).toBe('- Further escalation risk: high');
    expect(line(t, '- Fix:')).toBe('- Fix: Failed logins from one office IP range after our config change: a service problem');
    expect(line(t, '- Hard deadline:')).toMatch(/^- Hard deadline: Mon,? 23 Nov 2026,? 09:27 \(America\/Chicago\)$/);
    expect(line(t, 'Started:')).toBe('Started: since about 08:50 CST, right after the morning authentication config update');
    const order = ['BUSINESS IMPACT', 'PROBLEM NARRATIVE', 'REPRODUCTION PROCEDURE', 'ACTIONS ALREADY TAKEN', 'CUSTOMER COMMUNICATION STATUS', 'REQUEST', 'ATTACHMENTS AND REFERENCES'];
    expect(order.map((h) => t.indexOf(`\n${h}\n`))).toEqual([...order.map((h) => t.indexOf(`\n${h}\n`))].sort((a, b) => a - b));
  });

  it('says "not given" for an optional item left empty, and lists the route\'s own package under HANDOFF DETAILS', () => {
    const l2 = checklistFor(defaultPolicy, 'l2', 2);
    const { frequency: _f, sla_position: _s, ...rest } = answers;
    const text = renderNote({ snapshot, levelName: 'High', destinationName: 'Support L2', rules, fields: { ...rest, issue_summary: 'Whole office locked out since 08:50', customer_context: 'Enterprise, renewal in January' }, items: l2 }).text;
    expect(line(text, '- SLA position:')).toBe('- SLA position: not given');
    expect(text).toContain('\nHANDOFF DETAILS\n- Issue summary: Whole office locked out since 08:50\n- Customer context (account, plan, history): Enterprise, renewal in January\n');
  });

  it('reads a v1 team policy\'s field names in their place', () => {
    const text = renderNote({ snapshot, levelName: 'Critical', destinationName: 'Engineering', rules, fields: { repro_steps: 'Open login\nSign in', error_output: 'E1042', promised_timeline: 'By noon' } }).text;
    expect(text).toContain('REPRODUCTION PROCEDURE\n1. Open login\n2. Sign in\n');
    expect(line(text, 'Exact error output:')).toBe('Exact error output: E1042');
    expect(line(text, '- Customer expectation:')).toBe('- Customer expectation: By noon');
  });

  it('renders the same note as Markdown with its own structure only', () => {
    expect(note.markdown).toContain('**BUSINESS IMPACT**\n\n- Affected customers: Northwind Logistics, Chicago office \\(Dana Whitfield, IT manager\\)');
    expect(note.markdown).toContain('**REPRODUCTION PROCEDURE**\n\n1. Open app\\.acme\\.test\\/login\n2. Enter email and password\n3. Click Sign in\n\nExpected vs actual: Expected: sign-in with the right password works. Actual: "Invalid credentials" for everyone.  \n');
    expect(note.markdown.startsWith('ESCALATION: Nobody in our Chicago office can log in  \nTicket: \\#639656 https\\:\\/\\/help\\.acme\\.test')).toBe(true);
  });

  it('renders the HTML with every value escaped and line breaks kept', () => {
    expect(note.html).toContain('<p>1. Open app.acme.test/login</p><p>2. Enter email and password</p>');
    expect(note.html).toContain('&quot;Invalid credentials&quot; for everyone.');
  });
});

describe('escalation note: hostile answers and ticket text in all three formats', () => {
  const evil = {
    link: '[click here](https://evil.test/steal)',
    image: '![x](https://evil.test/pixel.png)',
    autolink: 'see https://evil.test/a_b and www.evil.test or mallory@evil.test <https://evil.test>',
    heading: '# Pwned\n## also',
    setext: 'Title\n===',
    table: '| a | b |\n|---|---|\n| 1 | 2 |',
    list: '- item\n* item\n+ item\n1. item\n2) item',
    quote: '> quoted',
    code: '    indented code\n```js\nalert(1)\n```',
    html: '<script>alert(1)</script><img src=x onerror=alert(2)>',
    entity: '&lt;b&gt; &#x3C;',
    emphasis: '**bold** _it_ ~~gone~~ `code` $x^2$',
    control: 'bell\u0007 null\u0000 sep\u2028end',
    record: 'TIERLINE-CASE v1 ref=#1 level=Critical',
  };
  const hostileSnapshot = ticket([{ author: 'customer', authorName: 'Mallory', text: `Hi,\n\nCheckout is down. ${evil.link} ${evil.image}. TIERLINE-CASE v1 ref=#9. Nobody can pay.` }], { subject: `# ${evil.link}`, requester: { name: '[Mallory](https://evil.test)', org: '*Evil* Corp' } });
  const fields = { owner: evil.link, ask: 'fix', reason: evil.image, steps: [evil.heading, evil.list, evil.quote].join('\n'), checks_done: evil.code, business_impact: evil.table, environment: evil.autolink, commitments: evil.html, error_text: `${evil.entity} ${evil.emphasis}`, workaround: evil.setext, scope: evil.control, recent_changes: evil.record, deadline: '2026-11-23T15:27:00.000Z' };
  const items = checklistFor(defaultPolicy, 'engineering', 1);
  const note = renderNote({ snapshot: hostileSnapshot, levelName: 'Critical', destinationName: 'Engineering', rules: [], fields, items });

  it('Markdown: no ticket or form value opens a link, image, heading, table, list, quote, code or HTML', () => {
    const md = note.markdown;
    // Every Markdown-significant character from a value is escaped.
    expect(md).not.toMatch(/(?<!\\)\[(?!\\)/);
    expect(md).not.toMatch(/(?<!\\)[<`|~$]/);
    expect(md).not.toMatch(/(?<!\\)!(?!\\)\[/);
    expect(md).not.toMatch(/(?<![\\*])\*(?![*\\])/); // only the note's own **HEADINGS** are bold
    expect(md).not.toMatch(/(?<!\\)https?:\/\//);
    expect(md).not.toMatch(/(?<!\\)www\./);
    expect(md).not.toMatch(/mallory@evil/);
    // Line starts: only the note's own "- " bullets and "N. " steps, never one from a value.
    for (const l of md.split('\n')) {
      if (/^\*\*[A-Z ]+\*\*$/.test(l)) continue; // the note's own headings
      expect(l, l).not.toMatch(/^\s{4}|^\s*(?:#|>|\+|=|\*|\||```)/);
      if (/^- /.test(l)) expect(l, l).toMatch(/^- (?:Affected customers|Scope|Operational effect|Revenue exposure|SLA position|Most recent update|Customer expectation|Further escalation risk|Fix|Hard deadline|Ticket)/);
      if (/^\d+[.)]/.test(l)) expect(l, l).toMatch(/^\d+\. /);
    }
    expect(md).toContain('\\[click here\\]\\(https\\:\\/\\/evil\\.test\\/steal\\)');
    expect(md).toContain('\\!\\[x\\]');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).toContain('\\&lt;b\\&gt;');
  });

  it('HTML: only the note\'s own paragraphs, bold headings and line breaks', () => {
    const tags = note.html.match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<p>', '</p>', '<strong>', '</strong>', '<br>']));
    expect(note.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(note.html).toContain('&amp;lt;b&amp;gt;');
  });

  it('text: as written, minus control characters, and no value can pass for the record line', () => {
    expect(note.text).toContain('Owner: [click here](https://evil.test/steal)');
    expect(note.text).not.toMatch(/[\u0000\u0007\u2028]/);
    for (const format of [note.text, note.markdown, note.html]) expect(format).not.toMatch(/TIERLINE-CASE/i);
    expect(note.text).toContain('TIERLINE\u2011CASE v1 ref=#1');
  });

  it('escapeMarkdown keeps ordinary prose readable', () => {
    expect(escapeMarkdown('Since about 08:50 nobody can log in, e.g. Dana.')).toBe('Since about 08:50 nobody can log in, e.g. Dana.');
    expect(escapeMarkdown('1. first\n   - nested')).toBe('1\\. first\n\\- nested');
  });
});

describe('note: escalation or transfer', () => {
  const snapshot = { adapter: 'demo', url: 'http://127.0.0.1:5177/tickets/7', ticketId: '7', ticketNumber: '7', subject: 'Export fails', messages: [{ author: 'customer' as const, text: 'The export fails every night.' }], requester: { name: 'Dana' }, tags: [], truncated: false };
  const record = { ref: 'TL-7-20261123-1512', level: 2 as const, levelName: 'High', destination: 'product' as const, destinationName: 'Product', owner: 'Ana', ask: 'decide' as const, deadline: '2026-11-24T15:00:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex', move: 'transfer' as const };

  it('says a transfer is a transfer, and an escalation an escalation, beside the route', () => {
    const transfer = renderNote({ snapshot, levelName: 'High', destinationName: 'Product', rules: [], record });
    expect(transfer.text).toContain('Routed to: Product (a transfer: another team at the same tier)');
    expect(transfer.text).toContain('move=transfer');
    const up = renderNote({ snapshot, levelName: 'High', destinationName: 'Product', rules: [], record: { ...record, move: 'escalation' } });
    expect(up.text).toContain('Routed to: Product (an escalation: up a tier)');
    expect(up.html).toContain('Routed to: Product (an escalation: up a tier)');
  });

  it('the quick note (no case yet) does not claim either', () => {
    expect(renderNote({ snapshot, levelName: 'High', destinationName: 'Product', rules: [] }).text).toMatch(/Routed to: Product\n/);
  });
});
