#!/usr/bin/env node
// `npm run demo [-- --headless --screenshot FILE] [--ticket ID]`: build the extension, serve
// the demo helpdesk, open Chromium with the extension on the worked-example ticket.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startDemoServer } from './demo-server.mjs';
import { launchWithExtension } from './browser.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const headless = flag('--headless');
const screenshot = value('--screenshot');
const ticket = value('--ticket') ?? '1042';

if (screenshot && !headless) console.log('Note: --screenshot is taken in either mode; add --headless to skip the window.');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display here: run `npm run demo -- --headless --screenshot demo.png` instead.');
  process.exit(2);
}

console.log('Building the extension (test build: it runs on the local demo helpdesk)…');
execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });

const { server, url } = await startDemoServer(0);
const { context } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${url}/tickets/${ticket}`);
const sidebar = page.getByTestId('tl-suggestion');
let ok = true;
try {
  await sidebar.waitFor({ timeout: 15_000 });
  console.log(`Sidebar: ${(await page.getByTestId('tl-severity').innerText()).trim()} ${(await page.getByTestId('tl-destination').innerText()).trim()}`);
} catch {
  ok = false;
  console.error('The sidebar did not show a suggestion within 15 s.');
}
if (screenshot) {
  await page.screenshot({ path: resolve(screenshot) });
  console.log(`Screenshot written to ${resolve(screenshot)}`);
}
if (headless) {
  await context.close();
  server.close();
  process.exit(ok ? 0 : 1);
}
console.log(`Demo helpdesk at ${url}/ — close the browser window to stop.`);
context.on('close', () => {
  server.close();
  process.exit(0);
});
