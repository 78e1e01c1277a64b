import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { runAudit } from '../../../src/cli/audit';
import { parseCsv, sniffDelimiter } from '../../../src/cli/csv';
import { detectFormat, parseCsvTickets, parseJsonl, priorityToSeverity, rowFromJson } from '../../../src/cli/input';
import { agreementOf, factsAgreementOf, formatAgreement, formatTable, toOutputLine } from '../../../src/cli/report';
import { defaultPolicy } from '../../../src/policy/defaults';
import { suggest } from '../../../src/triage';
import { memoryIo } from '../cli/memory-io';
import { RULES_ONLY } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/triage/${name}`, import.meta.url));
const NOW = Date.parse('2026-11-23T12:00:00Z');


describe('CSV parser (RFC 4180)', () => {
  it('handles quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const rows = parseCsv('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line1\nline2",\r\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line1\nline2', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });
  it('keeps the line number of a row after an embedded newline', () => {
    const rows = parseCsv('h\n"a\nb"\nc\n');
    expect(rows[2]).toEqual({ line: 4, fields: ['c'] });
  });
  it('last row without a newline, empty lines skipped, stray quotes kept', () => {
    expect(parseCsv('a,b\n\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('x,5" screen\n')[0]?.fields).toEqual(['x', '5" screen']);
  });
  it('sniffs ; and tab delimiters', () => {
    expect(sniffDelimiter('Subject;Description;Priority\n')).toBe(';');
    expect(sniffDelimiter('Subject\tDescription\n')).toBe('\t');
    expect(sniffDelimiter('"a;b",c,d\n')).toBe(',');
  });
});

describe('input', () => {
  it('detects format by extension, then content', () => {
    expect(detectFormat('x.csv', '{')).toBe('csv');
    expect(detectFormat('x.jsonl', 'a,b')).toBe('jsonl');
    expect(detectFormat('export', '  {"id":1}')).toBe('jsonl');
    expect(detectFormat('export', 'Subject,Body')).toBe('csv');
  });
  it('maps helpdesk priorities to severities', () => {
    expect(['Urgent', 'High', 'Normal', 'Medium', 'Low', 'P2', 'odd'].map(priorityToSeverity)).toEqual([1, 2, 3, 3, 4, 2, undefined]);
  });
  it('names the field that is wrong', () => {
    expect(rowFromJson({ messages: [] }, 1)).toMatch(/"id"/);
    expect(rowFromJson({ id: 1 }, 1)).toMatch(/"messages"/);
    expect(rowFromJson({ id: 1, messages: [{ author: 'bot', text: 'x' }] }, 1)).toMatch(/messages\[0\]\.author/);
    expect(rowFromJson({ id: 1, messages: [{ text: 5 }] }, 1)).toMatch(/messages\[0\]\.text/);
    expect(rowFromJson({ id: 1, messages: [], label: { severity: 7 } }, 1)).toMatch(/label.*severity/);
    expect(rowFromJson({ id: 1, messages: [], created_minutes_ago: -3 }, 1)).toMatch(/created_minutes_ago/);
  });
  it('reads JSONL, skipping bad lines with their line numbers', () => {
    const { rows, problems } = parseJsonl(readFileSync(fixture('audit-sample.jsonl'), 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(['s1', 's2', 's4']);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]?.message).toMatch(/author/);
    expect(rows[2]?.input.ageMinutes).toBe(300);
  });
  it('reads a Zendesk-style CSV export', () => {
    const { rows, problems } = parseCsvTickets(readFileSync(fixture('audit-sample.csv'), 'utf8'), NOW);
    expect(rows.map((r) => r.id)).toEqual(['101', '102', '103']);
    expect(rows[0]?.input.subject).toBe('Checkout down');
    expect(rows[0]?.input.requester?.org).toBe('Bramble & Birch');
    expect(rows[0]?.input.tags).toEqual(['billing', 'checkout']);
    expect(rows[0]?.label).toEqual({ severity: 1 });
    expect(rows[0]?.input.ageMinutes).toBe(180);
    expect(rows[1]?.input.messages[0]?.text).toContain('"recieved"');
    expect(rows[2]?.input.messages[0]?.text).toBe('How do I add a second admin?\nThanks!');
    expect(problems).toEqual([{ line: 6, message: expect.stringMatching(/Subject.*Description.*empty/) }]);
  });
  it('maps Freshdesk header names', () => {
    const csv = 'Ticket Id,Subject,Description,Priority,Company Name,Created time\n7,Login,"Nobody in our office can log in",Urgent,Acme,2026-11-23 11:00:00\n';
    const { rows } = parseCsvTickets(csv, NOW);
    expect(rows[0]?.id).toBe('7');
    expect(rows[0]?.input.requester?.org).toBe('Acme');
    expect(rows[0]?.label?.severity).toBe(1);
  });
  it('reports a CSV without a subject or body column', () => {
    expect(parseCsvTickets('A,B\n1,2\n', NOW).problems[0]?.message).toMatch(/no Subject or Description/);
  });
});

describe('args', () => {
  it('parses flags in both forms', () => {
    const r = parseArgs(['--input', 'a.jsonl', '--format=table', '--now', '2026-11-23T12:00:00Z']);
    expect(r).toEqual({ ok: true, value: { input: 'a.jsonl', format: 'table', help: false, now: NOW } });
  });
  it('rejects unknown flags, a missing input, a bad format or time', () => {
    expect(parseArgs(['--nope', 'x']).ok).toBe(false);
    expect(parseArgs([]).ok).toBe(false);
    expect(parseArgs(['--input', 'a', '--format', 'xml']).ok).toBe(false);
    expect(parseArgs(['--input', 'a', '--now', 'yesterday']).ok).toBe(false);
  });
});

describe('report', () => {
  it('one output line per ticket with rules and quotes', () => {
    const { rows } = parseJsonl(readFileSync(fixture('audit-sample.jsonl'), 'utf8'));
    const results = rows.map((row) => ({ row, suggestion: suggest(row.input, defaultPolicy, { now: NOW }) }));
    const line = toOutputLine(results[0]!);
    expect(line).toMatchObject({ id: 's1', severity: 1, destination: 'l2', emotion_flag: false });
    expect(line.rules.find((r) => r.id === 'business-blocked')?.quote).toBe('Orders stopped coming through');
    const a = agreementOf(results, 4);
    expect(a.labelled).toBe(3);
    expect(a.confusion[0]?.[0]).toBe(1);
    const text = formatAgreement(a, 4);
    expect(text).toMatch(/severity exact/);
    expect(text).toMatch(/Confusion/);
    expect(formatTable(results)).toMatch(/s1\s+1\s+l2/);
  });

  it('says how often the decision table on the read facts gives the engine\'s level and the label', () => {
    const { rows } = parseJsonl(readFileSync(fixture('audit-sample.jsonl'), 'utf8'));
    const results = rows.map((row) => ({ row, suggestion: suggest(row.input, defaultPolicy, { now: NOW }) }));
    const facts = factsAgreementOf(results, defaultPolicy);
    expect(facts.tickets).toBe(rows.length);
    const text = formatAgreement(agreementOf(results, 4), 4, facts);
    expect(text).toContain(`decision table on the read facts = the engine: severity ${facts.severity}/${rows.length}`);
    // A team table that sends everything to Low disagrees wherever the engine said otherwise.
    const low = structuredClone(defaultPolicy);
    low.decisionTable = { rows: [{ id: 'all', label: 'All', when: {}, level: 4, destination: 'support' }] };
    expect(factsAgreementOf(results, low).severity).toBe(results.filter((r) => r.suggestion.severity === 4).length);
  });
});

describe('report: the deciding facts asked', () => {
  it('counts the labelled tickets whose level was the default and were asked, and the serious ones among them, on the sixth summary line', () => {
    const rows = parseJsonl(
      [
        { id: 'a', messages: [{ author: 'customer', text: 'Incoming calls ring once and then drop, this affects every line we have.' }], label: { severity: 1, destination: 'engineering' } },
        { id: 'b', messages: [{ author: 'customer', text: 'Hello, our account manager changed last month; who is our new contact?' }], label: { severity: 4, destination: 'support' } },
        { id: 'c', messages: [{ author: 'customer', text: 'The checkout page is down for all our customers.' }], label: { severity: 1, destination: 'engineering' } },
      ].map((r) => JSON.stringify(r)).join('\n'),
    ).rows;
    const results = rows.map((row) => ({ row, suggestion: suggest(row.input, RULES_ONLY, { now: NOW }) }));
    expect(results.map((r) => toOutputLine(r).asks)).toEqual([['stopped', 'who'], ['stopped', 'who'], []]);
    const a = agreementOf(results, 4);
    expect([a.asked, a.askedSerious, a.askedSev1Under, a.sev1Under]).toEqual([2, 1, 1, 1]);
    expect(formatAgreement(a, 4).split('\n')[5]).toBe('  deciding facts asked (no rule set the level): 2, labelled Sev 1–2 among them: 1, labelled Sev 1 suggested below Sev 2 and asked: 1');
  });
});

describe('report: the second reading', () => {
  it('counts the labelled tickets it raised, and how many of those the label agrees with, after the summary lines', () => {
    const rows = parseJsonl(
      [
        { id: 'a', messages: [{ author: 'customer', text: 'The date filter on the reports page ignores the end date.' }, { author: 'internal', text: 'Three other customers reported the same thing this morning.' }], label: { severity: 1, destination: 'engineering' } },
        { id: 'b', messages: [{ author: 'customer', text: 'The date filter on the reports page ignores the end date.' }, { author: 'internal', text: 'Three other customers reported the same thing this morning.' }], label: { severity: 2, destination: 'engineering' } },
        { id: 'c', messages: [{ author: 'customer', text: 'How do I add a second admin?' }], label: { severity: 4, destination: 'support' } },
      ].map((r) => JSON.stringify(r)).join('\n'),
    ).rows;
    const results = rows.map((row) => ({ row, suggestion: suggest(row.input, defaultPolicy, { now: NOW }) }));
    const a = agreementOf(results, 4);
    expect([a.secondRaised, a.secondRaisedExact]).toEqual([2, 1]);
    const lines = formatAgreement(a, 4).split('\n');
    expect(lines.indexOf('  raised by the second reading: 2 (the label agrees on 1)')).toBeGreaterThan(4);
  });
  it('counts a ticket the second reading lowered as lowered, not raised', () => {
    const rows = parseJsonl(JSON.stringify({ id: 'd', messages: [{ author: 'customer', text: "I can't find the export button on the new contacts page. Was it moved?" }], label: { severity: 3, destination: 'l2' } })).rows;
    const a = agreementOf(rows.map((row) => ({ row, suggestion: suggest(row.input, defaultPolicy, { now: NOW }) })), 4);
    expect([a.secondRaised, a.secondLowered, a.secondLoweredExact]).toEqual([0, 1, 1]);
    const lines = formatAgreement(a, 4).split('\n');
    expect(lines).toContain('  lowered by the second reading: 1 (the label agrees on 1)');
    expect(lines.some((l) => l.startsWith('  raised by the second reading'))).toBe(false);
  });
});

describe('runAudit', () => {
  const jsonl = readFileSync(fixture('audit-sample.jsonl'), 'utf8');
  it('jsonl: results on stdout, bad lines and agreement on stderr, exit 0', () => {
    const io = memoryIo({ 'in.jsonl': jsonl });
    const code = runAudit(['--input', 'in.jsonl'], io);
    expect(code).toBe(0);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['s1', 's2', 's4']);
    expect(io.err).toMatch(/in\.jsonl:3: .*author/);
    expect(io.err).toMatch(/in\.jsonl:4: not valid JSON/);
    expect(io.err).toMatch(/Agreement on 3 labelled tickets/);
  });
  it('table: a readable report with the agreement in it', () => {
    const io = memoryIo({ 'in.jsonl': jsonl });
    expect(runAudit(['--input', 'in.jsonl', '--format', 'table'], io)).toBe(0);
    expect(io.out).toMatch(/summary/);
    expect(io.out).toMatch(/Agreement on 3/);
  });
  it('stalled uses --now / created_minutes_ago', () => {
    const io = memoryIo({ 'in.jsonl': jsonl });
    runAudit(['--input', 'in.jsonl'], io);
    const s4 = io.out.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.id === 's4');
    expect(s4.triggers).toContain('stalled');
    expect(s4.destination).toBe('l2');
  });
  it('the recurring pattern counts tickets by their created times, not by their place in the file', () => {
    const ticket = (id: string, age?: number) =>
      JSON.stringify({ id, messages: [{ author: 'customer', text: 'The CSV export fails with an error every time we try.' }], ...(age === undefined ? {} : { created_minutes_ago: age }) });
    const recurringOf = (rows: string[]) => {
      const io = memoryIo({ 'in.jsonl': rows.join('\n') });
      runAudit(['--input', 'in.jsonl', '--now', '2026-11-23T12:00:00Z'], io);
      return Object.fromEntries(io.out.trim().split('\n').map((l) => JSON.parse(l)).map((l) => [l.id, l.rules.some((r: { id: string }) => r.id === 'recurring')]));
    };
    // Newest first in the file: the newest still sees the two earlier reports within two hours.
    expect(recurringOf([ticket('a', 10), ticket('b', 20), ticket('c', 30)])).toMatchObject({ a: true });
    // An older report in a later row does not make the earlier rows recurring.
    const spread = recurringOf([ticket('x', 10), ticket('y', 400), ticket('z', 20)]);
    expect(spread).toMatchObject({ x: false, y: false, z: false });
    // Rows without a created time are not known to be recent, so they never count.
    expect(recurringOf([ticket('u1'), ticket('u2'), ticket('d', 5)])).toMatchObject({ u1: false, u2: false, d: false });
  });
  it('an invalid policy is a readable error and exit 2', () => {
    const io = memoryIo({ 'in.jsonl': jsonl, 'p.json': '{"schemaVersion": 1, "scale": 5}' });
    expect(runAudit(['--input', 'in.jsonl', '--policy', 'p.json'], io)).toBe(2);
    expect(io.err).toMatch(/invalid policy p\.json/);
    expect(io.err).toMatch(/scale/);
    const io2 = memoryIo({ 'in.jsonl': jsonl, 'p.json': '{oops' });
    expect(runAudit(['--input', 'in.jsonl', '--policy', 'p.json'], io2)).toBe(2);
    expect(io2.err).toMatch(/not valid JSON/);
  });
  it('a valid custom policy is used', () => {
    const policy = structuredClone(defaultPolicy);
    policy.scale = 3;
    policy.levels = policy.levels.filter((l) => l.level !== 4);
    const io = memoryIo({ 'in.jsonl': jsonl, 'p.json': JSON.stringify(policy) });
    expect(runAudit(['--input', 'in.jsonl', '--policy', 'p.json'], io)).toBe(0);
    expect(io.out.split('\n').filter(Boolean).every((l) => JSON.parse(l).severity <= 3)).toBe(true);
  });
  it('a policy key the schema does not know is named on stderr, and the policy still applies', () => {
    const policy = { ...structuredClone(defaultPolicy), colour: 'teal' };
    const io = memoryIo({ 'in.jsonl': jsonl, 'p.json': JSON.stringify(policy) });
    expect(runAudit(['--input', 'in.jsonl', '--policy', 'p.json'], io)).toBe(0);
    expect(io.err).toMatch(/^audit: policy p\.json: ignored unknown key "colour"$/m);
  });
  it('missing input file exits 2; a file with no usable ticket exits 1', () => {
    expect(runAudit(['--input', 'nope.jsonl'], memoryIo({}))).toBe(2);
    expect(runAudit(['--input', 'bad.jsonl'], memoryIo({ 'bad.jsonl': 'nope\n' }))).toBe(1);
  });
});

describe('the real command', () => {
  it('npm run -s audit on a CSV fixture', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const r = spawnSync('npx', ['tsx', 'src/cli/audit.ts', '--input', fixture('audit-sample.csv'), '--now', '2026-11-23T12:00:00Z'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['101', '102', '103']);
    expect(lines[0]).toMatchObject({ severity: 1, destination: 'l2' });
    expect(lines[1].severity).toBe(4);
    expect(r.stderr).toMatch(/:6: .*empty/);
    expect(r.stderr).toMatch(/Agreement on 3 labelled tickets/);
  }, 60_000);
});
