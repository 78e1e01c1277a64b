/**
 * The background's triage service on a real (fake-indexeddb) database: history feeds the
 * recurring-pattern trigger, overrides are stored and returned, a broken stored policy
 * falls back to the defaults and says why.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { knownTickets, saveFacts, saveOverride, triageTicket, type ServiceDeps } from '../../../src/background/triage-service';
import { TierlineDb } from '../../../src/store/db';
import { loadPolicy } from '../../../src/background/policy-service';
import type { TicketSnapshot } from '../../../src/ticket/snapshot';

const NOW = Date.parse('2026-11-23T15:00:00Z');
let db: TierlineDb;
let clock = NOW;
let stored: unknown;

function deps(): ServiceDeps {
  db ??= new TierlineDb(`tierline-service-${Math.random()}`);
  return { db, policy: () => loadPolicy(async () => stored), now: () => clock };
}

const ticket = (id: string, text: string): TicketSnapshot => ({
  adapter: 'demo',
  url: `http://127.0.0.1:5177/tickets/${id}`,
  ticketId: id,
  subject: `SSO login fails (${id})`,
  messages: [{ author: 'customer', text }],
  requester: { name: `Customer ${id}` },
  tags: [],
  truncated: false,
});

afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined as unknown as TierlineDb;
  stored = undefined;
  clock = NOW;
});

describe('triage service', () => {
  it('keeps the agent\'s impact facts for the ticket: the next triage (a reload) returns them and the table\'s level for them', async () => {
    const snapshot = ticket('31', 'Nobody in our Denver office can sign in since 8:40. Sales and support have stopped.');
    const first = await triageTicket(deps(), { key: 'demo:h:31', snapshot });
    expect(first.facts).toEqual({});
    expect(first.choice).toMatchObject({ source: 'engine', severity: first.suggestion.severity });
    const read = Object.fromEntries(Object.entries(first.suggestion.facts).map(([k, f]) => [k, f.value])) as Parameters<typeof saveFacts>[1]['read'];
    await saveFacts(deps(), { key: 'demo:h:31', values: { who: 'one_user' }, read, suggested: { severity: first.suggestion.severity, destination: first.suggestion.destination }, inForce: { severity: 3, destination: 'support' } });
    const again = await triageTicket(deps(), { key: 'demo:h:31', snapshot });
    expect(again.facts).toEqual({ who: 'one_user' });
    expect(again.choice).toMatchObject({ source: 'facts', changed: ['who'], severity: 3, destination: 'support' });
    const events = await db.events.toArray();
    expect(events.find((e) => e.type === 'facts')).toMatchObject({ values: { who: 'one_user' }, read, inForce: { severity: 3, destination: 'support' } });
    // The list badge shows the level in force: the facts', not the engine's.
    expect((await knownTickets(deps(), { keys: ['demo:h:31'] }))['demo:h:31']).toEqual({ severity: 3, levelName: 'Medium', destination: 'support' });
  });

  it('remembers what it saw and badges it', async () => {
    const reply = await triageTicket(deps(), { key: 'demo:h:1', snapshot: ticket('1', 'None of our users can sign in through Okta SSO since this morning.') });
    expect(reply.policy.source).toBe('default');
    expect(reply.override).toBeNull();
    const known = await knownTickets(deps(), { keys: ['demo:h:1', 'demo:h:unknown'] });
    expect(Object.keys(known)).toEqual(['demo:h:1']);
    expect(known['demo:h:1']).toMatchObject({ severity: reply.suggestion.severity, destination: reply.suggestion.destination });
  });

  it('fires the recurring pattern on the third report of the same symptom within the window, naming the others', async () => {
    const text = 'Since 9am our users cannot log in with SSO, they get a SAML error.';
    const first = await triageTicket(deps(), { key: 'demo:h:11', snapshot: ticket('11', text) });
    expect(first.suggestion.symptom).not.toBeNull();
    clock += 20 * 60_000;
    const second = await triageTicket(deps(), { key: 'demo:h:12', snapshot: ticket('12', text) });
    expect(second.suggestion.rules.find((r) => r.id === 'recurring')).toBeUndefined();
    clock += 20 * 60_000;
    const third = await triageTicket(deps(), { key: 'demo:h:13', snapshot: ticket('13', text) });
    const recurring = third.suggestion.rules.find((r) => r.id === 'recurring');
    expect(recurring?.related?.map((t) => t.ticketId).sort()).toEqual(['11', '12']);
    expect(third.suggestion.triggers).toContain('recurring');
    // Seeing the same ticket again does not count it twice.
    clock += 60_000;
    const again = await triageTicket(deps(), { key: 'demo:h:13', snapshot: ticket('13', text) });
    expect(again.suggestion.rules.find((r) => r.id === 'recurring')?.related?.map((t) => t.ticketId).sort()).toEqual(['11', '12']);
  });

  it('does not count reports older than the window', async () => {
    const text = 'Since 9am our users cannot log in with SSO, they get a SAML error.';
    await triageTicket(deps(), { key: 'demo:h:21', snapshot: ticket('21', text) });
    await triageTicket(deps(), { key: 'demo:h:22', snapshot: ticket('22', text) });
    clock += 3 * 60 * 60_000; // three hours later, past the two-hour window
    const late = await triageTicket(deps(), { key: 'demo:h:23', snapshot: ticket('23', text) });
    expect(late.suggestion.rules.find((r) => r.id === 'recurring')).toBeUndefined();
  });

  it('stores an override and returns it with the next triage', async () => {
    const first = await triageTicket(deps(), { key: 'demo:h:31', snapshot: ticket('31', 'How do I export my contacts to CSV?') });
    await saveOverride(deps(), { key: 'demo:h:31', severity: 2, destination: 'l2', reason: 'whole team blocked on it', suggested: { severity: first.suggestion.severity, destination: first.suggestion.destination } });
    const next = await triageTicket(deps(), { key: 'demo:h:31', snapshot: ticket('31', 'How do I export my contacts to CSV?') });
    expect(next.override).toMatchObject({ severity: 2, destination: 'l2', reason: 'whole team blocked on it', at: NOW });
  });

  it('falls back to the default policy, saying why, when the stored one is broken', async () => {
    stored = { name: 'half a policy' };
    const reply = await triageTicket(deps(), { key: 'demo:h:41', snapshot: ticket('41', 'Checkout is down for all our customers.') });
    expect(reply.policy.name).toBe('Default escalation policy');
    expect(reply.policy.source).toMatch(/^default \(the team policy is invalid: .+\)$/);
  });
});
