/**
 * Handoff prefill on real-looking threads: several voices, non-native English, forwarded
 * mail, long threads with agent replies and internal notes. Every extractor with positives
 * and negatives; every value carries its source (a quote at its offsets, or a field).
 */
import { describe, expect, it } from 'vitest';
import { prefill, prefillAnswers, prefillText } from '../../../src/handoff/prefill';
import type { PrefillValue } from '../../../src/handoff/prefill';
import { checklistFor } from '../../../src/handoff/checklist';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { TicketMessage, TicketSnapshot } from '../../../src/ticket/snapshot';
import { suggest } from '../../../src/triage';

function ticket(messages: TicketMessage[], extra: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return { adapter: 'demo', url: 'https://help.acme.test/tickets/639656', ticketId: '77', ticketNumber: '639656', subject: 'Login problem', messages, requester: {}, tags: [], truncated: false, ...extra };
}
const customer = (text: string, at?: string): TicketMessage => ({ author: 'customer', authorName: 'Customer', text, ...(at ? { at } : {}) });
const agent = (text: string, at?: string): TicketMessage => ({ author: 'agent', authorName: 'Alex Morgan', text, ...(at ? { at } : {}) });
const internal = (text: string): TicketMessage => ({ author: 'internal', authorName: 'Alex Morgan', text });
const values = (list: PrefillValue[]) => list.map((v) => v.value);

/** Every quote is exactly the message's text at its offsets. */
function expectSourced(snapshot: TicketSnapshot, list: (PrefillValue | null)[]) {
  for (const v of list) {
    if (!v?.evidence) continue;
    const { messageIndex, start, end, quote } = v.evidence;
    expect(snapshot.messages[messageIndex]!.text.slice(start, end)).toBe(quote);
  }
}

const CHICAGO = ticket(
  [
    customer(
      'Hi,\n\nSince about 08:50 nobody in our Chicago office can log in to the dashboard. All 40 people in the office get “Invalid credentials” even with the right password. It started right after last night\'s import. We are on the Enterprise plan, using Chrome 120 on Windows 11 with Okta.\n\nSteps:\n1. Open app.acme.test/login\n2. Enter email and password\n3. Click Sign in\n\nThanks,\nDana Whitfield\nIT Manager, Northwind Logistics',
      '2026-11-23T15:12:00Z',
    ),
    agent('Hi Dana, thanks for the details. We tried a password reset for two people, still failing. I will update you within the hour. Could you try a private window?\n\nBest,\nAlex', '2026-11-23T15:20:00Z'),
    customer('two of us tried incognito, same. Error id: AX-99812, the page shows HTTP 502 Bad Gateway sometimes.\n\nOn Mon, 23 Nov 2026 at 09:20, Alex Morgan wrote:\n> We tried a password reset for two people, still failing.\n> Since yesterday it says "Access denied"'),
    internal('Checked the status page: all green. Cleared the SSO session cache for the tenant. No change. Logs show NullReferenceException in AuthController, request id 7f3c9a12.'),
    agent('We confirmed the issue and engineering is working on the login service. Next update in 15 minutes, and we aim to have a fix by end of day.', '2026-11-23T15:50:00Z'),
  ],
  { requester: { name: 'Dana Whitfield', email: 'dana@northwind.test', org: 'Northwind Logistics' }, subject: 'Nobody in Chicago can log in' },
);

