/** Repository functions over the database: the only code that knows its tables. */
import Dexie from 'dexie';
import type { RecentTicket } from '../triage/types';
import type { CaseEventOf, CaseEventType, NewCaseEvent } from './case-log';
import type { TicketRecord, TierlineDb } from './db';

export async function saveTicketSeen(db: TierlineDb, record: Omit<TicketRecord, 'firstSeenAt'>): Promise<void> {
  await db.transaction('rw', db.tickets, async () => {
    const prior = await db.tickets.get(record.key);
    await db.tickets.put({ ...record, firstSeenAt: prior?.firstSeenAt ?? record.seenAt });
  });
}

/** Tickets seen since `since` (epoch ms), newest first, for the recurring-pattern trigger. */
export async function recentTickets(db: TierlineDb, since: number, limit = 200): Promise<RecentTicket[]> {
  const rows = await db.tickets.where('seenAt').aboveOrEqual(since).reverse().limit(limit).toArray();
  return rows.map((row) => ({ key: row.key, ticketId: row.ticketId, subject: row.subject, symptom: row.symptom, seenAt: row.seenAt }));
}

export async function logEvent(db: TierlineDb, event: NewCaseEvent): Promise<number> {
  return (await db.events.add(event as CaseEventOf<CaseEventType>)) as number;
}

/** A ticket's case log, oldest first (the [ticketKey+at] index). */
export async function caseLog(db: TierlineDb, ticketKey: string): Promise<CaseEventOf<CaseEventType>[]> {
  return db.events.where('[ticketKey+at]').between([ticketKey, Dexie.minKey], [ticketKey, Dexie.maxKey]).toArray();
}

/** The newest event of one kind for a ticket. */
export async function latestEvent<T extends CaseEventType>(db: TierlineDb, ticketKey: string, type: T): Promise<CaseEventOf<T> | undefined> {
  const log = await caseLog(db, ticketKey);
  for (let i = log.length - 1; i >= 0; i--) if (log[i]!.type === type) return log[i] as CaseEventOf<T>;
  return undefined;
}

/** The newest event of one kind for each of these tickets (list badges): one query, not one per ticket. */
export async function latestEvents<T extends CaseEventType>(db: TierlineDb, ticketKeys: string[], type: T): Promise<Map<string, CaseEventOf<T>>> {
  const wanted = new Set(ticketKeys);
  const found = new Map<string, CaseEventOf<T>>();
  if (!wanted.size) return found;
  await db.events
    .where('[type+at]')
    .between([type, Dexie.minKey], [type, Dexie.maxKey])
    .each((event) => {
      if (wanted.has(event.ticketKey)) found.set(event.ticketKey, event as CaseEventOf<T>); // later ones win
    });
  return found;
}
