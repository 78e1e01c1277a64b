import { describe, expect, it } from 'vitest';
import { customer, run, ruleIds } from './helpers';

describe('negation', () => {
  it('"no data was lost" does not fire data loss', () => {
    const s = run(customer('The nightly job warned about something but no data was lost. What does the warning mean?'));
    expect(ruleIds(s)).not.toContain('data-loss');
    expect(s.severity).toBeGreaterThanOrEqual(3);
  });
  it('"the site is not down" is not an outage', () => {
    expect(ruleIds(run(customer('To be clear the site is not down, only the logo looks blurry on the login page.')))).not.toContain('outage');
  });
  it('"isn\'t a security issue" does not route to security', () => {
    const s = run(customer("This isn't a security issue, but can admins change the session length?"));
    expect(s.destination).not.toBe('security');
  });
  it('"not sure if" is uncertainty, not a hypothetical', () => {
    const s = run(customer("Not sure if it's on your side but the dashboard shows 'Service unavailable' for everyone in our company."));
    expect(s.severity).toBe(1);
  });
  it('a conditional question about losing data is not data loss', () => {
    const s = run(customer('What happens to our data if we downgrade? Will we lose our old projects?'));
    expect(ruleIds(s)).not.toContain('data-loss');
  });
});

describe('quoted history, signatures and disclaimers', () => {
  it('quoted lines (">") and "On … wrote:" do not fire rules', () => {
    const text = 'Thanks, the export works again.\n\nOn Mon, 16 Nov 2026 at 09:14, Dana <dana@example.com> wrote:\n> Our entire site is down and all our data is lost!\n> This is critical.';
    const s = run(customer(text));
    expect(ruleIds(s)).not.toContain('outage');
    expect(ruleIds(s)).not.toContain('data-loss');
    expect(s.severity).toBeGreaterThanOrEqual(3);
  });
  it('a ">" quote inside a message is ignored even without a header', () => {
    const s = run(customer('> nobody in the office can log in\nThat was Tuesday. How do I add a user?'));
    expect(ruleIds(s)).not.toContain('login-widespread');
  });
  it('URGENT and CONFIDENTIAL in a footer neither flag nor raise', () => {
    const text =
      'Hi, how do I change the currency on a draft quote?\n\nThanks,\nLeo Marsh\nOperations\nURGENT matters: call +44 20 7946 0000\nCONFIDENTIAL: This email and any attachments are intended solely for the named recipient. If received in error all data must be deleted.';
    const s = run(customer(text));
    expect(s.severity).toBe(4);
    expect(s.emotionFlag).toBe(false);
    expect(ruleIds(s)).not.toContain('data-loss');
  });
  it('"-- " separator and "Sent from my iPhone" end the authored text', () => {
    const s = run(customer('Where can I find the API docs?\n-- \nSecurity breach hotline: 555 0100\nSent from my iPhone'));
    expect(s.destination).toBe('support');
    const s2 = run(customer('How do I export contacts?\n\nSent from my iPhone\nThis site is down for everyone'));
    expect(ruleIds(s2)).not.toContain('outage');
  });
});

describe('past and resolved', () => {
  it("last week's resolved outage does not raise", () => {
    const s = run(customer("Last week's outage is resolved, thanks. How do I add a new user?"));
    expect(ruleIds(s)).not.toContain('outage');
    expect(s.severity).toBeGreaterThanOrEqual(3);
    expect(s.destination).toBe('support');
  });
  it('a past incident with a current failure still raises on the current one', () => {
    const s = run(customer("Last week's outage was fixed, but today checkout is failing for every customer."));
    expect(s.severity).toBe(1);
  });
  it('"yesterday\'s report is all zero" is current, not past', () => {
    expect(run(customer("The numbers in yesterday's report are all zero.")).severity).toBe(1);
  });
});

describe('thread order: the latest state counts', () => {
  it('a later "working again now" lowers', () => {
    const s = run({
      messages: [
        { author: 'customer', text: 'The app is down for our whole team!!' },
        { author: 'agent', text: "We had a brief load balancer incident. It's fixed now, can you confirm?" },
        { author: 'customer', text: "Yep, it's back up now. Thanks." },
      ],
    });
    // Nothing asked in the latest message: close it (Low); with a question it stays Medium.
    expect(s.severity).toBe(4);
    expect(s.destination).toBe('support');
    expect(ruleIds(s)).toContain('resolved-closed');
    const asked = run({
      messages: [
        { author: 'customer', text: 'The app is down for our whole team!!' },
        { author: 'customer', text: "It's back up now. What caused it?" },
      ],
    });
    expect(asked.severity).toBe(3);
    expect(ruleIds(asked)).toContain('resolved');
  });
  it("an agent's hedged fix does not close the problem; the customer's \"still\" wins", () => {
    const s = run({
      messages: [
        { author: 'customer', text: 'Invoices are not sending to any client.' },
        { author: 'agent', text: 'Engineering deployed a fix, it should be working again. Please check.' },
        { author: 'customer', text: 'Still the same: we cannot send invoices.' },
      ],
    });
    expect(s.severity).toBe(1);
  });
  it('a later "now it\'s all users" raises', () => {
    const first = run(customer("One of our reps can't log in, says invalid password."));
    const s = run({
      messages: [
        { author: 'customer', text: "One of our reps can't log in, says invalid password." },
        { author: 'agent', text: 'Could they try a password reset?' },
        { author: 'customer', text: "Update: it's not just him, now all 45 people in sales get the same error." },
      ],
    });
    expect(first.severity).toBeGreaterThan(s.severity);
    expect(s.severity).toBe(1);
  });
  it('an internal note adds facts', () => {
    const s = run({
      messages: [
        { author: 'customer', text: "My login isn't working today." },
        { author: 'internal', text: 'Checked: same login error for every account on eu-2, confirmed: affects all EU customers.' },
      ],
    });
    expect(s.severity).toBe(1);
  });
  it("an agent's question does not assert breadth", () => {
    const s = run({
      messages: [
        { author: 'customer', text: "I can't log in, it says my password is incorrect." },
        { author: 'agent', text: 'Is this affecting everyone in your office?' },
      ],
    });
    expect(s.severity).toBe(3);
  });
});

describe('domain.md section 10: the worked example as a thread', () => {
  it('Critical, Engineering — a later note saying "several users" does not narrow "all 40 people"', () => {
    const s = run({
      subject: 'Nobody in our Chicago office can log in',
      messages: [
        { author: 'customer', text: 'Since about 08:50 nobody in our Chicago office can log in. Our other offices work fine. Our sales team cannot take calls.' },
        { author: 'agent', text: 'Could you confirm whether a password reset helps for one affected user?' },
        { author: 'customer', text: 'We tried a password reset for two people, still "Invalid credentials". It is all 40 people in the office.' },
        { author: 'internal', text: 'Checked: failed logins began 08:50, all from one office IP range, after the auth config update. Several users, not one browser.' },
      ],
      requester: { org: 'Northwind Logistics', plan: 'Enterprise' },
    });
    expect(s.severity).toBe(1);
    expect(s.destination).toBe('engineering');
    expect(ruleIds(s)).toContain('login-widespread');
  });
  it('a later explicit "only me" does narrow', () => {
    const s = run({
      messages: [
        { author: 'customer', text: 'Nobody can log in!' },
        { author: 'customer', text: 'Sorry, false alarm: it is only me, my colleagues are fine.' },
      ],
    });
    expect(s.severity).toBeGreaterThanOrEqual(3);
  });
});
