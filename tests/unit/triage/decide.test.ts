/**
 * The decision table (src/triage/decide.ts with the default table of
 * src/policy/decision-table-defaults.ts): every row reachable, the defaults as domain.md
 * words them, a changed fact changing the level as the table says, the same facts always
 * giving the same level, the 3-level scale, and what is in force when nothing was touched.
 */
import { describe, expect, it } from 'vitest';
import { allFactCombinations } from '../../../src/policy/decision-table';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { FactValues } from '../../../src/policy/fact-names';
import { rowMatches } from '../../../src/policy/fact-names';
import { chooseLevel, decide, decideFacts, type RouteOnTop } from '../../../src/triage/decide';
import { valuesOf } from '../../../src/triage/facts';
import { customer, policyWith, run } from './helpers';

const none: FactValues = { kind: null, stopped: null, who: null, workaround: null, touches: null };
const facts = (f: Partial<FactValues>): FactValues => ({ ...none, ...f });
const level = (f: Partial<FactValues>, policy = defaultPolicy) => decide(facts(f), policy)!;

describe('the default table', () => {
  it('every row is the deciding row for some facts, and every combination of facts reaches a row', () => {
    const reached = new Map<string, number>();
    for (const f of allFactCombinations()) {
      const d = decide(f, defaultPolicy);
      expect(d, JSON.stringify(f)).not.toBeNull();
      reached.set(d!.row.id, (reached.get(d!.row.id) ?? 0) + 1);
    }
    for (const row of defaultPolicy.decisionTable.rows) expect(reached.get(row.id) ?? 0, row.id).toBeGreaterThan(0);
  });

  it('names which facts decided it: the facts its deciding row names', () => {
    const d = level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'sign_in', workaround: 'none' });
    expect(d.row.id).toBe('customer-sign-in');
    expect(d.decidedBy).toEqual(['stopped', 'who', 'touches']);
    const row = defaultPolicy.decisionTable.rows.find((r) => r.id === d.row.id)!;
    expect(rowMatches(row, facts({ stopped: 'fully', who: 'customer', touches: 'sign_in' }))).toBe(true);
  });

  // Worked cases, quoted from shared domain.md.
  it('§10: "nobody in their Chicago office can log in … a real service problem blocking a whole office → Critical, Engineering"', () => {
    const d = level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'sign_in' });
    expect([d.severity, d.destination]).toEqual([1, 'engineering']);
  });
  it('§2: "Sev 1 when the customer as a whole cannot … take payment, send invoices …"; "a subset of a core task (some orders …)" is Sev 2', () => {
    expect([level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'core_task' }).severity, level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'core_task' }).destination]).toEqual([1, 'l2']);
    expect(level({ kind: 'broken', stopped: 'partly', who: 'customer', touches: 'core_task' }).severity).toBe(2);
  });
  it('§2: "Anything else that is fully blocked with no workaround is Sev 2: a team or group of users inside one customer"', () => {
    expect(level({ kind: 'broken', stopped: 'fully', who: 'group', workaround: 'none' }).severity).toBe(2);
  });
  it('§2: "A group inside one customer … does not raise by itself"; a whole organisation or office raises one level', () => {
    expect(level({ kind: 'broken', who: 'group' }).severity).toBe(3);
    expect(level({ kind: 'broken', who: 'customer' }).severity).toBe(2);
    expect(level({ kind: 'broken', stopped: 'slowed', who: 'customer' }).severity).toBe(2);
    expect(level({ kind: 'broken', stopped: 'slowed', who: 'group' }).severity).toBe(3);
  });
  it('§2: "A workaround … that fully restores the task … makes the ticket Sev 3 and keeps it in support. Data loss, data exposure and security concerns never lower."', () => {
    const d = level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'sign_in', workaround: 'restores' });
    expect([d.severity, d.destination]).toEqual([3, 'support']);
    expect(level({ kind: 'broken', touches: 'data', workaround: 'restores' }).severity).toBe(1);
    expect(level({ kind: 'broken', touches: 'security', workaround: 'restores' }).severity).toBe(1);
  });
  it('§4: "Security for any possible exposure or unauthorised access, from any level"', () => {
    for (const kind of ['how_to', 'cosmetic', 'feature', 'setup'] as const) expect(level({ kind, touches: 'security' }).destination).toBe('security');
  });
  it('§2: "Setup question (Sev 3) vs how-to (Sev 4)"; feature requests → Product, Low; "a design that works as intended but slows the customer\'s work is Sev 3, for Product"', () => {
    expect(level({ kind: 'setup' }).severity).toBe(3);
    expect(level({ kind: 'how_to' }).severity).toBe(4);
    expect([level({ kind: 'feature' }).severity, level({ kind: 'feature' }).destination]).toEqual([4, 'product']);
    expect([level({ kind: 'feature', stopped: 'slowed' }).severity, level({ kind: 'feature', stopped: 'slowed' }).destination]).toEqual([3, 'product']);
    expect(level({ kind: 'cosmetic', who: 'customer' }).severity).toBe(4);
  });
  it('§2: "Touches billing … → raise"; several customers → Engineering', () => {
    expect(level({ kind: 'broken', touches: 'billing' }).severity).toBe(2);
    expect(level({ kind: 'broken', touches: 'none' }).severity).toBe(3);
    expect(level({ kind: 'broken', who: 'several_customers' }).destination).toBe('engineering');
    expect(level({ kind: 'broken', stopped: 'fully', who: 'several_customers' }).severity).toBe(1);
  });
});

