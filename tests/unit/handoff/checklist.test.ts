/** The handoff checklist per destination, from the policy (domain.md section 4). */
import { describe, expect, it } from 'vitest';
import { answerProblem, checklistFor, defaultDeadline, isComplete, progress } from '../../../src/handoff/checklist';
import type { ChecklistItem } from '../../../src/handoff/checklist';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parsePolicy } from '../../../src/policy/parse';
import type { Policy } from '../../../src/policy/schema';

const ids = (items: ChecklistItem[]) => items.map((i) => i.id);
const required = (items: ChecklistItem[]) => items.filter((i) => i.required).map((i) => i.id);
const byId = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id)!;
const ROUTES = ['l2', 'engineering', 'product', 'security', 'leadership'] as const;

describe('the default checklist matches domain.md', () => {
  it('collects the basic facts of section 4 on every route', () => {
    // who/account; steps; expected vs actual; start time; exact error text; scope; recent changes;
    // business impact; what support checked and tried; workaround; sentiment; commitments; reason; ask; deadline.
    const basic = ['affected', 'steps', 'expected_actual', 'started_at', 'error_text', 'scope', 'recent_changes', 'business_impact', 'checks_done', 'workaround', 'sentiment', 'commitments', 'reason', 'ask', 'deadline'];
    for (const route of ROUTES) expect(ids(checklistFor(defaultPolicy, route, 2)), route).toEqual(expect.arrayContaining([...basic, 'owner']));
  });

  it('asks every route for a named owner, the ask and a hard deadline, required', () => {
    for (const route of ROUTES) expect(required(checklistFor(defaultPolicy, route, 1)), route).toEqual(expect.arrayContaining(['owner', 'ask', 'deadline']));
    expect(byId(checklistFor(defaultPolicy, 'l2', 2), 'ask').options).toEqual(['investigate', 'fix', 'decide', 'approve exception']);
  });

  it('adds each route\'s package', () => {
    expect(required(checklistFor(defaultPolicy, 'l2', 2))).toEqual(expect.arrayContaining(['issue_summary', 'customer_context', 'checks_done']));
    expect(required(checklistFor(defaultPolicy, 'engineering', 1))).toEqual(expect.arrayContaining(['steps', 'environment', 'error_text', 'business_impact', 'commitments']));
    expect(required(checklistFor(defaultPolicy, 'product', 3))).toEqual(expect.arrayContaining(['use_case', 'business_impact', 'request_frequency']));
    expect(byId(checklistFor(defaultPolicy, 'product', 3), 'competitive_context').required).toBe(false);
    expect(required(checklistFor(defaultPolicy, 'security', 1))).toEqual(expect.arrayContaining(['observations', 'affected_parties', 'containment', 'urgency']));
    expect(required(checklistFor(defaultPolicy, 'leadership', 2))).toEqual(expect.arrayContaining(['business_context', 'revenue_exposure', 'checks_done', 'decision_needed', 'deadline']));
    // A package field never shows on a route that does not need it.
    expect(ids(checklistFor(defaultPolicy, 'l2', 2))).not.toContain('environment');
    expect(ids(checklistFor(defaultPolicy, 'engineering', 2))).not.toContain('decision_needed');
  });

  it('lets a route sharpen a common field instead of asking it twice', () => {
    const eng = checklistFor(defaultPolicy, 'engineering', 1);
    expect(ids(eng).filter((id) => id === 'steps')).toHaveLength(1);
    expect(byId(eng, 'steps')).toMatchObject({ label: 'Full reproduction steps (exact actions, literal inputs)', required: true, from: 'destination' });
    expect(byId(eng, 'commitments').label).toBe('Timeline already promised to the customer');
    expect(byId(checklistFor(defaultPolicy, 'l2', 2), 'steps')).toMatchObject({ label: 'Steps to reproduce', required: false, from: 'common' });
  });

  it('reads facts first, then the package, then reason, ask, owner and deadline', () => {
    const eng = ids(checklistFor(defaultPolicy, 'engineering', 1));
    expect(eng.indexOf('environment')).toBeLessThan(eng.indexOf('reason'));
    expect(eng.slice(-5)).toEqual(['reason', 'ask', 'owner', 'owner_role', 'deadline']);
  });

  it('says in one line why the receiver needs each item', () => {
    for (const route of ROUTES) {
      for (const item of checklistFor(defaultPolicy, route, 2)) {
        expect(item.why.length, `${route}.${item.id}`).toBeGreaterThan(20);
        expect(item.why.length).toBeLessThanOrEqual(200);
        expect(item.why).not.toMatch(/\n/);
      }
    }
  });
});

