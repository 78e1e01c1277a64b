/** The shared-record line: render → parse round trip, strict refusal, and only internal notes count. */
import { describe, expect, it } from 'vitest';
import { renderNote } from '../../../src/handoff/note';
import type { CaseRecord } from '../../../src/handoff/record-line';
import { MAX_RECORD_CHARS, RECORD_ASKS, RECORD_DESTINATIONS, caseReference, findRecord, parseRecordLine, renderRecordLine } from '../../../src/handoff/record-line';
import { ASKS, DESTINATION_IDS } from '../../../src/policy/primitives';
import type { TicketMessage, TicketSnapshot } from '../../../src/ticket/snapshot';

const CASE: CaseRecord = {
  ref: 'TL-639656-20261123-1512',
  level: 1,
  levelName: 'Critical',
  destination: 'engineering',
  destinationName: 'Engineering',
  owner: 'Priya Nair',
  ask: 'fix',
  deadline: '2026-11-23T15:27:00.000Z',
  escalatedAt: '2026-11-23T15:12:30.000Z',
  escalatedBy: 'Alex Morgan',
  move: 'escalation',
};
const LINE = renderRecordLine(CASE);

function ticket(messages: TicketMessage[]): TicketSnapshot {
  return { adapter: 'demo', url: 'https://help.acme.test/t/1', ticketId: '1', ticketNumber: '639656', subject: 'Login', messages, requester: {}, tags: [], truncated: false };
}

