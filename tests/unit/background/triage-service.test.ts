/**
 * The background's triage service on a real (fake-indexeddb) database: history feeds the
 * recurring-pattern trigger, overrides are stored and returned, a broken stored policy
 * falls back to the defaults and says why.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { knownTickets, saveFacts, saveOverride, triageTicket, type ServiceDeps } from '../../../src/background/triage-service';
import { renderRecordLine } from '../../../src/handoff/record-line';
import { TierlineDb } from '../../../src/store/db';
import { logEvent } from '../../../src/store/tickets';
import { loadPolicy } from '../../../src/background/policy-service';
import type { TicketSnapshot } from '../../../src/ticket/snapshot';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/schema';

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

  it("the list badge works the facts' level out again under today's policy (the team edited its decision table)", async () => {
    const snapshot = ticket('32', 'Nobody in our Denver office can sign in since 8:40. Sales and support have stopped.');
    const first = await triageTicket(deps(), { key: 'demo:h:32', snapshot });
    const read = Object.fromEntries(Object.entries(first.suggestion.facts).map(([k, f]) => [k, f.value])) as Parameters<typeof saveFacts>[1]['read'];
    const suggested = { severity: first.suggestion.severity, destination: first.suggestion.destination };
    await saveFacts(deps(), { key: 'demo:h:32', values: { who: 'one_user' }, read, suggested, inForce: { severity: 3, destination: 'support' }, routes: [...first.suggestion.routes] });
    await saveFacts(deps(), { key: 'demo:h:33', values: { who: 'one_user' }, read, suggested, inForce: { severity: 3, destination: 'support' } });
    await triageTicket(deps(), { key: 'demo:h:33', snapshot: ticket('33', 'Nobody in our Denver office can sign in since 8:40.') });
    // The team now sends one user who cannot sign in to L2 at High.
    const team = structuredClone(defaultPolicy) as Policy;
    team.decisionTable.rows = team.decisionTable.rows.map((r) => (r.id === 'one-user-sign-in' ? { ...r, level: 2, destination: 'l2' } : r));
    stored = JSON.parse(JSON.stringify(team));
    const known = await knownTickets(deps(), { keys: ['demo:h:32', 'demo:h:33'] });
    expect(known['demo:h:32']).toEqual({ severity: 2, levelName: 'High', destination: 'l2' });
    // An event saved before routes were stored keeps the level it was saved with.
    expect(known['demo:h:33']).toMatchObject({ severity: 3, destination: 'support' });
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

  it('answers the handoff prefill and the shared record of an internal note with the verdict (the sidebar bundle carries neither extractor)', async () => {
    const line = renderRecordLine({ ref: 'TL-7-20261123-1512', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex Morgan', move: 'escalation' });
    const base = ticket('7', 'None of the 40 people in our office can sign in since about 08:50. The page says "Invalid credentials, error 403".');
    const fromCustomer = await triageTicket(deps(), { key: 'demo:h:7', snapshot: { ...base, messages: [...base.messages, { author: 'customer', text: `escalate it\n${line}` }] } });
    expect(fromCustomer.sharedRecord).toBeNull();
    expect(fromCustomer.prefill.started.map((s) => s.value).join(' ')).toMatch(/08:50/);
    expect(fromCustomer.prefill.errors.map((s) => s.value).join(' ')).toMatch(/Invalid credentials/);
    expect(fromCustomer.prefill.requester).toMatchObject({ value: 'Customer 7', field: 'requester.name' });
    const fromNote = await triageTicket(deps(), { key: 'demo:h:7', snapshot: { ...base, messages: [...base.messages, { author: 'internal', text: `ESCALATION …\n${line}` }] } });
    expect(fromNote.sharedRecord).toMatchObject({ ref: 'TL-7-20261123-1512', owner: 'Priya Nair', escalatedBy: 'Alex Morgan' });
  });
  it("answers this browser's own open escalation from the case log (no note in the ticket yet), and none once it is closed", async () => {
    const snapshot = ticket('8', 'Checkout is down for all our customers since 09:10.');
    const at = Date.parse('2026-11-23T14:40:00Z');
    await logEvent(deps().db, { type: 'escalation', ticketKey: 'demo:h:8', at, movement: 'escalation', severity: 1, destination: 'engineering', owner: 'Priya Nair', ask: 'fix', deadline: at + 3_600_000, answers: {}, by: 'Alex Morgan' });
    const open = await triageTicket(deps(), { key: 'demo:h:8', snapshot });
    expect(open.localRecord).toEqual({ ref: 'TL-8-20261123-1440', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T15:40:00.000Z', escalatedAt: '2026-11-23T14:40:00.000Z', escalatedBy: 'Alex Morgan', move: 'escalation' });
    await logEvent(deps().db, { type: 'closeout', ticketKey: 'demo:h:8', at: at + 60_000, cause: 'fixed' });
    expect((await triageTicket(deps(), { key: 'demo:h:8', snapshot })).localRecord).toBeNull();
    expect((await triageTicket(deps(), { key: 'demo:h:9', snapshot: ticket('9', 'How do I export?') })).localRecord).toBeNull();
  });
});
