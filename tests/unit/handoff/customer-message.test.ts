/** Customer messages (domain.md section 8) from the policy's templates, filled from the case only. */
import { describe, expect, it } from 'vitest';
import { customerCaseOf, renderCustomerMessage, WRITTEN_FIELDS, type CustomerWritten } from '../../../src/handoff/customer-message';
import type { CaseRecord } from '../../../src/handoff/record-line';
import type { CustomerCase } from '../../../src/handoff/customer-message';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parsePolicy } from '../../../src/policy/parse';
import type { Policy } from '../../../src/policy/schema';

const CASE: CustomerCase = {
  ref: 'TL-639656-20261123-1512',
  level: 1,
  destination: 'engineering',
  customerName: 'Dana',
  issue: 'nobody in your Chicago office can sign in since about 08:50.',
  impact: 'I understand this has stopped sales calls and support for the whole office.',
  agentName: 'Alex Morgan, Acme Support',
};

describe('acknowledgment', () => {
  const m = renderCustomerMessage(defaultPolicy, 'acknowledgment', CASE);
  it('thanks, restates the issue and impact, names the team and its response time, gives the reference, promises to monitor', () => {
    expect(m.missing).toEqual([]);
    expect(m.text).toBe(
      [
        'Hi Dana,',
        'Thank you for letting us know about this: nobody in your Chicago office can sign in since about 08:50.',
        'I understand this has stopped sales calls and support for the whole office.',
        'I have passed it to our Engineering team, who will respond within 15 minutes. Your case reference is TL-639656-20261123-1512; please keep it in any reply.',
        'I am monitoring the case and will update you at least every 2 hours, even when there is nothing new.',
        'Best regards,\nAlex Morgan, Acme Support',
      ].join('\n\n'),
    );
  });
  it('takes the response time and update interval from the level, and the team from the route', () => {
    const medium = renderCustomerMessage(defaultPolicy, 'acknowledgment', { ...CASE, level: 3, destination: 'l2' }).text;
    expect(medium).toContain('our Support L2 team, who will respond within 4 business hours.');
    expect(medium).toContain('at least every 1 business day,');
    expect(renderCustomerMessage(defaultPolicy, 'acknowledgment', { ...CASE, teamName: 'Login specialists' }).text).toContain('our Login specialists team');
  });
  it('leaves out an optional paragraph without its value, and greets plainly without a name', () => {
    const { impact: _i, customerName: _c, agentName: _a, ...bare } = CASE;
    const text = renderCustomerMessage(defaultPolicy, 'acknowledgment', bare).text;
    expect(text.startsWith('Hi there,\n\nThank you for letting us know about this: nobody')).toBe(true);
    expect(text).not.toContain('{');
    expect(text.endsWith('Best regards,\nThe support team')).toBe(true);
  });
  it('lists a required value that is missing and never fills it with a guess', () => {
    const { issue: _, ...noIssue } = CASE;
    const m2 = renderCustomerMessage(defaultPolicy, 'acknowledgment', noIssue);
    expect(m2.missing).toEqual(['issue']);
    expect(m2.text).toContain('{issue}');
  });
});

describe('progress update, handoff, resolution', () => {
  it('progress: reference, progress, status and next step, next milestone, invitation to ask', () => {
    const m = renderCustomerMessage(defaultPolicy, 'progress', { ...CASE, progress: 'we found the cause in a sign-in setting changed this morning.', nextStep: 'the change is being rolled back now.', nextUpdate: 'in 15 minutes, at 09:45 your time' });
    expect(m.missing).toEqual([]);
    expect(m.text).toContain('An update on case TL-639656-20261123-1512.\n\nProgress so far: we found the cause');
    expect(m.text).toContain('Next update: in 15 minutes, at 09:45 your time');
    expect(m.text).toContain('just reply to this message');
    expect(renderCustomerMessage(defaultPolicy, 'progress', CASE).missing).toEqual(['progress', 'next_step', 'next_update']);
  });

  it('handoff: the new owner by name, role and expertise, "you will not need to repeat", response time, how to reach them', () => {
    const m = renderCustomerMessage(defaultPolicy, 'handoff', { ...CASE, ownerName: 'Priya Nair', ownerRole: 'our login service engineer', ownerExpertise: 'Priya built the sign-in service and knows its settings best.', ownerContact: 'You can reach Priya by replying to this email.' });
    expect(m.missing).toEqual([]);
    expect(m.text).toContain('I would like to introduce Priya Nair, our login service engineer, who is now looking after case TL-639656-20261123-1512.');
    expect(m.text).toContain('Priya built the sign-in service');
    expect(m.text).toContain('so you will not need to repeat any details.');
    expect(m.text).toContain('You can expect to hear from them within 15 minutes.\n\nYou can reach Priya by replying to this email.');
    expect(renderCustomerMessage(defaultPolicy, 'handoff', CASE).missing).toEqual(['owner_name', 'owner_role']);
  });

  it('resolution: what was fixed, what was done, what prevents a repeat, asks to confirm', () => {
    const m = renderCustomerMessage(defaultPolicy, 'resolution', { ...CASE, fixed: 'sign-in works again for your Chicago office.', done: 'we rolled back the sign-in setting changed this morning.', prevention: 'such changes now go out office by office, with a check after each.' });
    expect(m.missing).toEqual([]);
    expect(m.text).toContain('Good news on case TL-639656-20261123-1512: sign-in works again');
    expect(m.text).toContain('To keep it from happening again: such changes');
    expect(m.text).toContain('Could you confirm that everything works');
    expect(renderCustomerMessage(defaultPolicy, 'resolution', { ...CASE, fixed: 'x', done: 'y' }).text).not.toContain('To keep it from happening again');
  });
});

