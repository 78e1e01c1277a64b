import { describe, expect, it } from 'vitest';
import { authoredText, escapeHtml, narrative, renderNote } from '../../../src/handoff/note';
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
    rules: [{ id: 'outage', label: 'Service outage', effect: 'raise', severity: 1, trigger: 'widespread', evidence: [ev(hostile, 0, 'checkout is down')] }],
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

  it('escapes all five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
