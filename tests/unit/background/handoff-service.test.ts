/** The background's handoff service on a real (fake-indexeddb) database: drafts per ticket, the escalation event. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { discardDraft, escalate, getDraft, handoffPolicy, renderNoteFor, saveDraft } from '../../../src/background/handoff-service';
import { parseRecordLine, type CaseRecord } from '../../../src/handoff/record-line';
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

  it('keeps the escalation-or-transfer choice with the draft, even when it is the only change', async () => {
    const d = deps();
    await saveDraft(d, { key: KEY, destination: 'product', answers: {}, movement: 'transfer' });
    expect(await getDraft(d, { key: KEY })).toEqual({ destination: 'product', answers: {}, movement: 'transfer', savedAt: clock });
    await saveDraft(d, { key: KEY, destination: 'product', answers: {} });
    expect(await getDraft(d, { key: KEY })).toBeNull(); // nothing left of the agent's own
    expect(CStoBGRequest.safeParse({ type: 'draft/save', payload: { key: KEY, destination: 'product', answers: {}, movement: 'sideways' } }).success).toBe(false);
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

  describe('handoff/render-note', () => {
    const record: CaseRecord = { ref: 'TL-1042-20261123-1512', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex Morgan', move: 'transfer' };
    const snapshot = { adapter: 'demo', url: 'http://127.0.0.1:5177/tickets/1042', ticketId: '1042', subject: 'Checkout <b>down</b>', messages: [{ author: 'customer' as const, text: 'Our checkout is down [click](https://evil.example). Nobody can pay.' }], requester: { name: 'Dana' }, tags: [], truncated: false };
    const request = { snapshot, levelName: 'Critical', destinationName: 'Engineering', rules: [{ id: 'outage', effect: 'raise' as const, severity: 1 as const, trigger: 'widespread' as const, evidence: [{ messageIndex: 0, start: 4, end: 20 }] }], timeZone: 'Europe/London', fields: { owner: 'Priya Nair' }, items: [{ id: 'owner', label: 'Owner' }], record };

    it('renders the note in the three formats, ending with a record line that parses back', () => {
      expect(CStoBGRequest.safeParse({ type: 'handoff/render-note', payload: request }).success).toBe(true);
      const note = renderNoteFor(request);
      const last = note.text.trim().split('\n').at(-1)!;
      expect(parseRecordLine(last)).toEqual({ ok: true, record: { ...record, deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:00Z' } });
      expect(note.text).toContain('Our checkout is down');
      expect(note.html).not.toMatch(/<b>/);
      expect(note.markdown).not.toMatch(/(?<!\\)\[click\]/);
    });

    it('refuses a malformed note request at the schema', () => {
      const bad = [
        { ...request, record: { ...record, destination: 'support' } },
        { ...request, record: { ...record, move: 'sideways' } },
        { ...request, rules: [{ ...request.rules[0], effect: 'explode' }] },
        { ...request, levelName: 'x'.repeat(201) },
        { ...request, items: Array.from({ length: 101 }, (_, i) => ({ id: `f${i}`, label: 'L' })) },
        { ...request, snapshot: { ...snapshot, messages: [{ author: 'admin', text: 'x' }] } },
      ];
      for (const payload of bad) expect(CStoBGRequest.safeParse({ type: 'handoff/render-note', payload }).success, JSON.stringify(payload).slice(0, 120)).toBe(false);
    });
  });
});
