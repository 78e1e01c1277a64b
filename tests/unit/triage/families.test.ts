/**
 * Recall of the families issue 11 lists as missed: each with tickets in several voices
 * (terse, non-native, forwarded, calm) that must fire it and near misses that must not.
 * Sentences written for these tests, not copied from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { customer, run, ruleIds, thread, expectRoute, RULES_ONLY } from './helpers';



describe('security first', () => {
  it('suspicious sign-ins and unknown locations', () => {
    expectRoute('We got an alert that someone signed in to our admin account from Brazil at 3am. Nobody on our team is there.', 1, 'security');
    expectRoute('hi, there are login on my account from unknown location, not me. please check', 1, 'security');
    expectRoute('The sign-in history shows logins last night that were not us.', 1, 'security');
  });
  it('a caller taking over an account', () => {
    expectRoute('Someone phoned your support pretending to be me and got the account email changed to theirs. I am now locked out.', 1, 'security');
    expectRoute('A caller convinced our receptionist to read out the reset code and now they control our admin login.', 1, 'security');
  });
  it("a removed user's token or session still in use", () => {
    expectRoute('We removed Marco from the workspace on Friday but his API token is still pulling reports this morning.', 1, 'security');
    expectRoute('---------- Forwarded message ---------\nFrom: IT <it@example.com>\n\nWe revoked the key for the old integration, the key still works when we test it.', 1, 'security');
  });
  it("another customer's data visible", () => {
    expectRoute('In our dashboard there are orders from another customer of yours, not our shop.', 1, 'security');
  });
  it('a vulnerability report', () => {
    expectRoute('I want to report a vulnerability: your password reset endpoint leaks whether an email exists.', 2, 'security');
  });
  it('near misses stay out of security', () => {
    for (const text of [
      'How do I see which devices are signed in to my account?',
      'We removed Anna from the team today. How do we revoke her API token?',
      'Can I import contacts from another account we own into this one?',
      "I can't log in, it's not me only, my colleague too.",
    ]) expect(run(customer(text)).destination, text).not.toBe('security');
  });
});

describe('data overwritten or replaced by an import or sync', () => {
  it('fires for the thing overwritten, either word order', () => {
    expectRoute("After the nightly sync from HubSpot our deal amounts were overwritten with last year's figures.", 1, 'engineering');
    expectRoute('The CSV import replaced all the phone numbers of our contacts with empty values.', 1, 'engineering');
  });
  it('a question before importing is not a loss', () => {
    expect(ruleIds(run(customer('Before we run it: will the CSV import overwrite existing contacts or skip them?')))).not.toContain('data-loss');
  });
});

describe('an app that crashes or closes', () => {
  it('is a defect', () => {
    expect(run(customer('app keep closing itself when i tap on reports')).severity).toBe(3);
    expect(ruleIds(run(customer('The Android app force closes on the scan screen.')))).toContain('bug');
  });
  it('a closing as a plan is not', () => {
    expect(ruleIds(run(customer('We are closing the office for the holidays, can the auto-reply say so?')))).not.toContain('bug');
  });
});

describe('a feature request phrased as a question or a bare "add X"', () => {
  it('goes to Product at Low', () => {
    expectRoute('Do you have an integration with Pipedrive?', 4, 'product');
    expectRoute('pls add export to pdf for the timesheets', 4, 'product');
    expectRoute('Add a bulk delete button to the contacts list.', 4, 'product');
    expectRoute('Is there a way to get a Gantt view in a future version?', 4, 'product');
  });
  it('a how-to question is not a request', () => {
    expectRoute('Do you have a guide for exporting contacts?', 4, 'support');
    expect(run(customer('Add the user first, then assign the role. Where do I find roles?')).destination).toBe('support');
  });
});

describe('orders, payments or messages partly not arriving', () => {
  it('is a partial core failure (High, L2)', () => {
    expectRoute('About a third of our web shop orders are not reaching the order list since Tuesday.', 2, 'l2');
    expectRoute('Part of our invoice emails never arrive at the customers, others do.', 2, 'l2');
  });
  it('messages that do not arrive are not lost data', () => {
    expect(ruleIds(run(customer('Part of our invoice emails never arrive at the customers, others do.')))).not.toContain('data-loss');
  });
  it('all arriving again is not a problem', () => {
    expect(run(customer('All our orders are coming through fine again now, thanks for fixing it.')).severity).toBe(4);
  });
});

describe('checkout or invoicing blocked, said calmly or in non-native English', () => {
  it('is Critical for the whole customer', () => {
    expectRoute('Hello, from this morning is not possible for us to make invoice, the button give nothing. Thank you.', 1, 'l2');
    expectRoute("Checkout hasn't been working since about 9. Customers reach the payment step and it just sits there.", 1, 'l2');
  });
  it('a question about invoicing is not', () => {
    expect(run(customer('Is it possible to make an invoice in euros for one client?')).severity).toBe(4);
  });
});

describe('an outage said as "everyone is stuck on the spinner"', () => {
  it('is an outage', () => {
    expectRoute('Everyone here is stuck on the loading spinner after logging in.', 1, 'engineering');
  });
  it('a spinner that looks wrong is cosmetic', () => {
    expect(run(customer('The spinner icon looks blurry on retina screens.')).severity).toBe(4);
  });
});

describe('an inbound channel that stopped', () => {
  it('is one channel fully blocked (High)', () => {
    expectRoute('No emails have come into our shared inbox since last night. Normally we get around 200 a day.', 2, 'l2');
    expectRoute('The chat widget on our site stopped passing messages to the agents this morning.', 2, 'l2');
  });
  it('a question about the inbox is not', () => {
    expect(run(customer('How do I stop newsletters from coming into the shared inbox?')).severity).toBe(4);
  });
});

describe('an HTTP 403 on a module', () => {
  it('blocks the module (High)', () => {
    expectRoute('Every time we open the Reports module we get a 403 Forbidden.', 2, 'l2');
  });
  it('for one user while a colleague gets in, it is their permissions (Medium, support)', () => {
    expectRoute('I get a 403 when I open Payroll settings. My colleague with the same role opens it fine.', 3, 'support');
  });
  it('a question about what 403 means is a how-to', () => {
    expect(run(customer('What does a 403 mean in your API docs, is it a permissions thing?')).severity).toBe(4);
  });
});

describe('a workaround said as "if I do X it works"', () => {
  it('lowers to Medium and keeps it in support', () => {
    expectRoute('Uploading the PDF fails, but if I rename the file without spaces it works.', 3, 'support');
    expectRoute('export fail. if we choose smaller period, then it works', 3, 'support');
  });
  it('a question with "if" is not a workaround', () => {
    expect(ruleIds(run(customer('If I delete a user, will their tickets stay assigned?')))).not.toContain('workaround');
  });
});

describe('an executive asking', () => {
  it('on a high-value account goes to leadership', () => {
    const s = run(customer('Our CFO is asking when the calendar sync will work again.', { requester: { plan: 'enterprise' } }));
    expect(s.destination).toBe('leadership');
  });
  it('on any other account sends it to L2 with the emotion flag', () => {
    const s = run(customer("I've cc'd our managing director, the calendar sync is still broken."));
    expect(s.destination).toBe('l2');
    expect(s.emotionFlag).toBe(true);
  });
  it('an executive who is pleased is not an escalation', () => {
    expect(ruleIds(run(customer('Our CEO loves the new dashboard, thanks.')))).not.toContain('exec');
  });
});

describe('internal notes: an SLA about to breach, other customers reporting', () => {
  it('an SLA breaching at a stated time is a risk, not a breach', () => {
    const s = run(thread(['customer', 'The date filter on the reports page ignores the end date.'], ['internal', 'SLA for this account breaches at 15:00 today.']));
    expect(ruleIds(s)).toContain('sla-risk');
    expect(ruleIds(s)).not.toContain('sla-breached');
    expect(s.severity).toBe(2);
  });
  it('other customers reporting the same makes it widespread, for Engineering', () => {
    // The rules' level: the second reading takes it on to Critical (several customers, section 2).
    const s = run(thread(['customer', 'The date filter on the reports page ignores the end date.'], ['internal', 'Three other customers reported the same thing this morning.']), RULES_ONLY);
    expect({ severity: s.severity, destination: s.destination }, s.summary).toEqual({ severity: 2, destination: 'engineering' });
  });
  it('a plain question about the SLA is not a risk', () => {
    expect(ruleIds(run(customer('What is your SLA for response times?')))).not.toContain('sla-risk');
  });
});