describe('internal content never reaches the customer', () => {
  const internal = {
    checks_done: 'SECRET: password reset for two people, still failing',
    reason: 'SECRET: our config change broke it',
    owner: 'SECRET-OWNER',
    business_impact: 'SECRET: revenue exposure $40k',
    note: 'SECRET internal note: customer is a pain',
    fields: { revenue_exposure: 'SECRET $40k' },
    messages: [{ author: 'internal', text: 'SECRET: not a security event' }],
  };
  it('reads only the case\'s customer-facing fields, whatever else the object carries', () => {
    for (const kind of ['acknowledgment', 'progress', 'handoff', 'resolution'] as const) {
      const m = renderCustomerMessage(defaultPolicy, kind, { ...CASE, ...internal, progress: 'p', nextStep: 'n', nextUpdate: 'u', ownerName: 'Priya', ownerRole: 'engineer', fixed: 'f', done: 'd' } as CustomerCase);
      expect(m.text, kind).not.toMatch(/SECRET/);
      expect(m.html, kind).not.toMatch(/SECRET/);
    }
  });

  it('refuses a team template that names a checklist answer or a note', () => {
    for (const placeholder of ['{checks_done}', '{reason}', '{note}', '{fields.revenue_exposure}', '{constructor}']) {
      const team: Policy = structuredClone(defaultPolicy);
      team.handoff.customerMessages.acknowledgment += `\n\n${placeholder}`;
      const parsed = parsePolicy(team);
      expect(parsed.ok, placeholder).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^handoff\.customerMessages\.acknowledgment: unknown placeholder/);
    }
  });

  it('and drops such a placeholder if one ever reaches the renderer', () => {
    const team: Policy = structuredClone(defaultPolicy);
    team.handoff.customerMessages.acknowledgment = 'Case {case_ref}.\n\nInternal: {checks_done}\n\n{__proto__}{toString}';
    const m = renderCustomerMessage(team, 'acknowledgment', { ...CASE, ...internal } as CustomerCase);
    expect(m.text).toBe('Case TL-639656-20261123-1512.');
  });
});

describe('hostile values', () => {
  it('escapes HTML, strips control characters, and a value cannot become a placeholder', () => {
    const m = renderCustomerMessage(defaultPolicy, 'acknowledgment', { ...CASE, customerName: '<img src=x onerror=alert(1)>', issue: 'the {owner_name} field\u0007 & <b>bold</b>' });
    expect(m.html).toContain('Hi &lt;img src=x onerror=alert(1)&gt;,');
    expect(new Set(m.html.match(/<\/?[a-z][^>]*>/gi))).toEqual(new Set(['<p>', '</p>', '<br>']));
    expect(m.text).toContain('the owner_name field  & <b>bold</b>');
    expect(m.text).not.toMatch(/\u0007/);
  });
});

describe('the case as the sidebar builds it (customerCaseOf)', () => {
  const record: CaseRecord = { ref: 'TL-639656-20261123-1512', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex Morgan', move: 'escalation' };

  it('fills the team, the response time from the level, the reference and the owner from the record', () => {
    const c = customerCaseOf(record, { customerName: 'Dana', agentName: 'Alex Morgan' }, { issue: 'nobody in your Chicago office can sign in.', ownerRole: 'senior engineer' });
    const ack = renderCustomerMessage(defaultPolicy, 'acknowledgment', c);
    expect(ack.missing).toEqual([]);
    expect(ack.text).toContain('our Engineering team, who will respond within');
    expect(ack.text).toContain('TL-639656-20261123-1512');
    const handoff = renderCustomerMessage(defaultPolicy, 'handoff', c);
    expect(handoff.text).toContain('I would like to introduce Priya Nair, senior engineer, who is now looking after case TL-639656-20261123-1512.');
    expect(handoff.missing).toEqual([]);
  });

  it('a case with no named owner ("unnamed" in the record) leaves the handoff message asking for the owner, never introducing "unnamed"', () => {
    const c = customerCaseOf({ ...record, owner: 'unnamed' }, { customerName: 'Dana' }, { ownerRole: 'senior engineer' });
    const handoff = renderCustomerMessage(defaultPolicy, 'handoff', c);
    expect(handoff.missing).toContain('owner_name');
    expect(handoff.text).not.toContain('unnamed');
  });

  it('takes only the fields the agent writes for the customer: checklist answers or notes riding along are dropped', () => {
    const written = { issue: 'sign-in fails', checks_done: 'SECRET: reset two passwords', reason: 'SECRET: our config change', note: 'SECRET internal', owner_role: 'SECRET role via the answer id', answers: { revenue_exposure: 'SECRET $40k' } } as unknown as CustomerWritten;
    const c = customerCaseOf({ ...record, owner: 'Priya Nair' }, { customerName: 'Dana' }, written);
    expect(Object.keys(c).sort()).toEqual(['customerName', 'destination', 'issue', 'level', 'ownerName', 'ref', 'teamName']);
    for (const kind of Object.keys(WRITTEN_FIELDS) as (keyof typeof WRITTEN_FIELDS)[]) {
      const m = renderCustomerMessage(defaultPolicy, kind, c);
      expect(m.text, kind).not.toMatch(/SECRET/);
      expect(m.html, kind).not.toMatch(/SECRET/);
    }
  });
});