describe('Security skips the tier rules but keeps its package', () => {
  const security = checklistFor(defaultPolicy, 'security', 3);
  it('asks, without requiring, what only a tier-by-tier handoff needs', () => {
    for (const id of ['checks_done', 'expected_actual']) expect(byId(security, id), id).toMatchObject({ required: false, relaxed: true });
    for (const id of ['checks_done', 'expected_actual']) expect(byId(checklistFor(defaultPolicy, 'l2', 3), id).required, id).toBe(true);
  });
  it('still requires its own package and the basic facts', () => {
    expect(required(security)).toEqual(expect.arrayContaining(['observations', 'affected_parties', 'containment', 'urgency', 'affected', 'scope', 'owner', 'ask', 'deadline']));
  });
});

describe('defaults the form starts with', () => {
  const now = Date.parse('2026-11-23T15:12:00Z'); // Monday 09:12 in Chicago

  it('suggests the route\'s usual ask', () => {
    expect(byId(checklistFor(defaultPolicy, 'engineering', 1), 'ask').suggested).toBe('fix');
    expect(byId(checklistFor(defaultPolicy, 'l2', 2), 'ask').suggested).toBe('investigate');
    expect(byId(checklistFor(defaultPolicy, 'leadership', 2), 'ask').suggested).toBe('decide');
  });

  it('suggests the hard deadline from the level\'s acknowledgment target, in business hours where the target is', () => {
    expect(byId(checklistFor(defaultPolicy, 'engineering', 1, { now }), 'deadline').suggested).toBe('2026-11-23T15:27:00.000Z'); // 15 minutes
    expect(byId(checklistFor(defaultPolicy, 'l2', 2, { now }), 'deadline').suggested).toBe('2026-11-23T16:12:00.000Z'); // 1 hour
    expect(byId(checklistFor(defaultPolicy, 'product', 3, { now }), 'deadline').suggested).toBe('2026-11-23T19:12:00.000Z'); // 4 business hours
    expect(byId(checklistFor(defaultPolicy, 'l2', 2), 'deadline').suggested).toBeUndefined(); // no time given, no guess
  });

  it('follows the policy: a team that counts from the first-response target, or edits the level', () => {
    const team: Policy = structuredClone(defaultPolicy);
    team.handoff.deadlineFrom = 'firstResponse';
    expect(defaultDeadline(team, 3, now)).toEqual({ at: '2026-11-24T15:12:00.000Z', basis: 'firstResponse', target: { amount: 8, unit: 'business_hours' } });
    team.levels[0]!.acknowledgment = { amount: 30, unit: 'minutes' };
    team.handoff.deadlineFrom = 'acknowledgment';
    expect(defaultDeadline(team, 1, now)?.at).toBe('2026-11-23T15:42:00.000Z');
  });
});