describe('the 3-level scale (domain.md: stopped → Critical, no workaround → High, can wait → Low)', () => {
  const three = policyWith((p) => {
    p.scale = 3;
    p.levels = p.levels.filter((l) => l.level !== 4).map((l) => (l.level === 3 ? { ...l, name: 'Low' } : l));
  });
  it('"Is the customer\'s business stopped? → Critical"', () => {
    expect(level({ kind: 'broken', stopped: 'fully', who: 'customer', touches: 'core_task' }, three).severity).toBe(1);
  });
  it('"Is there no workaround? → High"', () => {
    expect(level({ kind: 'broken', workaround: 'none' }, three).severity).toBe(2);
  });
  it('"Can it wait until tomorrow? → Low": Medium and Low rows both read as Low', () => {
    expect(level({ kind: 'broken', workaround: 'restores' }, three).severity).toBe(3);
    expect(level({ kind: 'how_to' }, three).severity).toBe(3);
  });
  it('never gives a level off the 3-level scale', () => {
    for (const f of allFactCombinations()) expect([1, 2, 3]).toContain(decide(f, three)!.severity);
  });
});

describe('the level in force', () => {
  const office = run(customer('Nobody in our Chicago office can log in since 9am. Other offices work; sales calls and support have stopped.'));

  it('nothing touched: the engine\'s own level and destination, with the table on the read facts beside it', () => {
    const choice = chooseLevel(office, {}, defaultPolicy);
    expect(choice.source).toBe('engine');
    expect([choice.severity, choice.destination]).toEqual([office.severity, office.destination]);
    expect(choice.table?.row.id).toBe('customer-sign-in');
  });

  it('a fact changed by the agent changes the level as the table says, and names the change', () => {
    const choice = chooseLevel(office, { who: 'one_user' }, defaultPolicy);
    expect(choice.source).toBe('facts');
    expect(choice.changed).toEqual(['who']);
    const expected = decide({ ...valuesOf(office.facts), who: 'one_user' }, defaultPolicy)!;
    expect([choice.severity, choice.destination]).toEqual([expected.severity, expected.destination]);
    expect([choice.severity, choice.destination]).toEqual([3, 'support']);
  });

  it('a confirmed fact (the same value) is in force but not a change', () => {
    const choice = chooseLevel(office, { who: 'customer' }, defaultPolicy);
    expect(choice.source).toBe('facts');
    expect(choice.changed).toEqual([]);
    expect(choice.severity).toBe(1);
  });

  it('the same facts always give the same level, whatever the engine read', () => {
    const other = run(customer('How do I change the logo on our invoices?'));
    for (const f of allFactCombinations().filter((_, i) => i % 7 === 0)) {
      const agent = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null));
      if (Object.keys(agent).length < 5) continue;
      const a = chooseLevel({ ...office, routes: [] }, agent, defaultPolicy);
      const b = chooseLevel({ ...other, routes: [] }, agent, defaultPolicy);
      expect(a.severity).toBe(b.severity);
      expect(a.destination).toBe(b.destination);
    }
  });

  it('route rules the engine fired still route on top of the table; a tier-skipping destination is never moved', () => {
    const engineering: RouteOnTop = { id: 'engineering-cause', label: 'Engineering cause', destination: 'engineering', from: ['l2'] };
    const leadership: RouteOnTop = { id: 'churn', label: 'Churn', destination: 'leadership' };
    const broken = facts({ kind: 'broken', stopped: 'partly', touches: 'core_task' });
    expect(decideFacts(broken, [engineering], defaultPolicy)).toMatchObject({ destination: 'engineering', routedBy: { id: 'engineering-cause' }, severity: 2 });
    expect(decideFacts(facts({ kind: 'how_to' }), [engineering], defaultPolicy)).toMatchObject({ destination: 'support', routedBy: null });
    expect(decideFacts(facts({ kind: 'how_to' }), [leadership], defaultPolicy)?.destination).toBe('leadership');
    expect(decideFacts(facts({ touches: 'security' }), [leadership], defaultPolicy)).toMatchObject({ destination: 'security', routedBy: null });
  });

  it('the suggestion carries the route rules that fired, without the tier-skipping ones', () => {
    const s = run(customer('Invoice PDFs are blank for some customers since your release yesterday.'));
    expect(s.routes).toEqual([expect.objectContaining({ id: 'engineering-cause', destination: 'engineering', from: ['l2', 'support'] })]);
    const exposed = run(customer('Since your release yesterday we can see invoices that belong to another company in our account.'));
    expect(exposed.destination).toBe('security');
    expect(exposed.routes.every((r) => r.destination !== 'security')).toBe(true);
    expect(chooseLevel(exposed, { kind: 'broken' }, defaultPolicy).destination).toBe('security');
  });

  it('a team\'s own table decides once the agent touches a fact', () => {
    const team = policyWith((p) => {
      p.decisionTable = { rows: [{ id: 'office', label: 'Office', when: { who: ['customer'] }, level: 2, destination: 'l2' }, { id: 'rest', label: 'Rest', when: {}, level: 4, destination: 'support' }] };
    });
    expect(chooseLevel(office, { touches: 'sign_in' }, team)).toMatchObject({ severity: 2, destination: 'l2', source: 'facts' });
  });
});
