/**
 * Issue 11, item 3: context (past events and fixes, conditionals, beliefs, reassurances,
 * keywords with no event, scare quotes), word senses, and internal-note diagnoses that
 * lower or refute a claim. Each rule with a ticket it changes and one it must not.
 * Sentences written for these tests, not copied from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { TriageInput } from '../../../src/triage/types';
import { customer, run, ruleIds, thread } from './helpers';

const ids = (text: string | TriageInput) => ruleIds(run(typeof text === 'string' ? customer(text) : text));

describe('past events and past fixes', () => {
  it('"used to" is past without another past verb; "has been fine since" is a recovery', () => {
    const s = run(customer('The app used to crash on startup last month, since the update it has been fine. Thanks!'));
    expect(ruleIds(s)).not.toContain('bug');
    expect(ruleIds(s)).not.toContain('regression');
    expect(s.severity).toBe(4);
  });
  it('a problem that is still there is not past', () => {
    expect(ids('The app used to be fast, now it crashes on startup every morning.')).toContain('bug');
    expect(ids('Since the update the sync has been failing for us.')).toContain('regression');
  });
  it("last year's figures are data, not a past event", () => {
    expect(ids("After the nightly sync our deal amounts were overwritten with last year's figures.")).toContain('data-loss');
    expect(ids("Last week's outage was resolved quickly, thanks. Could you share the incident report?")).not.toContain('outage');
  });
});

describe('conditionals and beliefs', () => {
  it('a question about what would happen is not an event', () => {
    expect(ids('If the sync fails at night, do we lose the orders or are they retried?')).not.toContain('data-loss');
    expect(ids('In case the payment page goes down on launch day, who do we call?')).not.toContain('outage');
  });
  it('a belief is not an event', () => {
    expect(ids('I thought the project was deleted, but my colleague found it in the archive. All good.')).not.toContain('data-loss');
    expect(run(customer('We were worried our data was lost after the migration, but everything is there.')).severity).toBe(4);
  });
  it('a belief corrected by the facts still reports the facts', () => {
    expect(ids('We thought it was fixed, but all our contacts are gone again.')).toContain('data-loss');
  });
  it('a reassurance is not a problem', () => {
    expect(run(customer("Don't worry, no data was lost and we are not blocked, the colour of the header just looks off.")).severity).toBe(4);
  });
});

describe('keywords with no event, and scare quotes', () => {
  it('"outage" as the topic of a question or a document', () => {
    expect(ids('Where can I see your outage history for the last year?')).not.toContain('outage');
    expect(ids('Our auditors want your data breach response plan. Can you send it?')).not.toContain('security');
  });
  it('an outage stated as an event still counts', () => {
    expect(ids('We have an outage right now, nobody can reach the portal.')).toContain('outage');
  });
  it('a word in scare quotes is held at a distance', () => {
    expect(ids('The "outage" yesterday was our office wifi, sorry. Please close this.')).not.toContain('outage');
    expect(ids('The page says "Service unavailable" for everyone in the company.')).toContain('outage');
  });
});

describe('word senses', () => {
  it('"gone out" is sent', () => {
    expect(run(customer('All invoices have gone out this morning, thanks for the quick help.')).severity).toBe(4);
    expect(run(customer('None of our customer letters (invoices, receipts) have gone out since Friday.')).severity).toBe(1);
  });
  it('"one of our team" is one person, not a team', () => {
    const s = run(customer('One of our team gets an error when saving drafts.'));
    expect(ruleIds(s)).toContain('one-user');
    expect(s.severity).toBe(3);
  });
  it('a group counted in the same text still wins over "one of our reps"', () => {
    expect(ids('It began with one of our reps, now everyone in the company gets the sync error.')).toContain('widespread');
  });
  it('"all worker pods" is not all users', () => {
    expect(ids('All worker pods restarted overnight on our self-hosted install and the queue is slow now.')).not.toContain('widespread');
    expect(ids('All our workers are getting the error when clocking in.')).toContain('widespread');
  });
  it('"nobody" inside a denial is not breadth', () => {
    expect(ids('Nobody here changed anything, but the date filter ignores the end date since Monday.')).not.toContain('widespread');
    expect(ids('None of us touched the SSO config and now the login page loops for me.')).not.toContain('login-widespread');
    expect(ids('Nobody in the office can log in since 9.')).toContain('login-widespread');
  });
});

describe('internal-note diagnoses lower or refute a claim', () => {
  it('"not a security event" refutes a security report', () => {
    const s = run(thread(['customer', 'We got a password reset email nobody here asked for. Is our account hacked?'], ['internal', 'Audit log: the reset was triggered by their own admin. Not a security event.']));
    expect(s.destination).not.toBe('security');
    expect(ruleIds(s)).toContain('note-not-security');
  });
  it('the same words from the customer do not refute anything', () => {
    const s = run(thread(['customer', 'Someone logged in to our admin from Vietnam. Probably not a security event but please check.']));
    expect(s.destination).toBe('security');
  });
  it('two separate subscriptions are not a double charge', () => {
    const s = run(thread(['customer', 'You charged us twice this month, two payments of 49 EUR on the card!'], ['internal', 'Two separate subscriptions (EU and US workspace), not a double charge.']));
    expect(ruleIds(s)).not.toContain('billing-error');
    expect(s.severity).toBe(3);
  });
  it('their own configuration keeps it in support at Medium', () => {
    const s = run(thread(['customer', 'None of our invoice emails reach our clients since this morning.'], ['internal', 'Their own SPF record is missing our include: their own DNS settings, not a bug on our side.']));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 3, destination: 'support' });
  });
  it('a documented limit keeps it in support', () => {
    const s = run(thread(['customer', 'The export stops at 10,000 rows, the rest of the report is not in the file.'], ['internal', "That's the documented limit for the Starter plan."]));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 3, destination: 'support' });
  });
  it('working as designed is a design question for Product', () => {
    const s = run(thread(['customer', 'Every time we approve a timesheet we have to open it again to lock it.'], ['internal', 'Works as designed: approve and lock are separate steps.']));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 3, destination: 'product' });
  });
  it('"not intended" is not a diagnosis of intended behaviour', () => {
    expect(ids(thread(['customer', 'Every time we approve a timesheet we have to open it again to lock it.'], ['internal', 'This is not intended behaviour, looks like a regression from 4.2.']))).not.toContain('note-intended');
  });
  it('a diagnosis never lowers data loss', () => {
    const s = run(thread(['customer', 'All our contacts are gone from the CRM.'], ['internal', 'Probably their own sync settings.']));
    expect(s.severity).toBe(1);
  });
});
