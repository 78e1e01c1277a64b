#!/usr/bin/env node
// Fails when a built content script (its JS + CSS, gzip) exceeds the budget, or when zod or
// Dexie slipped into it: one of them runs on every helpdesk tab all day. The sidebar UI, loaded
// on ticket pages only, has its own budget. Measured on the production build (what ships).
// Also proves that production builds carry no test-only code: it is marked with
// TEST_ONLY_MARKER (src/build-mode.ts), absent from every production build, present in the
// test build (so the check is known to see it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const dir = fileURLToPath(new URL('../.output/chrome-mv3/content-scripts/', import.meta.url));
let files;
try {
  files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
} catch {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}
const FORBIDDEN = [
  ['zod', /ZodError|_zod\b|\$ZodType/],
  ['Dexie', /\bDexie\b|DexieError/],
  // The adapters' detection-matrix URLs (tests/fixtures/adapter-urls.ts) are test data.
  ['test data', /help\.acme\.test|support\.example\.org/],
];

// Ticket-page code shipped in the sidebar bundle (TicketTools, src/ui/sidebar/tools.ts), found by
// a string it cannot lose to minifying; `only`: the bundles it must stay out of (default all).
const LAZY = [
  ['the escalate guard (src/content/guard.ts)', /\.stopByGuard\(/],
  ['the clipboard helpers (src/content/note-kit.ts)', /\bClipboardItem\b/],
  // Hosted adapters still carry their own editor code; the self-hosted ones' is TicketTools.editors.
  ['the self-hosted adapters\' editor code (src/adapters/insert.ts)', /did not accept the text/, ['helpdesk']],
];

let failed = false;
const scripts = [...new Set(files.map((f) => f.replace(/\.(js|css)$/, '')))];
for (const name of scripts) {
  const parts = files.filter((f) => f.replace(/\.(js|css)$/, '') === name);
  const source = parts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const gzip = gzipSync(source, { level: 9 }).length;
  const over = gzip > BUDGET;
  console.log(`${over ? 'FAIL' : 'ok  '} content-scripts/${name}: ${(source.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`);
  if (over) failed = true;
  for (const [lib, pattern] of FORBIDDEN) {
    if (!pattern.test(source)) continue;
    console.error(`     ${lib} is in content-scripts/${name}: import only its types there (see src/ticket/limits.ts).`);
    failed = true;
  }
  for (const [what, pattern, only] of LAZY) {
    if ((only && !only.includes(name)) || !pattern.test(source)) continue;
    console.error(`     ${what} is in content-scripts/${name}: it ships in the sidebar bundle, through TicketTools.`);
    failed = true;
  }
}
const UI_BUDGET = 40 * 1024;
const uiFile = fileURLToPath(new URL('../.output/chrome-mv3/sidebar-ui.js', import.meta.url));
const ui = readFileSync(uiFile, 'utf8');
const uiGzip = gzipSync(ui, { level: 9 }).length;
const uiOver = uiGzip > UI_BUDGET;
console.log(`${uiOver ? 'FAIL' : 'ok  '} sidebar-ui (ticket pages only): ${(ui.length / 1024).toFixed(1)} KB raw, ${(uiGzip / 1024).toFixed(1)} KB gzip (budget ${UI_BUDGET / 1024} KB)`);
for (const [lib, pattern] of FORBIDDEN) {
  if (!pattern.test(ui)) continue;
  console.error(`     ${lib} is in sidebar-ui.js: it runs in the helpdesk's page too.`);
  failed = true;
}

const TEST_ONLY_MARKER = 'tierline:test-only';
const output = fileURLToPath(new URL('../.output/', import.meta.url));
const scriptsIn = (root) => (readdirSync(root, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.(?:js|html)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));
const carrying = (root) => scriptsIn(root).filter((file) => readFileSync(file, 'utf8').includes(TEST_ONLY_MARKER));
for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const root = join(output, build);
  if (!existsSync(root)) continue;
  const found = carrying(root);
  console.log(`${found.length ? 'FAIL' : 'ok  '} ${build}: no test-only code`);
  for (const file of found) console.error(`     test-only code in ${file.slice(output.length)}: keep it behind \`if (TEST_BUILD)\``);
  if (found.length) failed = true;
}
const testBuild = join(output, 'chrome-mv3-test');
if (existsSync(testBuild)) {
  const seen = carrying(testBuild).length > 0;
  console.log(`${seen ? 'ok  ' : 'FAIL'} chrome-mv3-test: carries the test-only marker (the check above can see it)`);
  if (!seen) failed = true;
} else console.log('     (no test build: run `npm run build:test` to check the marker is seen)');

process.exit(failed || uiOver ? 1 : 0);
