import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parsePolicy } from '../../../src/policy/parse';
import type { RecentTicket } from '../../../src/triage/types';
import { customer, NOW, policyWith, run, ruleIds } from './helpers';

describe('policy', () => {
  it('the default policy, triage rules included, is valid', () => {
    const parsed = parsePolicy(defaultPolicy);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
  it('rejects a raise rule without a level and duplicate rule ids', () => {
    const bad = policyWith((p) => {
      p.triage.rules.push({ id: 'x', label: 'x', signal: 'bug', effect: 'raise', enabled: true });
      p.triage.rules.push({ id: 'x', label: 'y', signal: 'bug', effect: 'flag', enabled: true });
    });
    const parsed = parsePolicy(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/needs a severity|duplicate rule id/);
  });
  it('a disabled rule does not fire', () => {
    const p = policyWith((x) => {
      const r = x.triage.rules.find((r) => r.id === 'outage');
      if (r) r.enabled = false;
    });
    expect(ruleIds(run(customer('Our whole platform is down for everyone.'), p))).not.toContain('outage');
  });
  it("a team's phrase joins its signal", () => {
    const p = policyWith((x) => {
      x.triage.phrases.outage = ['red alert on the board'];
    });
    const s = run(customer('We have a red alert on the board this morning.'), p);
    expect(s.severity).toBe(1);
    expect(s.rules.find((r) => r.id === 'outage')?.evidence[0]?.quote).toBe('red alert on the board');
  });
});

describe('emotion never raises the level', () => {
  it('angry but cosmetic stays Low, flagged', () => {
    const s = run(customer("THIS IS RIDICULOUS!!! The logo on our invoice PDF is slightly blurry. Unacceptable, I expected better."));
    expect(s.severity).toBe(4);
    expect(s.emotionFlag).toBe(true);
    expect(s.rules.find((r) => r.id === 'emotion')?.effect).toBe('flag');
  });
  it('the same words without emotion give the same level', () => {
    const calm = run(customer('The logo on our invoice PDF is slightly blurry.'));
    const angry = run(customer('The logo on our invoice PDF is slightly blurry. This is absolutely ridiculous and unacceptable!!!'));
    expect(angry.severity).toBe(calm.severity);
    expect(calm.emotionFlag).toBe(false);
  });
  it('a calm note that invoices cannot be sent is Critical', () => {
    expect(run(customer('Quick note: we cannot send invoices to any client since this morning.')).severity).toBe(1);
  });
  it("an agent's apology is not the customer's emotion", () => {
    const s = run({ messages: [{ author: 'customer', text: 'How do I add a user?' }, { author: 'agent', text: 'Sorry for the frustration! Here is how.' }] });
    expect(s.emotionFlag).toBe(false);
  });
});

describe('security skips tiers', () => {
  it('an oblique exposure goes to security at Critical', () => {
    const s = run(customer("I can see another company's invoices in our account."));
    expect(s.destination).toBe('security');
    expect(s.severity).toBe(1);
  });
  it('an unrequested password reset goes to security', () => {
    const s = run(customer("I got a password reset email I didn't ask for."));
    expect(s.destination).toBe('security');
    expect(s.triggers).toContain('widespread');
  });
  it('security wins over leadership and engineering routes', () => {
    const s = run(customer("Our CEO is furious: customers received invoices addressed to other customers and the site is down. We'll cancel our contract."), defaultPolicy);
    expect(s.destination).toBe('security');
  });
});

describe('3-level scale', () => {
  const three = policyWith((p) => {
    p.scale = 3;
    p.levels = p.levels.filter((l) => l.level !== 4).map((l) => (l.level === 3 ? { ...l, name: 'Low' } : l));
  });
  it('is a valid policy', () => {
    expect(parsePolicy(three).ok).toBe(true);
  });
  it('business stopped → Critical; no workaround → High; can wait → Low', () => {
    expect(run(customer('Orders stopped coming through since 9am.'), three).severity).toBe(1);
    expect(run(customer('Some card payments on our booking page fail, maybe 1 in 5.'), three).severity).toBe(2);
    const medium = run(customer('The timer sometimes stops on its own. I just restart it.'), three);
    expect(medium.severity).toBe(3);
    expect(medium.levelName).toBe('Low');
    expect(run(customer('It would be great if we could export to XLSX.'), three).severity).toBe(3);
  });
  it('rule severities are reported on the team scale', () => {
    const s = run(customer('How do I add a second admin?'), three);
    expect(s.rules.every((r) => r.severity === undefined || r.severity <= 3)).toBe(true);
  });
});

describe('recurring pattern', () => {
  const ticket = customer('Our SSO login through Okta fails with an error for me and two colleagues.');
  const symptom = run(ticket).symptom;
  const recent = (key: string, minutesAgo: number, s: string | null = symptom): RecentTicket => ({
    key,
    ticketId: key,
    subject: `ticket ${key}`,
    symptom: s,
    seenAt: NOW - minutesAgo * 60_000,
  });
  it('has a normalised symptom signature', () => {
    expect(symptom).toBe('login_failure:sso');
  });
  it('fires with two others inside the window, naming them', () => {
    const s = run(ticket, defaultPolicy, { history: [recent('a', 10), recent('b', 119)], selfKey: 'me' });
    const rule = s.rules.find((r) => r.id === 'recurring');
    expect(rule?.related?.map((r) => r.key)).toEqual(['a', 'b']);
    expect(s.triggers).toContain('recurring');
  });
  it('window edges: exactly the window counts, one minute past does not', () => {
    expect(ruleIds(run(ticket, defaultPolicy, { history: [recent('a', 10), recent('b', 120)] }))).toContain('recurring');
    expect(ruleIds(run(ticket, defaultPolicy, { history: [recent('a', 10), recent('b', 121)] }))).not.toContain('recurring');
  });
  it('excludes the ticket itself, duplicates, other symptoms and future entries', () => {
    const history = [recent('me', 5), recent('a', 10), recent('a', 11), recent('c', 5, 'bug:export'), recent('d', -5)];
    expect(ruleIds(run(ticket, defaultPolicy, { history, selfKey: 'me' }))).not.toContain('recurring');
  });
  it('raises a Low-ish symptom to at least High', () => {
    const lowTicket = customer('The CSV export fails with an error for me.');
    const sym = run(lowTicket).symptom;
    const s = run(lowTicket, defaultPolicy, { history: [recent('a', 5, sym), recent('b', 6, sym)] });
    expect(s.severity).toBeLessThanOrEqual(2);
  });
});

describe('stalled', () => {
  it('a support ticket open past the threshold moves to L2, level unchanged', () => {
    const fresh = run(customer('How do I merge two contacts?', { ageMinutes: 30 }));
    const old = run(customer('How do I merge two contacts?', { ageMinutes: 241 }));
    expect(fresh.destination).toBe('support');
    expect(old.destination).toBe('l2');
    expect(old.severity).toBe(fresh.severity);
    expect(old.triggers).toContain('stalled');
  });
  it('exactly at the threshold is not stalled yet', () => {
    expect(run(customer('How do I merge two contacts?', { ageMinutes: 240 })).triggers).not.toContain('stalled');
  });
});

describe('high-value accounts', () => {
  const problem = 'The calendar month view freezes every few minutes for me. Reloading the page gets it working.';
  const blockedProblem = 'The approval button does nothing for our finance approvers and there is no other way to approve.';
  it('a key account that is blocked is raised to High', () => {
    const key = run(customer(blockedProblem, { requester: { org: 'Meridian', plan: 'Enterprise' } }));
    expect(key.severity).toBe(2);
    expect(ruleIds(key)).toContain('key-account');
    expect(key.triggers).toContain('business');
  });
  it('a key account with a workaround keeps its impact level and gets the business-stakes trigger (domain.md section 2)', () => {
    const key = run(customer(problem, { requester: { org: 'Meridian', plan: 'Enterprise' } }));
    expect(key.severity).toBe(3);
    expect(key.triggers).toContain('business');
    expect(ruleIds(key)).not.toContain('key-account');
  });
  it('tags and org lists count too', () => {
    const p = policyWith((x) => {
      x.accounts.highValueOrgs = ['Acme Corp'];
    });
    expect(run(customer(blockedProblem, { requester: { org: 'acme corp' } }), p).severity).toBe(2);
    expect(run(customer(blockedProblem, { tags: ['VIP'] })).severity).toBe(2);
    expect(run(customer(blockedProblem)).severity).toBe(2);
    expect(ruleIds(run(customer(blockedProblem, { tags: ['VIP'] })))).toContain('key-account');
  });
  it('churn on a trivial issue from a key account → leadership, level by impact', () => {
    const s = run(customer("If you can't fix the font size on the packing slips we'll cancel.", { requester: { plan: 'enterprise' } }));
    expect(s.destination).toBe('leadership');
    expect(s.severity).toBe(4);
  });
  it('the same threat from a small account only flags', () => {
    const s = run(customer("If you can't fix the font size on the packing slips we'll cancel.", { requester: { plan: 'starter' } }));
    expect(s.destination).toBe('support');
    expect(s.emotionFlag).toBe(true);
  });
  it('a how-to from a key account stays Low', () => {
    expect(run(customer('How do I add a second admin?', { requester: { plan: 'enterprise' } })).severity).toBe(4);
  });
});

describe('keep in support', () => {
  it('gives reasons and the remaining basic checks', () => {
    const s = run(customer("I can't log into my account, it says my password is incorrect."));
    expect(s.destination).toBe('support');
    expect(s.keepInSupport?.reasons.length).toBeGreaterThan(0);
    expect(s.keepInSupport?.checks.join(' ')).toMatch(/password reset/i);
    expect(s.keepInSupport?.checks.join(' ')).toMatch(/one user or many/i);
  });
  it('is null when escalating', () => {
    expect(run(customer('Our storefront returns a 503 for every visitor.')).keepInSupport).toBeNull();
  });
});

describe('explanations', () => {
  it('has a summary, a confidence in 0..1 and lists lowering rules', () => {
    const s = run(customer("We can't upload documents in the portal; we're asking clients to email files instead for now."));
    expect(s.summary).toMatch(/→/);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.rules.some((r) => r.effect === 'lower' && r.id === 'workaround')).toBe(true);
    expect(s.severity).toBe(3);
  });
});

describe('more rules from domain.md', () => {
  it('a problem with a hard deadline and no workaround is High', () => {
    const plain = run(customer('The certificates button downloads an empty PDF.'));
    const deadline = run(customer('The certificates button downloads an empty PDF. Auditors visit on Monday, the deadline is Friday.'));
    expect(plain.severity).toBe(3);
    expect(deadline.severity).toBe(2);
    expect(ruleIds(deadline)).toContain('deadline');
  });
  it('a threat with a date is not a deadline; from an account that is not high-value it goes to L2, flagged', () => {
    const s = run(customer("If this isn't sorted by Friday I'm writing about it on LinkedIn. The invoice template still shows our old address."));
    expect(ruleIds(s)).not.toContain('deadline');
    expect(s.destination).toBe('l2');
    expect(s.emotionFlag).toBe(true);
    const key = run(customer("If this isn't sorted by Friday I'm writing about it on LinkedIn. The invoice template still shows our old address.", { requester: { plan: 'enterprise' } }));
    expect(key.destination).toBe('leadership');
  });
  it('numbers that disagree between two places go to L2', () => {
    const s = run(customer('The dashboard says we have 1,204 active customers but the customer list shows 1,189. Which one is right?'));
    expect(s.severity).toBe(3);
    expect(s.destination).toBe('l2');
  });
  it("broke after the customer's own setting change: support corrects it, whatever the breadth", () => {
    const s = run(customer("After enabling the IP allowlist, our remote staff (15 people) can't log in anymore. How do we add their home IPs?"));
    expect(s.destination).toBe('support');
    expect(s.severity).toBe(3);
  });
  it('a partial core failure (one payment method) is High, not Critical', () => {
    const s = run(customer("The payment page says 'Payment method not available' for Apple Pay only. Cards work."));
    expect(s.severity).toBe(2);
  });
});

describe('uncertainty default', () => {
  it('an unnamed problem for everyone goes to L2 at High; praise for everyone does not', () => {
    const s = run(customer('Everyone in the office sees the old version of the price list, not the one we uploaded.'));
    expect(s.severity).toBe(2);
    expect(s.destination).toBe('l2');
    expect(run(customer('Everyone on our team loves the new editor!')).severity).toBe(4);
  });
});