describe('prefill: the worked example (domain.md section 10)', () => {
  const p = prefill(CHICAGO, { timeZone: 'America/Chicago' });

  it('reads requester, organisation, plan and the ticket from the snapshot, saying which field', () => {
    expect(p.requester).toEqual({ value: 'Dana Whitfield <dana@northwind.test>', field: 'requester.name' });
    expect(p.organisation).toEqual({ value: 'Northwind Logistics', field: 'requester.org' });
    expect(p.plan).toMatchObject({ value: 'Enterprise plan', evidence: { messageIndex: 0, quote: 'on the Enterprise plan' } });
    expect(p.ticket).toMatchObject({ value: '#639656 https://help.acme.test/tickets/639656', id: '77', number: '639656', url: 'https://help.acme.test/tickets/639656' });
    expect(prefill({ ...CHICAGO, requester: { ...CHICAGO.requester, plan: 'Business' } }).plan).toEqual({ value: 'Business', field: 'requester.plan' });
  });

  it('finds scope, start time, errors, environment and steps in the customer\'s words', () => {
    expect(values(p.scope)).toEqual(['nobody in our Chicago office', 'All 40 people in the office', 'two of us']);
    expect(values(p.started)).toEqual(['Since about 08:50', "right after last night's import"]);
    expect(values(p.errors)).toEqual(['Invalid credentials', 'Error id: AX-99812', 'HTTP 502 Bad Gateway', 'NullReferenceException', 'request id 7f3c9a12']);
    expect(values(p.environment)).toEqual(['Chrome 120', 'Windows 11', 'Okta', 'SSO', 'Enterprise plan']); // SSO from the internal note
    expect(values(p.steps)).toEqual(['Open app.acme.test/login', 'Enter email and password', 'Click Sign in']);
  });

  it('never takes a fact from quoted history', () => {
    expect(values(p.errors)).not.toContain('Access denied');
    expect(values(p.started)).not.toContain('Since yesterday');
    expect(p.tried.filter((t) => t.value.startsWith('We tried a password reset'))).toHaveLength(1);
  });

  it('says what support tried, with its outcome, from replies and internal notes', () => {
    expect(p.tried.map((t) => t.value)).toEqual([
      'We tried a password reset for two people → still failing',
      'Checked the status page → all green',
      'Cleared the SSO session cache for the tenant → No change',
    ]);
    expect(p.tried[2]!.evidence!.quote).toBe('Cleared the SSO session cache for the tenant. No change.');
  });

  it('lists the commitments made to the customer, from agent replies only, and the last update', () => {
    expect(values(p.commitments)).toEqual(['I will update you within the hour.', 'Next update in 15 minutes, and we aim to have a fix by end of day.']);
    expect(p.lastUpdate).toMatchObject({ at: '2026-11-23T15:50:00Z', evidence: { messageIndex: 4, quote: 'We confirmed the issue and engineering is working on the login service.' } });
    expect(p.lastUpdate!.value).toMatch(/^Mon,? 23 Nov 2026,? 09:50 \(America\/Chicago\), by Alex Morgan: “We confirmed the issue/);
  });

  it('gives every quote at its exact offsets in the message', () => {
    expectSourced(CHICAGO, [p.plan, ...p.scope, ...p.started, ...p.errors, ...p.environment, ...p.steps, ...p.tried, ...p.commitments, p.lastUpdate]);
  });

  it('carries the severity with the rules that fired, from the suggestion', () => {
    const suggestion = suggest(CHICAGO, defaultPolicy, { now: Date.parse('2026-11-23T16:00:00Z') });
    const withSeverity = prefill(CHICAGO, { suggestion });
    expect(withSeverity.severity!.levelName).toBe(suggestion.levelName);
    expect(withSeverity.severity!.value.startsWith(suggestion.levelName)).toBe(true);
    expect(withSeverity.severity!.rules.map((r) => r.id)).toEqual(suggestion.rules.filter((r) => r.effect !== 'flag' || r.evidence.length).map((r) => r.id));
    expect(prefill(CHICAGO).severity).toBeNull();
  });

  it('proposes checklist answers for the fields that name a fact', () => {
    const answers = prefillAnswers(checklistFor(defaultPolicy, 'engineering', 1), p);
    expect(answers.steps).toBe('1. Open app.acme.test/login\n2. Enter email and password\n3. Click Sign in');
    expect(answers.checks_done).toContain('We tried a password reset for two people → still failing\n');
    expect(answers.affected).toBe('Dana Whitfield <dana@northwind.test>, Northwind Logistics');
    expect(answers.environment).toBe('Chrome 120; Windows 11; Okta; SSO; Enterprise plan');
    expect(answers.owner).toBeUndefined();
    expect(prefillText(p, 'ticket')).toBe('#639656 https://help.acme.test/tickets/639656');
  });
});

