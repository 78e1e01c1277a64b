#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org
// runs on upload) on the Firefox production build. Errors fail; warnings are listed, one line each.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../.output/firefox-mv3/', import.meta.url));
const webExt = fileURLToPath(new URL('../node_modules/.bin/web-ext', import.meta.url));
if (!existsSync(`${dir}manifest.json`)) {
  console.error('No Firefox build: run `npm run build:firefox` first.');
  process.exit(2);
}
let out;
try {
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  out = execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  out = error.stdout;
  if (!out) {
    console.error(`web-ext lint did not run: ${String(error.message).split('\n')[0]}`);
    process.exit(2);
  }
}
const result = JSON.parse(out);
const line = (kind, m) => `${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
for (const m of result.errors) console.error(line('error  ', m));
for (const m of result.warnings) console.log(line('warning', m));
for (const m of result.notices) console.log(line('notice ', m));
const { errors, warnings, notices } = result.summary;
console.log(`${errors ? 'FAIL' : 'ok  '} web-ext lint .output/firefox-mv3: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors ? 1 : 0);
