/**
 * The five impact facts the engine reads (src/triage/facts.ts): each read fact carries the
 * words that say so (message index and span, like a rule's evidence); what the ticket does
 * not say is "not stated". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../src/triage/facts';
import { suggest } from '../../../src/triage';
import { customer, policyWith, run, RULES_ONLY } from './helpers';

const read = (text: string, extra = {}) => run(customer(text, extra)).facts;

describe('impact facts read from the ticket', () => {
  it('the worked example: a whole office cannot sign in', () => {
    const text = 'Nobody in our Chicago office can log in since 9am. Other offices work; sales calls and support have stopped.';
    const facts = read(text);
    expect(valuesOf(facts)).toEqual({ kind: 'broken', stopped: 'fully', who: 'customer', workaround: null, touches: 'sign_in' });
    // Every read fact points at its words in the message.
    for (const fact of [facts.kind, facts.stopped, facts.who, facts.touches]) {
      const ev = fact.evidence!;
      expect(ev.messageIndex).toBe(0);
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    expect(facts.who.evidence!.quote.toLowerCase()).toContain('nobody');
    expect(facts.workaround).toEqual({ value: null, evidence: null });
  });

  it('"we can\'t log in" or SSO is a group; one user who did the basic checks is not (who is then not stated)', () => {
    expect(read('We cannot log in since this morning, the SSO page says invalid request.').who.value).toBe('group');
    const oneUser = read('I cannot log in since this morning, it says invalid credentials. I already did a password reset and tried incognito.');
    expect(oneUser.who).toEqual({ value: null, evidence: null });
    expect(oneUser.touches.value).toBe('sign_in');
  });

  it('one module fully blocked for everyone is part of the work stopped, not all of it', () => {
    const facts = read('The dashboards have been blank all morning for all of our users.');
    expect(valuesOf(facts)).toMatchObject({ kind: 'broken', stopped: 'partly', who: 'customer' });
  });

  it('the product down is all the work stopped for the whole customer, even without breadth words', () => {
    const facts = read('Are you having an outage? All our API calls fail with 503 since 10:20 UTC.');
    expect(facts.stopped.value).toBe('fully');
    expect(facts.who.value).toBe('customer');
  });

  it('a restoring workaround, a partial one and an explicit none', () => {
    expect(read('The export button errors out, but if I use the API export it works fine for now.').workaround.value).toBe('restores');
    // "The rest still works describes a partial failure, not a workaround."
    expect(read('Nobody in our Denver office can log in since 9am. Other offices work fine.').workaround.value).toBeNull();
    // A core task failing for some orders is not lowered by a workaround: the workaround is partial.
    expect(read('Some of our orders fail at payment; as a workaround we take them by phone.').workaround.value).toBe('partial');
    const none = read('Reports fail to load for our finance team and there is no workaround.');
    expect(none.workaround.value).toBe('none');
    expect(none.workaround.evidence!.quote.toLowerCase()).toContain('workaround');
  });

  it('a fix on the customer\'s own side restores the task (their own configuration)', () => {
    const facts = read('After enabling the IP allowlist in our settings, our remote staff (15 people) cannot log in anymore. How do we fix the allowlist?');
    expect(facts.workaround.value).toBe('restores');
  });

  it('a regression is something broken, quoted by the words that name our release', () => {
    const facts = read('Since your v4.12 release the scheduled export stops at 10,000 rows.');
    expect(facts.kind.value).toBe('broken');
    expect(facts.kind.evidence!.quote).toContain('v4.12');
  });

  it('the kinds of question and request', () => {
    expect(read('How do I export a list of contacts to CSV?').kind.value).toBe('how_to');
    expect(read('It would be great if you could add a dark mode to the dashboard.').kind.value).toBe('feature');
    expect(read('The logo on the login page is slightly blurry on retina screens.').kind.value).toBe('cosmetic');
  });

  it('what it touches: data, security, billing, core tasks', () => {
    expect(read('All our contacts are gone from the CRM since this morning.').touches.value).toBe('data');
    expect(read('I can see invoices that belong to another company in our account.').touches.value).toBe('security');
    expect(read('We were charged twice for our subscription this month.').touches.value).toBe('billing');
    expect(read('Since 10am we cannot process any orders at all in the shop.').touches.value).toBe('core_task');
  });

  it('who: one user, a group inside one customer, several customers', () => {
    expect(read('Only I get the error when saving a report; my colleagues are fine.').who.value).toBe('one_user');
    expect(read('The calendar sync stopped for me and two colleagues on Monday.').who.value).toBe('group');
    const several = run(customer('Invoices fail to send.', { messages: [{ author: 'customer', text: 'Invoices fail to send for some of our clients.' }, { author: 'internal', text: 'Four other tenants report the same since the release.' }] })).facts;
    expect(several.who.value).toBe('several_customers');
    expect(several.who.evidence!.messageIndex).toBe(1);
  });

  it('a ticket that says nothing about impact: every fact not stated', () => {
    const facts = read('Hello, just checking in on my earlier message.');
    expect(valuesOf(facts)).toEqual({ kind: null, stopped: null, who: null, workaround: null, touches: null });
  });

  it('evidence is readable like the rules\': context before and after, cut at words', () => {
    const facts = read('Good morning. Since 10am we cannot process any orders at all in the shop, which is a disaster for us today.');
    expect(facts.stopped.evidence!.before).toBeTypeOf('string');
    expect(facts.stopped.evidence!.after).toBeTypeOf('string');
  });
});

describe('the deciding facts asked when no rule set the level', () => {
  const asks = (text: string, policy = RULES_ONLY) => run(customer(text), policy).asks;

  it('a failure no rule reads gets the default level, and the two facts that decide it are asked', () => {
    const s = run(customer('Incoming calls ring once and then drop, this affects every line we have.'), RULES_ONLY);
    expect(s.rules).toEqual([]);
    expect(s.asks).toEqual(['stopped', 'who']);
  });

  it('a rule that sets the level, raising or lowering, asks nothing', () => {
    expect(asks('The checkout page is down for all our customers.')).toEqual([]);
    expect(asks('Hi, how do I export the monthly report to CSV?')).toEqual([]);
  });

  it('a flag or a route alone does not set the level: still asked', () => {
    const s = run(customer('This is RIDICULOUS, I have asked three times!!! Who is our account contact?'), RULES_ONLY);
    expect(s.emotionFlag).toBe(true);
    expect(s.asks).toEqual(['stopped', 'who']);
  });

  it('when the second reading moves the level it is a reading, not the default: nothing asked', () => {
    const text = "Invoices aren't pushing to QuickBooks anymore since this morning. We have to reconcile by Friday.";
    expect(asks(text)).toEqual(['stopped', 'who']);
    const second = run(customer(text));
    expect(second.severity).toBeLessThan(4);
    expect(second.asks).toEqual([]);
  });

  it('a 3-level team is asked the same', () => {
    expect(asks('Incoming calls ring once and then drop on every line.', policyWith((p) => { p.scale = 3; p.triage.secondReading = false; }))).toEqual(['stopped', 'who']);
  });

  it('a ticket the engine could not read asks both', () => {
    expect(suggest(null as never, null as never, { now: 0 }).asks).toEqual(['stopped', 'who']);
  });
});
