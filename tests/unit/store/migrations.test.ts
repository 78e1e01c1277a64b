/**
 * Every released database version, upgraded to the current one, keeps its records.
 * For each version in SCHEMA_HISTORY there is a seed (records as that version wrote them);
 * adding a version means adding its seed here, and the test walks every older seed forward.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, SCHEMA_HISTORY, TierlineDb } from '../../../src/store/db';
import { caseLog, latestEvent, latestEvents, recentTickets } from '../../../src/store/tickets';

const KEY = 'freescout:help.acme.test:12';
const OTHER = 'osticket:help.acme.test:7';
const ticket = { key: KEY, adapter: 'freescout', ticketId: '12', subject: 'SSO down', url: 'https://help.acme.test/conversation/12', severity: 1, destination: 'engineering', symptom: 'login_failure', firstSeenAt: 1_000, seenAt: 5_000 };
const suggested = { severity: 1, destination: 'engineering' };

const SEEDS: Record<number, { tickets: object[]; events: object[]; threads?: object[] }> = {
  1: {
    tickets: [ticket],
    // v1 kept an event's fields in a `data` bag.
    events: [
      { ticketKey: KEY, at: 6_000, type: 'override', data: { severity: 2, destination: 'l2', reason: 'one user only', suggested, at: 6_000 } },
      { ticketKey: KEY, at: 9_000, type: 'override', data: { severity: 3, destination: 'support', reason: 'workaround found', suggested, at: 9_000 } },
      { ticketKey: OTHER, at: 7_000, type: 'override', data: { severity: 4, destination: 'support', reason: 'how-to', suggested, at: 7_000 } },
    ],
  },
  2: {
    tickets: [ticket],
    events: [
      { ticketKey: KEY, at: 6_000, type: 'override', severity: 2, destination: 'l2', reason: 'one user only', suggested },
      { ticketKey: KEY, at: 9_000, type: 'override', severity: 3, destination: 'support', reason: 'workaround found', suggested },
      { ticketKey: OTHER, at: 7_000, type: 'override', severity: 4, destination: 'support', reason: 'how-to', suggested },
    ],
  },
  // v3 added the handoff drafts; tickets and events as v2 wrote them.
  3: {
    tickets: [ticket],
    events: [
      { ticketKey: KEY, at: 6_000, type: 'override', severity: 2, destination: 'l2', reason: 'one user only', suggested },
      { ticketKey: KEY, at: 9_000, type: 'override', severity: 3, destination: 'support', reason: 'workaround found', suggested },
      { ticketKey: OTHER, at: 7_000, type: 'override', severity: 4, destination: 'support', reason: 'how-to', suggested },
    ],
  },
  // v4 added the timers' thread facts and shown notifications.
  4: {
    tickets: [ticket],
    threads: [{ key: KEY, createdAt: 1_000, messages: [{ author: 'customer', at: 1_000 }, { author: 'agent', at: 2_000 }], shared: null, readAt: 5_000 }],
    events: [
      { ticketKey: KEY, at: 6_000, type: 'override', severity: 2, destination: 'l2', reason: 'one user only', suggested },
      { ticketKey: KEY, at: 9_000, type: 'override', severity: 3, destination: 'support', reason: 'workaround found', suggested },
      { ticketKey: OTHER, at: 7_000, type: 'override', severity: 4, destination: 'support', reason: 'how-to', suggested },
    ],
  },
};

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('database migrations', () => {
  it('has a seed for every version', () => {
    for (const { version } of SCHEMA_HISTORY) expect(SEEDS[version], `seed for v${version}`).toBeDefined();
  });

  for (const { version } of SCHEMA_HISTORY) {
    it(`opens a v${version} database as v${CURRENT_DB_VERSION} with its records intact`, async () => {
      name = `tierline-migration-${version}-${Math.random()}`;
      // Write the seed with the schema as it was at that version.
      const old = new Dexie(name);
      for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores);
      await old.open();
      const seed = SEEDS[version]!;
      await old.table('tickets').bulkAdd(seed.tickets);
      await old.table('events').bulkAdd(seed.events);
      if (version >= 3) await old.table('drafts').add({ key: KEY, destination: 'engineering', answers: { scope: 'all 40' }, savedAt: 8_000 });
      if (seed.threads) await old.table('threads').bulkAdd(seed.threads);
      old.close();

      const db = new TierlineDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_DB_VERSION);
      const recent = await recentTickets(db, 0);
      expect(recent.map((t) => t.key)).toEqual([KEY]);
      expect(recent[0]).toMatchObject({ symptom: 'login_failure', seenAt: 5_000 });

      // Every event came across, in its typed shape, found through the new indexes.
      expect(await db.events.count()).toBe(seed.events.length);
      expect(await db.threads.count()).toBe(seed.threads?.length ?? 0);
      const log = await caseLog(db, KEY);
      expect(log.map((e) => e.at)).toEqual([6_000, 9_000]);
      expect(log[0]).toEqual({ id: expect.any(Number), ticketKey: KEY, at: 6_000, type: 'override', severity: 2, destination: 'l2', reason: 'one user only', suggested });
      expect(log.every((e) => !('data' in e))).toBe(true);
      const override = await latestEvent(db, KEY, 'override');
      expect(override).toMatchObject({ severity: 3, reason: 'workaround found' });
      const latest = await latestEvents(db, [KEY, OTHER, 'absent:x:1'], 'override');
      expect([...latest.keys()].sort()).toEqual([KEY, OTHER]);
      expect(latest.get(OTHER)).toMatchObject({ severity: 4, reason: 'how-to' });
      if (version >= 3) expect(await db.drafts.get(KEY)).toEqual({ key: KEY, destination: 'engineering', answers: { scope: 'all 40' }, savedAt: 8_000 });
      else expect(await db.drafts.count()).toBe(0);
      db.close();
    });
  }

  it('a fresh database starts at the current version', async () => {
    name = `tierline-fresh-${Math.random()}`;
    const db = new TierlineDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['drafts', 'events', 'notified', 'threads', 'tickets']);
    db.close();
  });
});