describe('prefill: scope', () => {
  const scope = (text: string) => values(prefill(ticket([customer(text)])).scope);
  it.each([
    ['About 25 users in our Denver office cannot open invoices.', ['About 25 users in our Denver office']],
    ['only me, my colleagues are fine', ['only me']],
    ['It is happening for 3 stores out of 12.', ['3 stores']],
    ['The whole team is locked out.', ['The whole team']],
    ['Our entire company cannot send payroll.', ['Our entire company']],
    ['several customers report the same thing', ['several customers']],
    ['Everyone at the warehouse sees a blank screen.', ['Everyone at the warehouse']],
    ['Both of us get it, and half of our agents too.', ['Both of us', 'half of our agents']],
    ['we are 8 contractors and all of them cannot login since monday', ['8 contractors', 'all of them']],
  ])('%s', (text, expected) => {
    expect(scope(text)).toEqual(expected);
  });
  it.each([
    'I have 3 questions about the export.',
    'The export stops at 10,000 rows.',
    'All the best, Greg',
    'We upgraded to version 2 last week.',
    // What was tried on a few people is not how many are affected.
    'We tried a password reset for two people, still "Invalid credentials".',
    'I tested it with 2 users and cleared the cache on 3 laptops.',
  ])('no scope in “%s”', (text) => {
    expect(scope(text)).toEqual([]);
  });
});

describe('prefill: start time', () => {
  const started = (text: string) => values(prefill(ticket([customer(text)])).started);
  it.each([
    ['It worked until yesterday, since yesterday evening it fails.', ['since yesterday evening']],
    ['from yesterday it not working for us, please check', ['from yesterday']],
    ['since 2 days the sync is not happen', ['since 2 days']],
    ['Exports broken ever since the update on Tuesday.', ['ever since the update']],
    ['Began 20 minutes ago, all from one IP range.', ['Began 20 minutes ago']],
    ['It started around 9am today.', ['started around 9am today']],
    ['Since v4.12 the report is empty.', ['Since v4.12']],
    ['This is failing following your latest release.', ['following your latest release']],
  ])('%s', (text, expected) => {
    expect(started(text)).toEqual(expected);
  });
  it.each(['Since we are on enterprise, we expected better.', 'After the meeting I will send the list.', 'We open from 9 to 5.'])('no start time in “%s”', (text) => {
    expect(started(text)).toEqual([]);
  });
});

describe('prefill: errors', () => {
  const errors = (text: string, author: 'customer' | 'internal' = 'customer') => values(prefill(ticket([author === 'customer' ? customer(text) : internal(text)])).errors);
  it.each([
    ['When I click Send it says "Something went wrong, please try again later".', ['Something went wrong, please try again later']],
    ['Checkout shows a 502 for every card.', ['shows a 502']],
    ['We get 403 Forbidden on the API since noon.', ['403 Forbidden']],
    ['Import fails with code E1042 each time.', ['code E1042']],
    ['Chrome console: ERR_CONNECTION_RESET and TypeError in main.js', ['ERR_CONNECTION_RESET', 'TypeError']],
    ['The popup reads “Export quota reached”.', ['Export quota reached']],
  ])('%s', (text, expected) => {
    expect(errors(text)).toEqual(expected);
  });
  it('reads logs pasted in internal notes', () => {
    expect(errors('Sentry: trace id 4bf92f3577b34da6, status code 500 Internal Server Error', 'internal')).toEqual(['trace id 4bf92f3577b34da6', 'status code 500 Internal Server Error']);
  });
  it.each([
    'The "Send" button does nothing.',
    'Invoice INV-2231 has the wrong total.',
    'Order 4521 shipped twice, we have 500 customers.',
    'No errors, it just spins.',
    'Our reference is the "Q3 plan".',
  ])('no error in “%s”', (text) => {
    expect(errors(text)).toEqual([]);
  });
  it('ignores what the agent asked about in a reply', () => {
    expect(values(prefill(ticket([customer('It is broken.'), agent('Do you see "Access denied" or error 500?')])).errors)).toEqual([]);
  });
});

