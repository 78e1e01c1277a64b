#!/usr/bin/env node
// Fails when a built content script (its JS + CSS, gzip) exceeds the budget, or when zod or
// Dexie slipped into it: one of them runs on every helpdesk tab all day.
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
process.exit(failed ? 1 : 0);
