#!/usr/bin/env node
// `npm run -s diagnose -- PAGE.html [--url URL]`: load the built extension in headless
// Chromium, serve a saved helpdesk page at its address, and print what the extension made of
// it as one JSON object. Adapter and selector health come from the content script's own
// "diagnose this page" answer; snapshot and suggestion from the sidebar it rendered.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { EXTENSION_DIR, launchWithExtension, removeDir } from './browser.mjs';

/** A saved page's address: --url, else its x-capture-source meta, else a local address. */
export function addressFor(html, file, url) {
  if (url) return url;
  const meta = /<meta name="x-capture-source" content="([^"]+)"/.exec(html);
  if (meta) return meta[1].replace(/&amp;/g, '&');
  return `http://127.0.0.1/tierline-diagnose/${encodeURIComponent(basename(file))}`;
}

/**
 * A predicate for the requests of this address. The browser never sends the #fragment and
 * percent-encodes what the user typed (spaces, quotes, non-ASCII) its own way, so both sides
 * are parsed, stripped of the fragment and decoded before they are compared.
 */
export function matchesAddress(address) {
  const comparable = (href) => {
    const url = new URL(href);
    url.hash = '';
    try {
      return decodeURI(url.href);
    } catch {
      return url.href; // a malformed escape: compare as written
    }
  };
  const wanted = comparable(address);
  return (requested) => comparable(requested.href) === wanted;
}

/** The address checked before anything is launched: a clear message rather than a stack. */
export function checkAddress(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`"${address}" is not an absolute address (e.g. https://help.example.com/ticket/1)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${address}" is not an http or https address`);
  return url;
}

/**
 * Self-hosted helpdesks on the given address are enabled for this run, as if the user had
 * added the address in the settings: a copy of the build whose content script also matches it.
 */
export function extensionFor(address) {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const scripts = manifest.content_scripts ?? [];
  if (scripts.some((script) => script.matches.some((pattern) => new MatchPattern(pattern).includes(address)))) return EXTENSION_DIR;
  const { protocol, hostname } = checkAddress(address);
  const selfHosted = scripts.find((script) => script.js.includes('content-scripts/helpdesk.js'));
  if (!selfHosted) throw new Error('the build has no self-hosted content script (content-scripts/helpdesk.js)');
  const pattern = `${protocol}//${hostname}/*`;
  selfHosted.matches.push(pattern);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), pattern]; // as the user's grant would
  const dir = mkdtempSync(join(tmpdir(), 'tierline-diagnose-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Diagnose one saved page in an already launched context. */
export async function diagnosePage({ context, worker }, file, url) {
  const html = readFileSync(file, 'utf8');
  const address = addressFor(html, file, url);
  checkAddress(address);
  const served = matchesAddress(address);
  await context.route(served, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  try {
    await page.goto(address);
    const report = await askContentScript(worker, page);
    const brief = (rows = []) => rows.map(({ name, selector, found }) => ({ name, selector, found }));
    const output = { adapter: report?.adapter ?? null, url: address, isTicketPage: report?.isTicketPage ?? false, health: brief(report?.health), composer: brief(report?.composer) };
    if (!report?.isTicketPage) return { ...output, snapshot: null, suggestion: null, problems: report ? [] : ['Tierline did not run on this page'] };
    return { ...output, ...(await readSidebar(page)) };
  } finally {
    await page.close();
    await context.unroute(served);
  }
}

async function askContentScript(worker, page) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // Without the "tabs" permission the worker cannot see tab URLs: ask the active tab,
    // which is the page just opened (diagnose opens one page at a time).
    await page.bringToFront();
    const reply = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) return null;
      try {
        return await chrome.tabs.sendMessage(tab.id, { type: 'page/diagnose', payload: {} });
      } catch {
        return null;
      }
    });
    if (reply?.ok) return reply.data;
    await page.waitForTimeout(200);
  }
  return null;
}

async function readSidebar(page) {
  const settled = page.locator('[data-testid="tl-suggestion"], [data-testid="tl-error"]');
  await settled.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  return page.evaluate(() => {
    const root = document.querySelector('tierline-sidebar')?.shadowRoot;
    if (!root) return { snapshot: null, suggestion: null, problems: ['the sidebar did not appear'] };
    const text = (selector, scope = root) => scope.querySelector(selector)?.textContent?.trim() ?? null;
    const read = root.querySelector('[data-testid="tl-read"]');
    const field = (name) => read?.querySelector(`dd[data-field="${name}"]`)?.textContent?.trim() ?? null;
    const card = root.querySelector('[data-testid="tl-suggestion"]');
    return {
      problems: [...root.querySelectorAll('[data-testid="tl-problem"]')].map((p) => p.textContent.trim()),
      snapshot: read && {
        ticketId: read.getAttribute('data-ticket-id') || null,
        subject: text('[data-testid="tl-subject-text"]'),
        messages: [...read.querySelectorAll('[data-testid="tl-message"]')].map((m) => ({ author: m.getAttribute('data-author'), text: text('.tl-message-text', m) })),
        requester: { name: field('requester'), email: field('email'), org: field('org') },
        status: field('status'),
        priority: field('priority'),
      },
      suggestion: card && {
        severity: Number(card.getAttribute('data-suggested-severity')),
        destination: card.getAttribute('data-suggested-destination'),
        emotion_flag: card.getAttribute('data-emotion') === 'true',
        rules: [...root.querySelectorAll('[data-testid="tl-rule"]')].map((r) => ({ id: r.getAttribute('data-rule-id'), quotes: [...r.querySelectorAll('[data-testid="tl-quote"]')].map((q) => q.getAttribute('data-quote')) })),
      },
    };
  });
}

const USAGE = 'usage: npm run -s diagnose -- PAGE.html [--url URL]';

/** The command's arguments, or an Error saying what is wrong with them. */
export function parseDiagnoseArgs(args) {
  let url;
  let file;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--url') {
      url = args[++i];
      if (!url) return new Error(`--url needs an address\n${USAGE}`);
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('--')) return new Error(`unknown option ${arg}\n${USAGE}`);
    else if (file) return new Error(`one page at a time (got ${file} and ${arg})\n${USAGE}`);
    else file = arg;
  }
  if (!file) return new Error(USAGE);
  if (!existsSync(file)) return new Error(`no such file: ${file}`);
  return { file, url };
}

async function main() {
  const args = parseDiagnoseArgs(process.argv.slice(2));
  if (args instanceof Error) {
    console.error(`diagnose: ${args.message}`);
    process.exit(2);
  }
  const { file, url } = args;
  const address = addressFor(readFileSync(file, 'utf8'), file, url);
  checkAddress(address);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionDir = extensionFor(address);
  const launched = await launchWithExtension({ headless: true, extensionDir });
  try {
    console.log(JSON.stringify(await diagnosePage(launched, resolve(file), url), null, 2));
  } finally {
    await launched.context.close();
    if (extensionDir !== EXTENSION_DIR) removeDir(extensionDir);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    await main();
  } catch (error) {
    // One line: Playwright's messages carry call logs after the first line.
    const message = String(error?.message ?? error).split('\n').find((line) => line.trim()) ?? 'failed';
    console.error(`diagnose: ${message.trim()}`);
    process.exitCode = 1;
  }
}
