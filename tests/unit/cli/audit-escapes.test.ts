/**
 * Defect 14: ticket text must never reach the terminal as live control sequences. Hostile
 * ids, subjects and CSV fields go through the whole command; nothing raw comes out.
 */
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/cli/audit';
import { clipShown, escapeControls, terminalSafeJson } from '../../../src/cli/escape';
import { memoryIo } from './memory-io';

// Clear screen, cursor home, an OSC 8 hyperlink, a C1 CSI (U+009B), DEL, a right-to-left override.
const CLEAR = '\x1b[2J\x1b[H';
const LINK = '\x1b]8;;https://evil.example/\x07click me\x1b]8;;\x07';
const C1_CSI = '\u009b31m';
const RLO = '\u202egnp.exe';
const HOSTILE = `${CLEAR}${LINK} ${C1_CSI} del\x7f ${RLO} \u2066iso\u2069`;

// Anything that would act on a terminal; a newline is allowed (it is the output's layout).
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
// A backslash must start a whole escape (\xHH, \uHHHH, \n, \r, \t): nothing cut in half.
const HALF_ESCAPE = /\\(?!x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/;


describe('escapeControls', () => {
  it('shows C0, DEL, C1 and bidi controls as escapes and leaves other text alone', () => {
    expect(escapeControls('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(escapeControls('\x00\x07\x7f\u0085\u009b')).toBe('\\x00\\x07\\x7f\\x85\\x9b');
    expect(escapeControls('\u202a\u202e\u2066\u2069')).toBe('\\u202a\\u202e\\u2066\\u2069');
    expect(escapeControls('tab\there\r\n')).toBe('tab\\there\\r\\n');
    expect(escapeControls('café — 日本 🙂')).toBe('café — 日本 🙂');
  });
  it('keeps newlines only when asked (layout), never the other controls', () => {
    expect(escapeControls('one\ntwo\x1b', { keepNewlines: true })).toBe('one\ntwo\\x1b');
  });
});

describe('clipShown', () => {
  it('never cuts an escape or a surrogate pair in half, at any width', () => {
    const text = `${HOSTILE} 🙂🙂 end`;
    for (let max = 2; max < 120; max++) {
      const clipped = clipShown(text, max);
      expect(clipped.length).toBeLessThanOrEqual(max);
      expect(clipped).not.toMatch(RAW_CONTROL);
      expect(clipped).not.toMatch(HALF_ESCAPE);
      expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });
  it('keeps short text whole and flattens white space', () => {
    expect(clipShown('  a\n\tb  ', 10)).toBe('a b');
    expect(clipShown('\x1b[2J', 7)).toBe('\\x1b[2J');
    expect(clipShown('\x1b[2J', 6)).toBe('\\x1b[…');
    expect(clipShown('\x1b[2J', 4)).toBe('…');
  });
});

describe('terminalSafeJson', () => {
  it('escapes what JSON.stringify leaves raw, keeping the same value', () => {
    const value = { s: `x\x7f\u009b\u202e${CLEAR}` };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the audit command on hostile input', () => {
  const jsonl = [
    { id: `T${CLEAR}1`, subject: `Orders ${LINK}`, messages: [{ author: 'customer', text: `Orders stopped coming through since 9am. ${HOSTILE}` }], label: { severity: 4, destination: 'product' } },
    { id: `${RLO}2`, messages: [{ author: 'customer', text: `How do I add a second admin? ${HOSTILE}` }], label: { severity: 1 } },
  ]
    .map((t) => JSON.stringify(t))
    .join('\n');

  it('table: ids, summaries and disagreement excerpts are escaped', () => {
    const io = memoryIo({ 'in.jsonl': jsonl });
    expect(runAudit(['--input', 'in.jsonl', '--format', 'table'], io)).toBe(0);
    expect(io.out).not.toMatch(RAW_CONTROL);
    expect(io.out).not.toMatch(HALF_ESCAPE);
    expect(io.out).toContain('T\\x1b[2J');
    expect(io.out).toMatch(/Disagreements \(2\)/);
    expect(io.err).not.toMatch(RAW_CONTROL);
  });
  it('jsonl: stdout and the agreement on stderr are inert, and the JSON still parses to the ticket values', () => {
    const io = memoryIo({ 'in.jsonl': jsonl });
    expect(runAudit(['--input', 'in.jsonl'], io)).toBe(0);
    expect(io.out).not.toMatch(RAW_CONTROL);
    expect(io.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([`T${CLEAR}1`, `${RLO}2`]);
    expect(io.err).not.toMatch(RAW_CONTROL);
    expect(io.err).toContain('\\u202egnp.exe2');
  });
  it('stderr problem lines show CSV field values escaped, newlines included', () => {
    const csv = [
      `Ticket ID,Subject,Description,Priority,Created at`,
      `1,Checkout down,"Checkout fails","${CLEAR}urgent","${LINK}"`,
      `2,"",""`,
      `3,Typo,"It says recieved",Low,"line1\nline2${C1_CSI}"`,
    ].join('\n');
    const io = memoryIo({ 'in.csv': csv });
    expect(runAudit(['--input', 'in.csv'], io)).toBe(0);
    expect(io.err).not.toMatch(RAW_CONTROL);
    expect(io.err).toContain('unknown value "\\x1b[2J\\x1b[Hurgent"');
    expect(io.err).toContain('\\x1b]8;;https://evil.example/\\x07');
    expect(io.err).toContain('line1\\nline2\\x9b31m');
    // Every problem is one line: the embedded newline did not start a new one.
    expect(io.err.split('\n').filter((l) => l.startsWith('in.csv:')).length).toBe(4);
  });
  it('a header with controls, an invalid policy and a hostile file name are escaped too', () => {
    const header = memoryIo({ 'in.csv': `A\x1b[2J,"B\nC"\n1,2\n` });
    expect(runAudit(['--input', 'in.csv'], header)).toBe(1);
    expect(header.err).not.toMatch(RAW_CONTROL);
    expect(header.err).toContain('A\\x1b[2J, B\\nC');

    const policy = memoryIo({ 'in.jsonl': jsonl, 'p.json': JSON.stringify({ schemaVersion: 1, scale: `5${CLEAR}` }) });
    expect(runAudit(['--input', 'in.jsonl', '--policy', 'p.json'], policy)).toBe(2);
    expect(policy.err).not.toMatch(RAW_CONTROL);

    const name = `x${CLEAR}.jsonl`;
    const missing = memoryIo({});
    expect(runAudit(['--input', name], missing)).toBe(2);
    expect(missing.err).not.toMatch(RAW_CONTROL);
    expect(missing.err).toContain('x\\x1b[2J');
  });
});
