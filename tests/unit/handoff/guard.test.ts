/**
 * Which uses of a helpdesk's own controls escalate (policy.handoff.guard), per kind of
 * control each adapter guards: Freshdesk group/agent/priority, osTicket department transfer,
 * assign, priority and status, Zendesk assignee (Group/Agent), priority and tags, FreeScout
 * mailbox, assignee and status, Help Scout status and assignee, Intercom team assignment.
 */
import { describe, expect, it } from 'vitest';
import { guardDecision } from '../../../src/handoff/guard';
import type { GuardControl } from '../../../src/handoff/guard';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/schema';

const decide = (control: GuardControl, value: string, previous?: string) => guardDecision(defaultPolicy, control, value, previous);
const to = (destination?: string) => (destination ? { escalates: true, destination, matched: expect.any(String) } : { escalates: true, matched: expect.any(String) });
const NO = { escalates: false };

describe('group, department, mailbox and team pickers', () => {
  it.each([
    // Freshdesk groups
    ['group', 'Tier 2', 'l2'],
    ['group', 'L2 Support', 'l2'],
    ['group', 'Engineering', 'engineering'],
    ['group', 'Security Team', 'security'],
    // osTicket departments (transfer) and teams
    ['transfer', 'Engineering', 'engineering'],
    ['department', 'Level 2 Support', 'l2'],
    ['team', 'Trust & Safety', 'security'],
    ['team', 'trust and safety', 'security'],
    // FreeScout mailboxes, Intercom team inboxes
    ['mailbox', 'Product', 'product'],
    ['mailbox', 'Leadership inbox', 'leadership'],
    ['team', 'Support Leadership', 'leadership'],
  ] as const)('%s “%s” goes to %s', (control, value, destination) => {
    expect(decide(control, value)).toEqual(to(destination));
  });

  it.each([
    ['group', 'Billing'],
    ['group', 'Tier 1'],
    ['group', 'Product Support'], // a support group that happens to start with "Product"
    ['department', 'Support'],
    ['department', 'Sales'],
    ['mailbox', 'Support inbox'],
    ['team', 'Security questions (Tier 1)'],
    ['group', 'Developer relations'],
    ['group', ''],
  ] as const)('%s “%s” stays in the tier', (control, value) => {
    expect(decide(control, value)).toEqual(NO);
  });
});

describe('assignee pickers', () => {
  it('escalates when the assignee is a receiving team or one of its people (Zendesk "Group/Agent")', () => {
    expect(decide('assignee', 'Engineering/Priya Nair')).toEqual(to('engineering'));
    expect(decide('assignee', 'Tier 2 » Sam Okafor')).toEqual(to('l2'));
    expect(decide('assignee', 'Security')).toEqual(to('security'));
  });

  it('never blocks assigning to a colleague in the same tier', () => {
    for (const value of ['Alex Morgan', 'Support/Alex Morgan', 'Me', 'Anyone', 'Unassigned', 'Dev Patel']) expect(decide('assignee', value), value).toEqual(NO);
  });

  it('a move inside the receiving team is not a new escalation; a move to another one is', () => {
    expect(decide('assignee', 'Engineering/Bo Chen', 'Engineering/Priya Nair')).toEqual(NO);
    expect(decide('assignee', 'Engineering/Bo Chen', 'Tier 2/Sam Okafor')).toEqual(to('engineering'));
    expect(decide('assignee', 'Engineering/Bo Chen', 'Support/Alex Morgan')).toEqual(to('engineering'));
  });
});

describe('priority selects', () => {
  it.each(['Urgent', 'High', 'urgent', 'Emergency', 'URGENT (P1)', 'P2'])('“%s” escalates (no destination of its own)', (value) => {
    expect(decide('priority', value)).toEqual(to());
  });
  it.each(['Low', 'Normal', 'Medium', 'Highest-ish', 'Not urgent', '-'])('“%s” does not', (value) => {
    expect(decide('priority', value)).toEqual(NO);
  });
  it('lowering from Urgent to High, or re-saving Urgent, is not a new escalation', () => {
    expect(decide('priority', 'High', 'Urgent')).toEqual(NO);
    expect(decide('priority', 'Urgent', 'Urgent')).toEqual(NO);
    expect(decide('priority', 'Low', 'Urgent')).toEqual(NO);
    expect(decide('priority', 'Urgent', 'Normal')).toEqual(to());
  });
});

describe('status pickers', () => {
  it('escalates on an "escalated" status, with the destination when the status names it', () => {
    expect(decide('status', 'Escalated')).toEqual(to());
    expect(decide('status', 'Escalated to Engineering')).toEqual(to('engineering'));
    expect(decide('status', 'On hold - escalated (Tier 2)')).toEqual(to('l2'));
  });
  it.each(['Open', 'Pending', 'Active', 'Closed', 'Resolved', 'Waiting on customer', 'De-escalated', 'Not escalated', 'Escalation review done?'])('“%s” does not', (value) => {
    expect(decide('status', value)).toEqual(NO);
  });
});

describe('tags (Zendesk, Freshdesk)', () => {
  it('escalates on an escalation tag, with its destination when it names one', () => {
    expect(decide('tag', 'escalated')).toEqual(to());
    expect(decide('tag', 'Escalated')).toEqual(to());
    expect(decide('tag', 'escalated_engineering')).toEqual(to('engineering'));
    expect(decide('tag', 'escalated-engineering')).toEqual(to('engineering'));
    expect(decide('tag', 'tier2')).toEqual(to('l2'));
    expect(decide('tag', 'security_incident')).toEqual(to('security'));
  });
  it.each(['billing', 'engineering_question', 'security', 'vip', 'login', 'not_escalated'])('“%s” does not', (value) => {
    expect(decide('tag', value)).toEqual(NO);
  });
});

describe('the team\'s own values', () => {
  it('follows the policy: a squad name added, High priority no longer escalating, a renamed destination', () => {
    const team: Policy = structuredClone(defaultPolicy);
    team.handoff.guard.routes.find((r) => r.destination === 'engineering')!.names.push('Backend squad');
    team.handoff.guard.priorities = ['Urgent'];
    expect(guardDecision(team, 'group', 'Backend Squad')).toEqual(to('engineering'));
    expect(guardDecision(team, 'priority', 'High')).toEqual(NO);
    expect(guardDecision(team, 'priority', 'Urgent')).toEqual(to());
  });

  it('never treats "Keep in support" as a destination to guard', () => {
    const team: Policy = structuredClone(defaultPolicy);
    team.handoff.guard.routes.push({ destination: 'support', names: ['Tier 1'], tags: ['tier1'] });
    expect(guardDecision(team, 'group', 'Tier 1')).toEqual(NO);
    expect(guardDecision(team, 'tag', 'tier1')).toEqual(NO);
  });
});

describe('hostile or odd values', () => {
  it('decides quickly on a huge value and ignores control characters around a name', () => {
    const huge = 'x/'.repeat(200_000);
    const started = performance.now();
    expect(decide('group', huge)).toEqual(NO);
    // A bound for runaway backtracking (seconds), not a speed target: it flaked at 50 ms on a busy 2-core machine.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(decide('group', '\u0000 Engineering \u200e')).toEqual(to('engineering'));
    expect(decide('group', `Engineering${'\u0000'.repeat(3)}`)).toEqual(to('engineering'));
    expect(decide('status', null as unknown as string)).toEqual(NO);
  });
});
