import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src/adapters/snapshot';
import { LIMITS } from '../../../src/ticket/limits';
import { TicketSnapshot } from '../../../src/ticket/snapshot';

const url = 'https://help.example.com/t/1';

describe('snapshot builder (hostile and huge tickets)', () => {
  it('keeps a normal ticket as it is, and what it builds passes the background schema', () => {
    const snapshot = buildSnapshot('demo', url, { ticketId: '1', subject: '  Checkout down ', messages: [{ author: 'customer', text: 'It is down.' }], requester: { name: 'Dana', email: '' } });
    expect(snapshot).toMatchObject({ subject: 'Checkout down', truncated: false, requester: { name: 'Dana' } });
    expect(snapshot.requester).not.toHaveProperty('email');
    expect(TicketSnapshot.safeParse(snapshot).success).toBe(true);
  });

  it('caps each message, the number of messages and the total, keeping the report and the newest', () => {
    const messages = Array.from({ length: 400 }, (_, i) => ({ author: 'customer' as const, text: `message ${i} ` + 'x'.repeat(30_000) }));
    const snapshot = buildSnapshot('demo', url, { ticketId: '1', subject: 's'.repeat(5_000), messages });
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.subject).toHaveLength(LIMITS.subjectChars);
    expect(snapshot.messages[0]!.text.startsWith('message 0 ')).toBe(true);
    expect(snapshot.messages[snapshot.messages.length - 1]!.text.startsWith('message 399 ')).toBe(true);
    expect(snapshot.messages.every((m) => m.text.length <= LIMITS.messageChars)).toBe(true);
    expect(snapshot.messages.reduce((sum, m) => sum + m.text.length, 0)).toBeLessThanOrEqual(LIMITS.totalChars);
    expect(TicketSnapshot.safeParse(snapshot).success).toBe(true);
  });

  it('never splits a surrogate pair, and keeps odd text (RTL, zero-width, emoji) as text', () => {
    const text = '😀'.repeat(LIMITS.messageChars); // 2 code units each
    const snapshot = buildSnapshot('demo', url, { ticketId: null, subject: '\u202Egnp.exe\u200B 🚨', messages: [{ author: 'customer', text }] });
    const last = snapshot.messages[0]!.text.charCodeAt(snapshot.messages[0]!.text.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    expect(snapshot.subject).toBe('\u202Egnp.exe\u200B 🚨');
  });

  it('carries the shown ticket number apart from the internal id, and the background accepts it', () => {
    const snapshot = buildSnapshot('osticket', url, { ticketId: '1', ticketNumber: ' 639656 ', messages: [] });
    expect(snapshot).toMatchObject({ ticketId: '1', ticketNumber: '639656' });
    expect(TicketSnapshot.parse(snapshot)).toEqual(snapshot);
    expect(buildSnapshot('osticket', url, { ticketId: '1', ticketNumber: '', messages: [] })).not.toHaveProperty('ticketNumber');
  });

  it('drops empty messages', () => {
    const snapshot = buildSnapshot('demo', url, { ticketId: '1', messages: [{ author: 'agent', text: '  \n ' }, { author: 'customer', text: 'real' }] });
    expect(snapshot.messages.map((m) => m.text)).toEqual(['real']);
  });
});
