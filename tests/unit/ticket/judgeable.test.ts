import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src/adapters/snapshot';
import { judgeable } from '../../../src/ticket/judgeable';
import { clipMiddle, describeCut, LIMITS } from '../../../src/ticket/limits';

const ticket = (...texts: string[]) => ({ subject: 'Subject', messages: texts.map((text) => ({ author: 'customer' as const, text })) });

describe('is there anything to judge?', () => {
  it('no text, or only a subject: nothing', () => {
    expect(judgeable({ subject: '', messages: [] }, false)).toEqual({ ok: false, reason: 'Tierline found no ticket text on this page' });
    expect(judgeable(ticket('   '), false)).toEqual({ ok: false, reason: 'Tierline read only a subject here, no message text' });
  });

  it('page chrome read by the fallback ("Ticket not found", menus, labels): nothing', () => {
    const notFound = 'Acme Help\nSigned in as Alex Morgan\nTicket not found';
    expect(judgeable(ticket(notFound), true).ok).toBe(false);
    const labels = 'Requester\nDana Whitfield\nStatus\nOpen\nPriority\nNormal\nAssign to me\nAdd note\nMerge';
    expect(judgeable(ticket(labels), true).ok).toBe(false);
  });

  it('a real report, however short, calm or non-native, is judged', () => {
    expect(judgeable(ticket('Checkout is down for all of our customers since 9am.'), false)).toEqual({ ok: true });
    expect(judgeable(ticket('pls help, invoice not sending to client since morning'), false)).toEqual({ ok: true });
    expect(judgeable(ticket('Since the update this morning our whole team cannot open any invoice at all, please help us.'), true)).toEqual({ ok: true });
  });
});

describe('what the size limits leave out', () => {
  it('a long message keeps its beginning and, larger, its end, never splitting a pair', () => {
    const text = `${'a'.repeat(30_000)}😀${'b'.repeat(30_000)}THE END`;
    const clipped = clipMiddle(text, 1_000);
    expect(clipped).toHaveLength(1_000);
    expect(clipped.startsWith('aaa')).toBe(true);
    expect(clipped.endsWith('bbbTHE END')).toBe(true);
    expect(clipMiddle('short', 1_000)).toBe('short');
    const pair = clipMiddle(`${'x'.repeat(1_000)}${'😀'.repeat(600)}`, 1_000);
    expect(pair.charCodeAt(pair.indexOf(']') + 2) >= 0xdc00 && pair.charCodeAt(pair.indexOf(']') + 2) <= 0xdfff).toBe(false);
  });

  it('records and describes a long thread truthfully', () => {
    const messages = Array.from({ length: 400 }, (_, i) => ({ author: 'customer' as const, text: `Message ${i}: ${'word '.repeat(20)}` }));
    const snapshot = buildSnapshot('demo', 'https://x.test/', { ticketId: '1', messages });
    expect(snapshot.messages).toHaveLength(LIMITS.messages);
    expect(snapshot.messages[0]!.text).toContain('Message 0:');
    expect(snapshot.messages.at(-1)!.text).toContain('Message 399:');
    expect(snapshot.cut).toMatchObject({ messages: 400, keptMessages: 300, clippedMessages: 0 });
    expect(describeCut(snapshot.cut!)).toMatch(/^This ticket is long: Tierline read [\d,]+ of [\d,]+ characters: the first message and the latest 299 \(100 in between were left out\)\.$/);
    expect(buildSnapshot('demo', 'https://x.test/', { ticketId: '1', messages: messages.slice(0, 3) }).cut).toBeUndefined();
  });
});
