/** The background's handoff service on a real (fake-indexeddb) database: drafts per ticket, the escalation event. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { discardDraft, escalate, getDraft, handoffPolicy, saveDraft } from '../../../src/background/handoff-service';
import { loadPolicy } from '../../../src/background/policy-service';
import type { ServiceDeps } from '../../../src/background/triage-service';
import { CStoBGRequest } from '../../../src/store/protocol-schema';
import { TierlineDb } from '../../../src/store/db';
import { caseLog } from '../../../src/store/tickets';

const KEY = 'demo:127.0.0.1:1042';
let db: TierlineDb | undefined;
let clock = Date.parse('2026-11-23T15:00:00Z');

function deps(): ServiceDeps {
  db ??= new TierlineDb(`tierline-handoff-${Math.random()}`);
  return { db, policy: () => loadPolicy(async () => undefined), now: () => clock };
}

afterEach(async () => {
  if (db) {
    db.close();
    await Dexie.delete(db.name);
    db = undefined;
  }
});

describe('handoff service', () => {
  it('answers the handoff part of the policy', async () => {
    const p = await handoffPolicy(deps());
    expect(p.handoff.guard.routes.length).toBeGreaterThan(0);
    expect(p.commonChecklist.length).toBeGreaterThan(0);
    expect(Object.keys(p).sort()).toEqual(['businessHours', 'commonChecklist', 'destinations', 'handoff', 'levels']);
  });

  it('keeps one draft per ticket, replaced on save, gone on discard (a fresh worker reads it back)', async () => {
    const d = deps();
    expect(await getDraft(d, { key: KEY })).toBeNull();
    await saveDraft(d, { key: KEY, destination: 'engineering', answers: { scope: 'all 40' } });
    clock += 1_000;
    await saveDraft(d, { key: KEY, destination: 'engineering', answers: { scope: 'all 40', owner: 'Priya Nair' } });
    // A stopped worker: a new database object on the same store.
    const again = { ...d, db: new TierlineDb(d.db.name) };
    expect(await getDraft(again, { key: KEY })).toEqual({ destination: 'engineering', answers: { scope: 'all 40', owner: 'Priya Nair' }, savedAt: clock });
    again.db.close();
    await discardDraft(d, { key: KEY });
    expect(await getDraft(d, { key: KEY })).toBeNull();
  });

  it('logs an escalation event with the answers and the override reason, and drops the draft', async () => {
    const d = deps();
    await saveDraft(d, { key: KEY, destination: 'engineering', answers: { scope: 'all 40' } });
    const reply = await escalate(d, { key: KEY, severity: 1, destination: 'engineering', movement: 'escalation', owner: 'Priya Nair', ask: 'approve exception', deadline: '2026-11-23T15:15:00Z', answers: { scope: 'all 40' }, by: 'Alex Morgan', overrideReason: 'customer on the phone' });
    expect(reply).toEqual({ saved: true, at: clock });
    const log = await caseLog(d.db, KEY);
    expect(log).toEqual([
      { id: expect.any(Number), type: 'escalation', ticketKey: KEY, at: clock, movement: 'escalation', severity: 1, destination: 'engineering', owner: 'Priya Nair', ask: 'approve_exception', deadline: Date.parse('2026-11-23T15:15:00Z'), answers: { scope: 'all 40' }, by: 'Alex Morgan', overrideReason: 'customer on the phone' },
    ]);
    expect(await getDraft(d, { key: KEY })).toBeNull();
  });

  it('refuses malformed requests at the schema', () => {
    const ok = { key: KEY, severity: 1, destination: 'engineering', movement: 'escalation', owner: 'P', ask: 'fix', deadline: '2026-11-23T15:15:00Z', answers: {} };
    expect(CStoBGRequest.safeParse({ type: 'handoff/escalate', payload: ok }).success).toBe(true);
    expect(CStoBGRequest.safeParse({ type: 'handoff/escalate', payload: { ...ok, deadline: 'tomorrow' } }).success).toBe(false);
    expect(CStoBGRequest.safeParse({ type: 'handoff/escalate', payload: { ...ok, overrideReason: ' ' } }).success).toBe(false);
    expect(CStoBGRequest.safeParse({ type: 'draft/save', payload: { key: KEY, destination: 'engineering', answers: { x: 'y'.repeat(10_001) } } }).success).toBe(false);
  });
});
