/**
 * `npm run -s diagnose` on saved helpdesk pages: the right adapter, every selector of the page
 * found, the ticket's subject and messages with their roles, and a suggestion — read from
 * what the built extension rendered.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { diagnosePage } from '../../scripts/diagnose.mjs';
import { expect, SHARED_CAPTURES, test } from './fixtures';

const run = promisify(execFile);
const captures = readdirSync(SHARED_CAPTURES).filter((f) => f.endsWith('.inlined.html'));

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function cli(...args: string[]) {
  const { stdout } = await run('node', ['scripts/diagnose.mjs', ...args], { cwd: ROOT, timeout: 60_000 });
  return JSON.parse(stdout);
}

/** A run that must fail: its exit code and stderr. */
async function cliFailure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run('node', ['scripts/diagnose.mjs', ...args], { cwd: ROOT, timeout: 60_000 });
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
  throw new Error('the command succeeded');
}

/** Debian's Chromium wrapper and dbus print their own noise on stderr; what is ours. */
const ownLines = (stderr: string) => stderr.split('\n').filter((line) => line.trim() && !/dbus|unexpected operator/i.test(line));

test('the command prints the adapter, all-found health, the snapshot and a suggestion for a FreeScout capture', async () => {
  const out = await cli(fileURLToPath(new URL('freescout-ticket-thread.inlined.html', SHARED_CAPTURES)));
  expect(out.adapter).toBe('freescout');
  expect(out.url).toBe('http://127.0.0.1:8081/conversation/1?folder_id=7');
  expect(out.health.length).toBeGreaterThan(10);
  expect(out.health.filter((h: { found: boolean }) => !h.found)).toEqual([]);
  expect(out.snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
  expect(out.snapshot.ticketId).toBe('1');
  expect(out.snapshot.messages.map((m: { author: string }) => m.author)).toEqual(['customer', 'agent', 'customer', 'internal', 'agent', 'customer', 'internal']);
  expect(out.snapshot.requester.email).toMatch(/@/);
  expect(out.suggestion.severity).toBeGreaterThanOrEqual(1);
  expect(out.suggestion.rules.length).toBeGreaterThan(0);
});

test('a self-hosted helpdesk on another address is enabled for that run', async () => {
  const out = await cli(fileURLToPath(new URL('osticket-ticket-thread.inlined.html', SHARED_CAPTURES)), '--url', 'https://support.acme-analytics.example/scp/tickets.php?id=1');
  expect(out.adapter).toBe('osticket');
  expect(out.url).toBe('https://support.acme-analytics.example/scp/tickets.php?id=1');
  expect(out.snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');
  expect(out.health.filter((h: { found: boolean }) => !h.found)).toEqual([]);
});

test('an address with a #fragment and characters the browser percent-encodes is served and read', async () => {
  const freescout = fileURLToPath(new URL('freescout-ticket-thread.inlined.html', SHARED_CAPTURES));
  const fragment = await cli(freescout, '--url', 'http://127.0.0.1:8081/conversation/1?folder_id=7#thread-12');
  expect(fragment.adapter).toBe('freescout');
  expect(fragment.snapshot.subject).toBe('Scheduled CSV export stops at 10,000 rows since v4.12 update');

  const encoded = await cli(
    fileURLToPath(new URL('osticket-ticket-thread.inlined.html', SHARED_CAPTURES)),
    `--url=https://support.acme-analytics.example/scp/tickets.php?id=1&q=it's a "test" ü|^#top`,
  );
  expect(encoded.adapter).toBe('osticket');
  expect(encoded.isTicketPage).toBe(true);
  expect(encoded.health.filter((h: { found: boolean }) => !h.found)).toEqual([]);
});

test('a bad address or argument is one clear line on stderr and a non-zero exit', async () => {
  const page = fileURLToPath(new URL('freescout-ticket-thread.inlined.html', SHARED_CAPTURES));
  for (const args of [[page, '--url', 'not an address'], [page, '--url', 'ftp://files.example/x'], [page, '--url'], ['missing.html'], [page, '--nope']]) {
    const { code, stderr } = await cliFailure(...args);
    expect(code, args.join(' ')).toBeGreaterThan(0);
    const lines = ownLines(stderr);
    expect(lines[0], args.join(' ')).toMatch(/^diagnose: /);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(lines.filter((l) => !l.startsWith('usage:')).length, stderr).toBe(1);
  }
});

for (const name of captures) {
  test(`diagnoses ${name}`, async ({ extension }) => {
    const out = await diagnosePage(extension, fileURLToPath(new URL(name, SHARED_CAPTURES)));
    expect(out.adapter).toBe(name.split('-')[0]);
    expect(out.health.length).toBeGreaterThan(0);
    expect(out.health.filter((h: { found: boolean }) => !h.found)).toEqual([]);
    if (!name.includes('-list')) {
      expect(out.isTicketPage).toBe(true);
      expect(out.snapshot.subject.length).toBeGreaterThan(10);
      expect(out.snapshot.messages.length).toBeGreaterThan(0);
      expect(out.snapshot.messages.every((m: { author: string }) => ['customer', 'agent', 'internal'].includes(m.author))).toBe(true);
      expect([1, 2, 3, 4]).toContain(out.suggestion.severity);
      expect(out.problems).toEqual([]);
    } else {
      expect(out.isTicketPage).toBe(false);
    }
  });
}
