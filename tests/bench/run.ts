/**
 * Triage benchmark: median and p95 for a 2 KB ticket and a 50 KB thread, generated
 * deterministically from realistic sentences. A report: exits 0 whether targets pass or not.
 *
 *   npm run bench
 */
import { defaultPolicy } from '../../src/policy/defaults';
import { suggest } from '../../src/triage';
import type { TriageInput } from '../../src/triage/types';
import { prefill } from '../../src/handoff/prefill';
import type { TicketSnapshot } from '../../src/ticket/snapshot';

const SENTENCES = [
  'Hi team, since this morning our invoices are not sending to any client.',
  'We tried Chrome and Edge and cleared the cache, same result.',
  'The export to CSV spins for a while and then says something went wrong.',
  'Nobody in the Chicago office can log in, other offices seem fine.',
  'Could you tell me how to add a second admin to our workspace?',
  'This is the third time this month and honestly it is unacceptable.',
  'For now we are entering the orders manually, which works but is slow.',
  'Our finance team closes the month on Friday so we need this sorted.',
  'Last week\'s outage was resolved quickly, thanks for that.',
  'The dashboard takes about 40 seconds to load for the whole team.',
  'No data was lost as far as we can tell, but the totals look off.',
  'I got a password reset email I did not ask for, is that expected?',
  'It would be great if the report builder could group by two fields.',
  'The logo on the client portal looks stretched on mobile devices.',
  'We are on the enterprise plan and our renewal is coming up in January.',
  'Attached are the request ids and a screenshot of the error message.',
];

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(rand: () => number, chars: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const s = SENTENCES[Math.floor(rand() * SENTENCES.length)] as string;
    parts.push(s);
    size += s.length + 1;
    if (rand() < 0.15) {
      parts.push('\n\n');
      size += 2;
    }
  }
  return parts.join(' ').slice(0, chars);
}

function ticket(): TriageInput {
  const rand = rng(42);
  return {
    subject: 'Invoices not sending since this morning',
    messages: [{ author: 'customer', text: `${paragraph(rand, 1_900)}\n\nThanks,\nDana\nCONFIDENTIAL: intended recipient only.` }],
    requester: { org: 'Pike & Lorne', plan: 'business' },
    tags: ['billing'],
  };
}

function thread(): TriageInput {
  const rand = rng(7);
  const messages: TriageInput['messages'] = [];
  let size = 0;
  let i = 0;
  while (size < 50_000) {
    const author = i % 4 === 3 ? 'internal' : i % 2 === 0 ? 'customer' : 'agent';
    let text = paragraph(rand, 900 + Math.floor(rand() * 1_200));
    // Replies quote the previous message, as mail clients do.
    if (author === 'customer' && i > 0) text += `\n\nOn Mon, 16 Nov 2026 at 09:14, Support wrote:\n> ${paragraph(rand, 300).replace(/\n/g, '\n> ')}`;
    messages.push({ author, text });
    size += text.length;
    i++;
  }
  return { subject: 'Export and login problems (long thread)', messages, requester: { plan: 'enterprise' } };
}

function measure(input: TriageInput, warmup: number, iterations: number): { median: number; p95: number; bytes: number } {
  const ctx = { now: Date.parse('2026-11-23T12:00:00Z') };
  for (let i = 0; i < warmup; i++) suggest(input, defaultPolicy, ctx);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    suggest(input, defaultPolicy, ctx);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  const bytes = (input.subject?.length ?? 0) + input.messages.reduce((n, m) => n + m.text.length, 0);
  return { median: at(0.5), p95: at(0.95), bytes };
}

const rows = [
  { name: '2 KB ticket', input: ticket(), target: 0.3, warmup: 300, iterations: 3_000 },
  { name: '50 KB thread', input: thread(), target: 5, warmup: 30, iterations: 300 },
];

console.log('Triage benchmark (default policy, compiled once per policy)');
console.log(`node ${process.version}\n`);
console.log(`${'case'.padEnd(14)}${'size'.padStart(9)}${'median'.padStart(11)}${'p95'.padStart(11)}${'target'.padStart(11)}  result`);
for (const row of rows) {
  const r = measure(row.input, row.warmup, row.iterations);
  const pass = r.median <= row.target;
  console.log(
    `${row.name.padEnd(14)}${`${(r.bytes / 1024).toFixed(1)} KB`.padStart(9)}${`${r.median.toFixed(3)} ms`.padStart(11)}${`${r.p95.toFixed(3)} ms`.padStart(11)}${`≤ ${row.target} ms`.padStart(11)}  ${pass ? 'PASS' : 'FAIL'} (median)`,
  );
}

// Handoff prefill: what the checklist's extraction adds on top of triage, on the same 50 KB thread.
{
  const input = thread();
  const snapshot: TicketSnapshot = {
    adapter: 'bench',
    url: 'https://help.acme.test/tickets/1',
    ticketId: '1',
    ticketNumber: '1',
    subject: input.subject ?? '',
    messages: input.messages.map((m, i) => ({ ...m, authorName: m.author === 'customer' ? 'Dana' : 'Alex', at: new Date(Date.parse('2026-11-23T12:00:00Z') + i * 60_000).toISOString() })),
    requester: { plan: 'enterprise' },
    tags: [],
    truncated: false,
  };
  const suggestion = suggest(input, defaultPolicy, { now: Date.parse('2026-11-23T12:00:00Z') });
  const target = 5;
  for (let i = 0; i < 30; i++) prefill(snapshot, { suggestion, timeZone: 'America/Chicago' });
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    prefill(snapshot, { suggestion, timeZone: 'America/Chicago' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  const bytes = snapshot.subject.length + snapshot.messages.reduce((n, m) => n + m.text.length, 0);
  const name = '50 KB prefill';
  console.log(
    `${name.padEnd(14)}${`${(bytes / 1024).toFixed(1)} KB`.padStart(9)}${`${at(0.5).toFixed(3)} ms`.padStart(11)}${`${at(0.95).toFixed(3)} ms`.padStart(11)}${`≤ ${target} ms`.padStart(11)}  ${at(0.5) <= target ? 'PASS' : 'FAIL'} (median, added to triage)`,
  );
}
