import { describe, expect, it } from 'vitest';
import { customer, run, ruleIds } from './helpers';

// Impact said without the obvious word: the engine reads subject + predicate combinations.
describe('paraphrased impact', () => {
  const critical: [string, string][] = [
    ['orders stopped', 'Orders stopped coming through since 9am.'],
    ['nobody can get in', 'Nobody in the Chicago office can get in this morning.'],
    ['report all zero', "The numbers in yesterday's report are all zero."],
    ['object then failure, any order', "Roughly every time, creating an invoice ends with 'Something went wrong'. We can't bill anyone."],
    ['silent loss', 'POST /v1/contacts returns 201 but the contacts never show up anywhere. None of them exist.'],
    ['zero since', 'We normally get 20 bookings a day and have had zero since yesterday.'],
    ['every request', "Every request from our backend started coming back 'invalid signature' at 06:00 UTC."],
  ];
  for (const [name, text] of critical) {
    it(`Critical: ${name}`, () => expect(run(customer(text)).severity).toBe(1));
  }
  it('a failure in one clause does not pin an object in another', () => {
    const s = run(customer('Invoices go out fine, but the logo on the settings page is missing.'));
    expect(ruleIds(s)).not.toContain('business-blocked');
  });
  it('"the missing signature" is an adjective, not lost data', () => {
    expect(ruleIds(run(customer('Our legal team asked about the missing DPA signature in the data processing terms.')))).not.toContain('data-loss');
  });
  it('data stated as safe turns "empty" into a display bug', () => {
    const s = run(customer('The pipeline board is empty for me, but the deals are still there in search.'));
    expect(ruleIds(s)).not.toContain('data-loss');
  });
  it('a "not" inside quoted error text is the error, not a negation', () => {
    expect(ruleIds(run(customer("Three people get 'user not assigned' errors when they sign in.")))).toContain('bug');
  });
  it('a reproduction step with "if" is not hypothetical', () => {
    const s = run(customer("If I change the org ID in the URL I land in someone else's admin panel."));
    expect(s.destination).toBe('security');
  });
  it('an "if" clause that has not happened is hypothetical', () => {
    expect(ruleIds(run(customer('If we lose our data during the migration, is there a backup?')))).not.toContain('data-loss');
  });
});

describe('forwarded mail and single users', () => {
  it('a forward at the top keeps the forwarded text as the message', () => {
    const text = '---------- Forwarded message ---------\nFrom: Ops <ops@example.com>\nThe stock levels for the Madrid warehouse are all showing 0 since the sync.\n';
    expect(run(customer(text)).severity).toBe(1);
  });
  it('one user with an ordinary bug stays in support with basic checks', () => {
    const s = run(customer("I'm getting a 403 error on the Reports tab. My colleague with the same role can open it fine."));
    expect(s.destination).toBe('support');
    expect(s.severity).toBe(3);
  });
  it('a workaround does not turn a cosmetic issue into Medium', () => {
    expect(run(customer('A few Spanish labels in the portal fall back to English. Customers can still pay.')).severity).toBe(4);
  });
});
