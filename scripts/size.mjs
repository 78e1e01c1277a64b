#!/usr/bin/env node
// Fails when a built content script (its JS + CSS, gzip) exceeds the budget, or when zod or
// Dexie slipped into it: one of them runs on every helpdesk tab all day. The sidebar UI, loaded
// on ticket pages only, has its own budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
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
}
const UI_BUDGET = 30 * 1024;
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
process.exit(failed || uiOver ? 1 : 0);
