#!/usr/bin/env node
// `npm run check:store`: the production builds as the stores will see them. Chrome Web Store
// manifest limits, no local-page access in a store build, Firefox's data-collection
// declaration, and a Firefox sources zip holding sources only. Exit 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeStoreProblems, firefoxProblems, localAccessProblems, nonSourceEntries, zipEntries } from './store-checks.mjs';

const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failed = false;

function report(label, problems) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label}`);
  for (const problem of problems) console.error(`     ${problem}`);
  if (problems.length) failed = true;
}

function build(name, how) {
  const dir = join(OUTPUT, name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    report(`${name}: built`, [`no build at .output/${name}: run \`${how}\` first`]);
    return null;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const readFile = (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : null);
  return { manifest, readFile };
}

const chrome = build('chrome-mv3', 'npm run build');
if (chrome) {
  report('chrome-mv3: Chrome Web Store manifest limits', chromeStoreProblems(chrome.manifest, chrome.readFile));
  report('chrome-mv3: no access to local pages', localAccessProblems(chrome.manifest));
}
const firefox = build('firefox-mv3', 'npm run zip:firefox');
if (firefox) {
  report('firefox-mv3: gecko id and data_collection_permissions', firefoxProblems(firefox.manifest));
  report('firefox-mv3: no access to local pages', localAccessProblems(firefox.manifest));
}
const sources = join(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`);
if (!existsSync(sources)) report('sources zip: built', [`no ${sources}: run \`npm run zip:firefox\` first`]);
else {
  const names = zipEntries(readFileSync(sources));
  report(`sources zip: ${names.length} files, sources only`, nonSourceEntries(names).map((name) => `not a source file: ${name}`));
}
process.exit(failed ? 1 : 0);
