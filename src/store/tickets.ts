/** Repository functions over the database: the only code that knows its tables. */
import type { RecentTicket } from '../triage/types';
import type { EventRecord, TicketRecord, TierlineDb } from './db';

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

export async function logEvent(db: TierlineDb, event: Omit<EventRecord, 'id'>): Promise<number> {
  return (await db.events.add(event)) as number;
}

export async function latestEvent(db: TierlineDb, ticketKey: string, type: EventRecord['type']): Promise<EventRecord | undefined> {
  const rows = await db.events.where('ticketKey').equals(ticketKey).filter((e) => e.type === type).sortBy('at');
  return rows[rows.length - 1];
}
