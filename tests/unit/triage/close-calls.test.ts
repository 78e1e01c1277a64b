/**
 * domain.md section 2 "Deciding the close calls" and section 4 "Choosing between routes":
 * each rule with a ticket it applies to and one it does not. Sentences written for these
 * tests, not copied from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { customer, run, ruleIds } from './helpers';

const sev = (text: string, extra = {}) => run(customer(text, extra)).severity;
const dest = (text: string, extra = {}) => run(customer(text, extra)).destination;

describe('Sev 1 vs Sev 2: the customer as a whole, or one module / integration / subset', () => {
  it('the whole customer cannot take orders → Critical', () => {
    expect(sev('Since 10am we cannot process any orders at all in the shop.')).toBe(1);
  });
  it('one integration stopped → High, not Critical', () => {
    expect(sev('Our webhook deliveries stopped at 04:00 and nothing has arrived since.')).toBe(2);
    expect(sev('Orders from our eBay integration stopped syncing this morning.')).toBe(2);
  });
  it('one module blank for everyone → High, not an outage', () => {
    const s = run(customer('The dashboards have been blank all morning for every one of our users.'));
    expect(s.severity).toBe(2);
    expect(ruleIds(s)).not.toContain('outage');
  });
  it('the service itself unavailable stays an outage', () => {
    expect(ruleIds(run(customer('The dashboard shows "Service unavailable" for everyone in the company.')))).toContain('outage');
  });
  it('a subset of a core task (one platform) → High', () => {
    expect(sev('Android users cannot complete checkout, the pay button does nothing. iOS and desktop are fine.')).toBe(2);
  });
  it('sign-in failing only for new users (invites) is a subset, not everyone locked out', () => {
    const s = run(customer('None of our users are receiving invite emails, so new starters cannot activate their accounts.'));
    expect(ruleIds(s)).not.toContain('login-widespread');
    expect(s.severity).toBe(2);
  });
});

describe('breadth raises once, only for a whole organisation, an office or several customers', () => {
  it('a whole company raises an ordinary bug to High', () => {
    expect(sev('The date filter is broken for everyone in the company since yesterday.')).toBe(2);
  });
  it("a group inside one customer does not raise by itself", () => {
    // The same level with the group as without it (the words around it may still move it).
    expect(sev('The date filter is broken for our finance team since yesterday.')).toBe(sev('The date filter is broken since yesterday.'));
    expect(sev('The date filter is broken for our finance team.')).toBe(3);
  });
  it("the customer's own customers raise a billing error but not a slow page", () => {
    expect(sev('Our members are being charged twice for this month.')).toBe(1);
    expect(sev('Pages take 9 seconds to load and our customers are complaining.')).toBe(3);
  });
});

describe('a workaround that restores the task lowers to Medium and keeps it in support', () => {
  it('a defect with a workaround → Medium, support (even after a release)', () => {
    const s = run(customer('Since your 6.1 update, attaching PDFs fails. We send them as links instead for now.'));
    expect(s.severity).toBe(3);
    expect(s.destination).toBe('support');
  });
  it('"if I do X it works" is a workaround', () => {
    expect(ruleIds(run(customer('The save button fails on the form, but if I switch to the classic editor it works.')))).toContain('workaround');
  });
  it('data loss never lowers', () => {
    expect(sev('Half our contacts were deleted overnight; we are re-entering them by hand for now.')).toBe(1);
  });
  it('"the rest still works" is a partial failure, not a workaround', () => {
    expect(sev('About one in five card payments fails at checkout; the rest go through.')).toBe(2);
  });
});

describe('routes: Engineering only on the listed conditions, else L2 first', () => {
  it('a blocked core task with the cause still open → L2', () => {
    expect(dest('We cannot send any invoices, the send button spins and nothing happens.')).toBe('l2');
  });
  it('our named release → Engineering', () => {
    expect(dest('Since your release last night we cannot send any invoices at all.')).toBe('engineering');
  });
  it('our server error → Engineering', () => {
    expect(dest('Exports fail with HTTP 500 for every file we try.')).toBe('engineering');
  });
  it('a self-hosted deployment support cannot see into → Engineering', () => {
    expect(dest('On our self-hosted instance nobody can approve expenses since this morning.')).toBe('engineering');
  });
  it('several customers → Engineering', () => {
    const s = run({ messages: [{ author: 'customer', text: 'The import page fails for us.' }, { author: 'internal', text: 'Same failure reported by 4 other tenants this morning.' }] });
    expect(s.destination).toBe('engineering');
  });
  it('an outage or data loss → Engineering', () => {
    expect(dest('Our storefront is returning a 503 for every visitor.')).toBe('engineering');
    expect(dest('All our deal notes disappeared overnight.')).toBe('engineering');
  });
  it('performance with basic checks left stays in support', () => {
    expect(dest('The reports page has become slow for me, about 8 seconds to open.')).toBe('support');
  });
});

describe('the emotion flag sends to at least L2, never a higher level', () => {
  it('angry about a cosmetic issue: Low, L2, flagged', () => {
    const s = run(customer('This is ridiculous, the logo on the login page is blurry.'));
    expect(s.severity).toBe(4);
    expect(s.destination).toBe('l2');
    expect(s.emotionFlag).toBe(true);
  });
  it('the same without emotion stays in support', () => {
    expect(dest('The logo on the login page is a bit blurry.')).toBe('support');
  });
  it('"right now" is not emotion language', () => {
    expect(run(customer('Right now we can only view the audit log on screen. Could you add a CSV export?')).emotionFlag).toBe(false);
  });
});

describe('leadership', () => {
  it('asking for management: leadership for a high-value account, L2 with the flag otherwise', () => {
    const text = 'I want to speak to your manager about the plan change on our account.';
    expect(dest(text, { requester: { plan: 'enterprise' } })).toBe('leadership');
    const small = run(customer(text, { requester: { plan: 'starter' } }));
    expect(small.destination).toBe('l2');
    expect(small.emotionFlag).toBe(true);
  });
  it('a service credit is a policy exception → leadership', () => {
    expect(dest("Yesterday's downtime is over and everything works, but we would like a service credit.")).toBe('leadership');
  });
  it('a credit card is not a credit request', () => {
    expect(dest('How do I change the credit card on our account?')).toBe('support');
  });
});

describe('high-value accounts', () => {
  it('with a problem that is not blocking: impact level, business trigger, L2', () => {
    const s = run(customer('Webhooks arrive 20 minutes late, but they do arrive.', { requester: { plan: 'enterprise' } }));
    expect(s.severity).toBe(3);
    expect(s.triggers).toContain('business');
    expect(s.destination).toBe('l2');
  });
});

describe('setup question (Medium) vs how-to (Low)', () => {
  it('the customer must change configuration to make something work → setup, Medium', () => {
    expect(sev('How do we point our custom domain at the help centre? The CNAME you gave us does not verify.')).toBe(3);
    expect(sev('Where do I change the time zone for the reports? They show UTC and we are in Sydney.')).toBe(3);
    expect(sev('How do we rotate our API key without downtime for the Zapier integration?')).toBe(3);
  });
  it('how or where to use a feature that already works → how-to, Low', () => {
    expect(sev('Where is the button to duplicate a project?')).toBe(4);
    expect(sev('How can I add a second admin?')).toBe(4);
    expect(sev('Where can I find my webhook secret? The docs say Settings > Developers but I do not see it.')).toBe(4);
    expect(sev('Is it possible to get a copy of our workspace to try things without touching live data?')).toBe(4);
  });
  it('a question needed before the Low target is Medium; a later deadline is not', () => {
    expect(sev('How do I export the member list? We go live tomorrow morning and need it for the launch.')).toBe(3);
    expect(sev('Where do I find the payroll summary for May? Our accountant wants it next month.')).toBe(4);
  });
  it('working again, then a separate question: the question decides', () => {
    expect(sev('Thanks for fixing the calendar sync yesterday! Unrelated: can we change the colour of event labels?')).toBe(4);
    expect(sev("Yesterday's outage is resolved, thanks. Could you send the root cause for our records?")).toBe(3);
  });
});

describe('"minor" needs the customer\'s own words about impact', () => {
  it('"just letting you know" alone does not make a bug Low', () => {
    expect(sev('Just letting you know, the totals on the invoice PDF are rounded wrong, 10.005 shows as 10.00.')).toBe(3);
    expect(sev('FYI: the CSV export puts the dates in the wrong column.')).toBe(3);
  });
  it('their own words about impact do', () => {
    expect(sev('Minor thing, not a big deal: the invoice PDF rounds 10.005 down to 10.00.')).toBe(4);
  });
  it('"no rush" is about time, not impact', () => {
    expect(sev('The receipt link on the billing page gives a 404. No rush.')).toBe(3);
  });
});

describe('a design that works as intended but slows the work → Medium, Product', () => {
  it('said as steps, clicks or time lost', () => {
    const s = run(customer('Approving leave works, but every time we have to open each request separately. With 40 requests a week it takes our managers hours.'));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 3, destination: 'product' });
    expect(dest('The scheduler works but it takes 7 clicks to move a shift, it really slows us down.')).toBe('product');
  });
  it('a defect that costs time is still a defect', () => {
    expect(dest('The save button fails every time, we have to re-enter the whole form.')).not.toBe('product');
  });
  it('a plain wish stays a Low feature request', () => {
    expect(sev('It would be great to have a dark mode.')).toBe(4);
  });
});

describe('a plain cancellation sets the emotion flag and stays in support', () => {
  it('routine cancellation from an ordinary account', () => {
    for (const text of ['Please cancel our subscription at the end of the month, we are moving to a simpler tool. Thanks for everything.', 'cancel account pls. budget cut.']) {
      const s = run(customer(text));
      expect({ severity: s.severity, destination: s.destination, flag: s.emotionFlag }, text).toEqual({ severity: 4, destination: 'support', flag: true });
    }
  });
  it('a high-value account leaving goes to leadership', () => {
    expect(dest('Please cancel our subscription at the end of the month, we are moving to a simpler tool.', { requester: { plan: 'enterprise' } })).toBe('leadership');
  });
  it('a cancellation said in anger goes to L2 (emotion), not higher', () => {
    const s = run(customer('This is ridiculous. Third time the sync broke. Cancel my account.'));
    expect(s.destination).toBe('l2');
    expect(s.severity).toBe(3);
  });
});