describe('prefill: environment', () => {
  const env = (text: string) => values(prefill(ticket([customer(text)])).environment);
  it.each([
    ['using firefox v121.0.1 on macOS Sonoma', ['firefox v121.0.1', 'macOS Sonoma']],
    ['Same on Edge and on my iPhone 15, iOS 17.2', ['Edge', 'iPhone 15', 'iOS 17.2']],
    ['The desktop app version 4.12.1 on Win 11 crashes.', ['desktop app', 'version 4.12.1', 'Win 11']],
    ['Since the Salesforce sync and the QuickBooks Online connector were enabled.', ['Salesforce', 'QuickBooks Online']],
    ['Our Acme Payroll integration is down.', ['Acme Payroll integration']],
  ])('%s', (text, expected) => {
    expect(env(text)).toEqual(expected);
  });
  it.each(['We are on the edge of cancelling.', 'Please open the windows report.', 'It is a chrome-plated part.'.replace('chrome-plated', 'shiny')])('no environment in “%s”', (text) => {
    expect(env(text)).toEqual([]);
  });
  it('does not take the agent\'s question as the customer\'s environment', () => {
    expect(values(prefill(ticket([customer('It fails.'), agent('Are you on Chrome or Safari?')])).environment)).toEqual([]);
  });
});

describe('prefill: steps', () => {
  const steps = (text: string) => values(prefill(ticket([customer(text)])).steps);
  it('reads bulleted steps and sequenced prose', () => {
    expect(steps('To reproduce:\n- go to Settings > Billing\n- click Export\n- choose CSV\nthen nothing happens')).toEqual(['go to Settings > Billing', 'click Export', 'choose CSV']);
    expect(steps('First I open the invoice. Then I click Send. Finally it shows the spinner forever.')).toEqual(['First I open the invoice.', 'Then I click Send.', 'Finally it shows the spinner forever.']);
    expect(steps('1) login as manager\n\n2) open Reports tab\n\n3) press Run')).toEqual(['login as manager', 'open Reports tab', 'press Run']);
  });
  it('does not take a list of people, a single bullet or an agent\'s steps', () => {
    expect(steps('Affected:\n- Anna Kowalski\n- Bo Chen\n- Sam Okafor')).toEqual([]);
    expect(steps('- click Export fails')).toEqual([]);
    expect(values(prefill(ticket([customer('Broken.'), agent('Please:\n1. open Settings\n2. click Reset')])).steps)).toEqual([]);
  });
});

describe('prefill: what support tried', () => {
  const tried = (...messages: TicketMessage[]) => prefill(ticket(messages)).tried.map((t) => t.value);
  it('pairs each attempt with its outcome, in the same or the next sentence', () => {
    expect(tried(internal('Reinstalled the Outlook add-in on her laptop but still not working. Tested with a second test user: works now.'))).toEqual([
      'Reinstalled the Outlook add-in on her laptop → still not working',
      'Tested with a second test user → works now',
    ]);
    expect(tried(agent('I have re-synced your calendar from our side. Unfortunately same error.'))).toEqual(['I have re-synced your calendar from our side → Unfortunately same error']);
    expect(tried(internal('we reproduced on staging with the customer CSV'))).toEqual(['we reproduced on staging with the customer CSV → outcome not stated']);
  });
  it('leaves out requests, questions, plans and the customer\'s own attempts', () => {
    expect(tried(agent('Could you try clearing the cache? Please restart the app. We will check the logs tomorrow. Have you tried another browser?'))).toEqual([]);
    expect(tried(customer('We tried Chrome and Edge and cleared the cache, same result.'))).toEqual([]);
  });
});

