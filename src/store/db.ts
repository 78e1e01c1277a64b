/**
 * The one database, in the extension's origin (background and extension pages only — a
 * content script opening IndexedDB would write into the helpdesk's origin).
 *
 * Versions are data: each entry is a Dexie schema plus the upgrade that carries the previous
 * version's records forward. Never edit a released entry; append a new one (and its seed in
 * tests/unit/store/migrations.test.ts). An upgrade that throws aborts the whole version
 * change (Dexie rolls back), so data is never half-migrated. Index only what is queried;
 * booleans cannot be indexed.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DestinationId, Severity } from '../policy/primitives';
import type { SharedRecord, ThreadMessage } from '../timers/plan';
import type { CaseEvent } from './case-log';

export const DB_NAME = 'tierline';

/** A ticket the agent opened, as last triaged. Key: see src/ticket/key.ts. */
export interface TicketRecord {
  key: string;
  adapter: string;
  ticketId: string | null;
  subject: string;
  url: string;
  severity: Severity;
  destination: DestinationId;
  /** Triage symptom signature, for the recurring-pattern trigger; null when none. */
  symptom: string | null;
  firstSeenAt: number;
  seenAt: number;
}

/** The agent's unsent handoff checklist for one ticket (v3): survives reloads and a stopped service worker. */
export interface DraftRecord {
  key: string;
  destination: DestinationId;
  answers: Record<string, string>;
  /** The agent's choice of escalation or transfer, when they changed the proposal (not indexed: no version bump). */
  movement?: 'escalation' | 'transfer';
  savedAt: number;
}

/**
 * What a ticket's thread showed when last read (v4): its created time and the times and roles
 * of its public messages, and the escalation its shared-record line carries. The timers are
 * derived from these and the case log, so a restarted worker can plan them with no tab open.
 */
export interface ThreadRecord {
  key: string;
  /** Epoch ms; null when the page did not say. */
  createdAt: number | null;
  messages: ThreadMessage[];
  shared: SharedRecord | null;
  /** When it was read (epoch ms). */
  readAt: number;
}

/** A timer notification already shown (v4), by its key (src/timers/due.ts notificationKey), so it is never repeated. */
export interface NotifiedRecord {
  key: string;
  at: number;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      tickets: '&key, seenAt, symptom',
      events: '++id, ticketKey, at, type',
    },
  },
  {
    // The typed case log: v1 kept an override's fields in a `data` bag; v2 flattens them
    // into the record (one shape per event type) and indexes the log by ticket and by kind
    // in time order, for the case view, the timers and the review.
    version: 2,
    stores: {
      events: '++id, [ticketKey+at], [type+at]',
    },
    async upgrade(tx) {
      await tx
        .table('events')
        .toCollection()
        .modify((record: Record<string, unknown>) => {
          const data = record.data;
          if (data === null || typeof data !== 'object') return;
          delete record.data;
          // The record's own ticketKey, at and type win over copies kept in the bag.
          for (const [name, value] of Object.entries(data)) if (!(name in record)) record[name] = value;
        });
    },
  },
  {
    // Handoff drafts, one per ticket (the key is the ticket's key).
    version: 3,
    stores: {
      drafts: '&key, savedAt',
    },
  },
  {
    // The timers (v4): thread facts per ticket, and the notifications already shown. Version 3
    // (the handoff drafts) is another branch's; Dexie accepts the gap.
    version: 4,
    stores: {
      threads: '&key, readAt',
      notified: '&key, at',
    },
  },
];

export class TierlineDb extends Dexie {
  tickets!: EntityTable<TicketRecord, 'key'>;
  events!: EntityTable<CaseEvent, 'id'>;
  drafts!: EntityTable<DraftRecord, 'key'>;
  threads!: EntityTable<ThreadRecord, 'key'>;
  notified!: EntityTable<NotifiedRecord, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of SCHEMA_HISTORY) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export const CURRENT_DB_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