describe('progress and completeness', () => {
  const items = checklistFor(defaultPolicy, 'l2', 2);
  const full: Record<string, string> = {
    affected: 'Dana Whitfield, Northwind Logistics (Chicago office)',
    scope: 'An office: all 40 people in Chicago',
    expected_actual: 'Expected: sign-in works. Actual: "Invalid credentials" for everyone.',
    started_at: 'since about 08:50 CST, 23 Nov',
    business_impact: 'Sales calls and support stopped for the office',
    checks_done: 'Password reset for two people -> still failing; status page green',
    commitments: 'Update by 10:00',
    reason: 'Cause unknown after the basic checks',
    ask: 'investigate',
    owner: 'Priya Nair',
    deadline: '2026-11-23T16:12:00.000Z',
    issue_summary: 'Whole Chicago office cannot sign in since 08:50',
    customer_context: 'Enterprise plan, renewal in January',
  };

  it('counts required items only, and names what is missing in form order', () => {
    const total = required(items).length;
    expect(progress(items, full)).toEqual({ done: total, total, missing: [] });
    expect(isComplete(items, full)).toBe(true);
    const { owner: _o, deadline: _d, ...partial } = full;
    const p = progress(items, { ...partial, scope: '   ' });
    expect(p.done).toBe(total - 3);
    expect(p.missing.map((m) => [m.id, m.problem])).toEqual([
      ['scope', 'empty'],
      ['owner', 'empty'],
      ['deadline', 'empty'],
    ]);
    expect(p.missing[1]!.why).toMatch(/named person/);
    expect(isComplete(items, partial)).toBe(false);
  });

  it('refuses an answer that is not one of the options, a deadline without its offset, and a runaway text', () => {
    expect(progress(items, { ...full, ask: 'escalate!!' }).missing).toEqual([expect.objectContaining({ id: 'ask', problem: 'not one of the options' })]);
    for (const deadline of ['2026-11-23T16:12', 'tomorrow', '2026-13-45T99:99Z', '<script>']) {
      expect(progress(items, { ...full, deadline }).missing.map((m) => m.problem), deadline).toEqual(['not a date and time with its offset']);
    }
    expect(progress(items, { ...full, deadline: '2026-11-23T10:12:00-06:00' }).missing).toEqual([]);
    expect(progress(items, { ...full, reason: 'x'.repeat(5_000) }).missing).toEqual([expect.objectContaining({ id: 'reason', problem: 'too long' })]);
  });

  it('lets optional items stay empty, but not hold a wrong value', () => {
    expect(answerProblem(byId(items, 'sentiment'), undefined)).toBeNull();
    expect(progress(items, { ...full, sentiment: 'Furious' }).missing).toEqual([expect.objectContaining({ id: 'sentiment', problem: 'not one of the options' })]);
    expect(isComplete(items, { ...full, sentiment: 'Frustrated' })).toBe(true);
  });

  it('ignores answers inherited through the prototype (a hostile key)', () => {
    const tricky = Object.create({ owner: 'Mallory' }) as Record<string, string>;
    Object.assign(tricky, full);
    delete tricky.owner;
    expect(progress(items, tricky).missing.map((m) => m.id)).toEqual(['owner']);
  });

  it('has nothing to hand off when the ticket stays in support', () => {
    expect(checklistFor(defaultPolicy, 'support', 3)).toEqual([]);
  });
});

describe('a team\'s own checklist', () => {
  it('uses the team\'s fields and required flags, validated by the schema', () => {
    const team: Policy = structuredClone(defaultPolicy);
    const eng = team.destinations.find((d) => d.id === 'engineering')!;
    eng.checklist.push({ id: 'jira_key', label: 'Jira issue key', kind: 'text', required: true, why: 'Engineering tracks everything in Jira.' });
    eng.checklist.find((f) => f.id === 'environment')!.required = false;
    const parsed = parsePolicy(team);
    expect(parsed.ok).toBe(true);
    const items = checklistFor(team, 'engineering', 2);
    expect(required(items)).toContain('jira_key');
    expect(required(items)).not.toContain('environment');
  });

  it('refuses a policy without an owner, ask or deadline field, or with a field twice', () => {
    const team = structuredClone(defaultPolicy) as unknown as Record<string, any>;
    team.commonChecklist = team.commonChecklist.filter((f: { id: string }) => f.id !== 'owner');
    team.destinations[1].checklist.push(team.destinations[1].checklist[0]);
    const parsed = parsePolicy(team);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toContain('commonChecklist: needs the "owner" field: every handoff has a named owner, an ask and a hard deadline');
      expect(parsed.errors).toContain('destinations.1.checklist: each field id may appear once');
    }
  });
});
