/** Assemble a TicketSnapshot from what an adapter read, applying the size limits. */
import { clip, clipMiddle, LIMITS, type TextCut } from '../ticket/limits';
import type { AuthorRole, TicketMessage, TicketSnapshot } from '../ticket/snapshot';

export interface RawTicket {
  ticketId: string | null;
  /** The number the page shows for the ticket; omitted when it shows none. */
  ticketNumber?: string;
  subject?: string;
  messages: { author: AuthorRole; authorName?: string; at?: string; text: string }[];
  /** The adapter left messages unread, reading only those the limits keep (dom.ts readKept): the snapshot is truncated. */
  cut?: boolean;
  requester?: { name?: string; email?: string; org?: string; plan?: string };
  status?: string;
  priority?: string;
  assignee?: string;
  group?: string;
  tags?: string[];
  createdAt?: string;
}

export function buildSnapshot(adapter: string, url: URL | string, raw: RawTicket): TicketSnapshot {
  let truncated = raw.cut === true;
  const cut = (value: string, max: number) => {
    if (value.length > max) truncated = true;
    return clip(value, max);
  };
  const opt = (value: string | undefined) => (value === undefined || value === '' ? undefined : cut(value, LIMITS.fieldChars));

  const read = raw.messages.filter((m) => m.text.trim() !== '');
  const record: TextCut = { totalChars: read.reduce((sum, m) => sum + m.text.length, 0), keptChars: 0, messages: read.length, keptMessages: 0, clippedMessages: 0 };
  let messages = read;
  if (messages.length > LIMITS.messages) {
    // Keep the first message (the report) and the latest ones (the current state).
    truncated = true;
    messages = [messages[0]!, ...messages.slice(messages.length - (LIMITS.messages - 1))];
  }
  // A message over the limit keeps its beginning and its end: the latest part always counts.
  messages = messages.map((m) => {
    if (m.text.length <= LIMITS.messageChars) return m;
    truncated = true;
    record.clippedMessages++;
    return { ...m, text: clipMiddle(m.text, LIMITS.messageChars) };
  });
  const total = messages.reduce((sum, m) => sum + m.text.length, 0);
  if (total > LIMITS.totalChars) {
    truncated = true;
    const [first, ...rest] = messages;
    let room = LIMITS.totalChars - first!.text.length;
    const newest: typeof messages = [];
    for (const message of rest.reverse()) {
      if (message.text.length > room) break;
      room -= message.text.length;
      newest.unshift(message);
    }
    messages = [first!, ...newest];
  }
  record.keptMessages = messages.length;
  record.keptChars = messages.reduce((sum, m) => sum + m.text.length, 0);
  const requester = raw.requester ?? {};
  const snapshot: TicketSnapshot = {
    adapter,
    url: cut(String(url), 4_000),
    ticketId: raw.ticketId === null ? null : cut(raw.ticketId, LIMITS.fieldChars),
    subject: cut((raw.subject ?? '').trim(), LIMITS.subjectChars),
    messages: messages.map(
      (m): TicketMessage => dropUndefined({ author: m.author, authorName: opt(m.authorName), at: opt(m.at), text: m.text }),
    ),
    requester: dropUndefined({ name: opt(requester.name), email: opt(requester.email), org: opt(requester.org), plan: opt(requester.plan) }),
    tags: (raw.tags ?? []).slice(0, LIMITS.tags).map((t) => cut(t, LIMITS.fieldChars)),
    truncated: false,
    ...dropUndefined({
      ticketNumber: opt(raw.ticketNumber?.trim()),
      status: opt(raw.status),
      priority: opt(raw.priority),
      assignee: opt(raw.assignee),
      group: opt(raw.group),
      createdAt: opt(raw.createdAt),
    }),
  };
  if ((raw.tags ?? []).length > LIMITS.tags) truncated = true;
  snapshot.truncated = truncated;
  if (record.keptMessages < record.messages || record.clippedMessages > 0) snapshot.cut = record;
  return snapshot;
}

/** exactOptionalPropertyTypes-friendly: omit keys whose value is undefined. */
function dropUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