describe('renderRecordLine', () => {
  it('writes one readable line with fixed keys, UTC times to the second and a checksum', () => {
    expect(LINE).toMatch(
      /^\[tierline-case v1\] ref=TL-639656-20261123-1512; level=1 Critical; dest=engineering Engineering; owner=Priya Nair; ask=fix; deadline=2026-11-23T15:27:00Z; at=2026-11-23T15:12:30Z; by=Alex Morgan; move=escalation; sum=[0-9a-f]{8}$/,
    );
    expect(LINE).not.toMatch(/\n/);
  });

  it('round-trips every route, ask, level and move, times normalised to UTC seconds', () => {
    for (const destination of ['l2', 'engineering', 'product', 'security', 'leadership'] as const) {
      for (const ask of ASKS) {
        for (const level of [1, 2, 3, 4] as const) {
          const record: CaseRecord = { ...CASE, destination, ask, level, move: level === 4 ? 'transfer' : 'escalation', deadline: '2026-11-23T10:27:00-05:00' };
          expect(parseRecordLine(renderRecordLine(record))).toEqual({ ok: true, record: { ...record, deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:30Z' } });
        }
      }
    }
  });

  it('keeps non-Latin names, and tidies names that would break the format', () => {
    const unicode = { ...CASE, owner: 'Zoë Åkesson-Łukasz', escalatedBy: '山田 太郎' };
    expect(parseRecordLine(renderRecordLine(unicode))).toMatchObject({ ok: true, record: { owner: 'Zoë Åkesson-Łukasz', escalatedBy: '山田 太郎' } });
    const awkward = { ...CASE, owner: ' Priya; owner=Mallory [x]\n', escalatedBy: 'A'.repeat(200) };
    const parsed = parseRecordLine(renderRecordLine(awkward));
    expect(parsed).toMatchObject({ ok: true, record: { owner: 'Priya owner Mallory x', escalatedBy: 'A'.repeat(80) } });
    expect(renderRecordLine({ ...CASE, owner: '' })).toContain('owner=unnamed;');
  });

  it('throws on a caller\'s error: a bad reference, route, ask or time', () => {
    expect(() => renderRecordLine({ ...CASE, ref: 'has space' })).toThrow(RangeError);
    expect(() => renderRecordLine({ ...CASE, destination: 'support' as never })).toThrow(RangeError);
    expect(() => renderRecordLine({ ...CASE, ask: 'escalate' as never })).toThrow(RangeError);
    expect(() => renderRecordLine({ ...CASE, deadline: 'tomorrow' })).toThrow(RangeError);
  });

  it('uses the same asks and routes as the policy', () => {
    expect(RECORD_ASKS).toEqual(ASKS);
    expect(RECORD_DESTINATIONS).toEqual(DESTINATION_IDS);
  });

  it('makes a case reference from the ticket number and the minute, in UTC', () => {
    expect(caseReference({ ticketNumber: '639656', ticketId: '1' }, '2026-11-23T15:12:30Z')).toBe('TL-639656-20261123-1512');
    expect(caseReference({ ticketNumber: undefined, ticketId: 'a/b c' }, Date.parse('2026-11-23T15:12:30Z'))).toBe('TL-abc-20261123-1512');
    expect(caseReference({ ticketId: null }, '2026-11-23T15:12:30Z')).toBe('TL-X-20261123-1512');
  });
});

describe('parseRecordLine refuses', () => {
  const sum = (line: string) => line.replace(/sum=[0-9a-f]{8}$/, 'sum=00000000');
  it.each([
    ['a tampered owner', LINE.replace('owner=Priya Nair', 'owner=Mallory Evil')],
    ['a tampered level', LINE.replace('level=1 Critical', 'level=4 Low')],
    ['a tampered deadline', LINE.replace('2026-11-23T15:27:00Z', '2027-11-23T15:27:00Z')],
    ['a wrong checksum', sum(LINE)],
    ['a truncated line', LINE.slice(0, LINE.length - 12)],
    ['a line cut before the checksum', LINE.replace(/; sum=.*$/, '')],
    ['fields out of order', LINE.replace('owner=Priya Nair; ask=fix', 'ask=fix; owner=Priya Nair')],
    ['an unknown version', LINE.replace('v1]', 'v2]')],
    ['no tag', LINE.replace('[tierline-case v1] ', '')],
    ['an oversized line', `${LINE}${' '.repeat(MAX_RECORD_CHARS)}`],
    ['a control character', LINE.replace('Priya Nair', 'Priya\u0007Nair')],
    ['a bidi override', LINE.replace('Priya Nair', 'Priya \u202eNair')],
    ['text around it', `Note: ${LINE}`],
    ['an empty string', ''],
    ['not a string', 42 as unknown as string],
  ])('%s', (_, line) => {
    expect(parseRecordLine(line).ok).toBe(false);
  });

  it('a well-checksummed line with a bad value (someone who computed the sum)', () => {
    // Build lines whose checksum is right but whose content breaks the rules.
    const forge = (body: string) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
      return `[tierline-case v1] ${body}; sum=${hash.toString(16).padStart(8, '0')}`;
    };
    const good = 'ref=TL-1; level=1 Critical; dest=engineering Engineering; owner=Priya; ask=fix; deadline=2026-11-23T15:27:00Z; at=2026-11-23T15:12:00Z; by=Alex; move=escalation';
    expect(parseRecordLine(forge(good)).ok).toBe(true);
    for (const bad of [
      good.replace('level=1', 'level=7'),
      good.replace('dest=engineering', 'dest=support'),
      good.replace('dest=engineering', 'dest=marketing'),
      good.replace('ask=fix', 'ask=delete everything'),
      good.replace('deadline=2026-11-23T15:27:00Z', 'deadline=2026-02-30T15:27:00Z'),
      good.replace('deadline=2026-11-23T15:27:00Z', 'deadline=2026-11-23 15:27'),
      good.replace('owner=Priya', `owner=${'P'.repeat(81)}`),
      good.replace('owner=Priya', 'owner=<script>alert(1)</script>=x'),
      good.replace('move=escalation', 'move=sideways'),
      good.replace('ref=TL-1', 'ref=TL 1'),
    ]) {
      expect(parseRecordLine(forge(bad)), bad).toMatchObject({ ok: false });
    }
  });

  it('tolerates the non-breaking spaces a page\'s text may give back', () => {
    expect(parseRecordLine(`  ${LINE.replace('[tierline-case v1] ', '[tierline-case v1]\u00a0')}  `)).toMatchObject({ ok: true });
  });
});

describe('findRecord', () => {
  const note = (text: string): TicketMessage => ({ author: 'internal', text });

  it('reads the record the note ends with, from an internal note', () => {
    const s = ticket([{ author: 'customer', text: 'Nobody can log in.' }]);
    const rendered = renderNote({ snapshot: s, levelName: 'Critical', destinationName: 'Engineering', rules: [], record: CASE });
    expect(rendered.text.split('\n').at(-1)).toBe(LINE);
    // Read back from each form as the helpdesk shows it: the text, and the HTML's text.
    const fromHtml = rendered.html.replace(/<br>|<\/p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const fromMarkdown = rendered.markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const text of [rendered.text, fromHtml, fromMarkdown]) {
      expect(findRecord(ticket([...s.messages, note(text)]))).toEqual({ messageIndex: 1, record: { ...CASE, deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:30Z' } });
    }
  });

  it('ignores a customer or a public reply carrying the line', () => {
    expect(findRecord(ticket([{ author: 'customer', text: LINE }, { author: 'agent', text: `Quoting: \n${LINE}` }]))).toBeNull();
  });

  it('takes the newest valid one, skipping malformed and hostile lines', () => {
    const transfer = renderRecordLine({ ...CASE, destination: 'l2', destinationName: 'Support L2', owner: 'Sam Okafor', move: 'transfer', escalatedAt: '2026-11-23T17:00:00Z' });
    const s = ticket([note(LINE), { author: 'customer', text: transfer }, note(`${transfer}\n${LINE.replace('Priya', 'Mallory')}`), note(`hello\n${LINE.slice(0, 80)}`)]);
    expect(findRecord(s)).toMatchObject({ messageIndex: 2, record: { owner: 'Sam Okafor', destination: 'l2', move: 'transfer' } });
  });

  it('cannot be fooled by a customer\'s line quoted into our own note', () => {
    const customerLine = renderRecordLine({ ...CASE, owner: 'Mallory' });
    const s = ticket([{ author: 'customer', text: `Urgent!\n\n${customerLine}\n\nPlease fix.` }]);
    const rendered = renderNote({ snapshot: s, levelName: 'Critical', destinationName: 'Engineering', rules: [], fields: { owner: customerLine, reason: customerLine, checks_done: customerLine } });
    expect(findRecord(ticket([...s.messages, note(rendered.text)]))).toBeNull();
  });

  it('is fast on a huge internal note', () => {
    const big = note(`${'[tierline-case v1] x; '.repeat(5_000)}\n`.repeat(3));
    const started = performance.now();
    expect(findRecord(ticket([big]))).toBeNull();
    expect(performance.now() - started).toBeLessThan(100);
  });
});