describe('prefill: commitments', () => {
  const commitments = (...messages: TicketMessage[]) => values(prefill(ticket(messages)).commitments);
  it.each([
    ['We will get back to you by end of day.'],
    ["I'll call you tomorrow morning with an update."],
    ['You will hear from us within 2 hours.'],
    ['Next update in 30 minutes.'],
    ["We'll refund the duplicate charge."],
  ])('“%s”', (text) => {
    expect(commitments(agent(text))).toEqual([text]);
  });
  it('is not a commitment: a customer\'s demand, a question, a note, or no time', () => {
    expect(commitments(customer('We need this fixed by end of day.'))).toEqual([]);
    expect(commitments(agent('Could you send the file by Friday?'))).toEqual([]);
    expect(commitments(internal('I will update them by 3pm.'))).toEqual([]);
    expect(commitments(agent('Our office is open until 5pm.'))).toEqual([]);
  });
});

describe('prefill: the last update', () => {
  it('is the last public reply, never an internal note; none when nobody replied', () => {
    const s = ticket([customer('Broken.'), agent('We are looking into it.', '2026-11-23T15:20:00Z'), internal('Escalating to L2.')]);
    expect(prefill(s).lastUpdate).toMatchObject({ at: '2026-11-23T15:20:00Z', evidence: { messageIndex: 1, quote: 'We are looking into it.' } });
    expect(prefill(ticket([customer('Broken.'), internal('Escalating.')])).lastUpdate).toBeNull();
  });
});

describe('prefill: a forwarded report from a non-native writer', () => {
  const s = ticket([
    customer(
      '---------- Forwarded message ---------\nFrom: Kim Lee <kim@brightline.test>\nDate: Mon, 23 Nov 2026 at 08:02\nSubject: Scanners down\n\nHello, from this morning none of the warehouse scanners can sync the orders, all 12 devices show "Sync failed (code 17)". We use android 13 and the app version 3.8.2. I was first restarting one scanner. Then I logout and login again. Then it still show same error.',
    ),
  ]);
  const p = prefill(s);
  it('reads the forwarded text itself', () => {
    expect(values(p.started)).toEqual(['from this morning']);
    expect(values(p.scope)).toEqual(['all 12 devices']);
    expect(values(p.errors)).toEqual(['Sync failed (code 17)']);
    expect(values(p.environment)).toEqual(['android 13', 'app version 3.8.2']);
    expect(values(p.steps)).toEqual(['I was first restarting one scanner.', 'Then I logout and login again.', 'Then it still show same error.']);
    expectSourced(s, [...p.started, ...p.scope, ...p.errors, ...p.environment, ...p.steps]);
  });
});

describe('prefill: hostile and huge input', () => {
  it('stays fast and bounded on pathological text', () => {
    const evil = [
      'since '.repeat(3_000),
      '"'.repeat(5_000),
      `${'1. '.repeat(2_000)}\n`,
      `error ${'a-'.repeat(5_000)}`,
      'We tried '.repeat(2_000),
      `${'all '.repeat(2_000)}people`,
    ];
    const s = ticket(evil.map((text, i) => (i % 2 ? agent(text) : customer(text))));
    const started = performance.now();
    const p = prefill(s);
    expect(performance.now() - started).toBeLessThan(500);
    for (const list of [p.scope, p.started, p.errors, p.environment, p.steps, p.tried, p.commitments]) expect(list.length).toBeLessThanOrEqual(12);
  });
  it('keeps markup as text (the note escapes it later)', () => {
    const p = prefill(ticket([customer('It says "<img src=x onerror=alert(1)> failed" since 09:00.')]));
    expect(values(p.errors)).toEqual(['<img src=x onerror=alert(1)> failed']);
  });
  it('copes with an empty ticket', () => {
    const p = prefill(ticket([], { url: '', ticketNumber: undefined as unknown as string }));
    expect(p).toMatchObject({ requester: null, organisation: null, plan: null, scope: [], started: [], errors: [], steps: [], tried: [], commitments: [], lastUpdate: null });
  });
});
