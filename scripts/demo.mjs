#!/usr/bin/env node
// `npm run demo [-- --headless --screenshot [FILE]] [--ticket ID]`: build the test extension, serve
// the demo helpdesk, open Chromium with the extension on the worked-example ticket.
import { execFileSync } from 'node:child_process';
import { startDemoServer } from './demo-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { parseDemoArgs } from './demo-args.mjs';

const { headless, screenshot, ticket } = parseDemoArgs(process.argv.slice(2));

if (screenshot && !headless) console.log('Note: --screenshot is taken in either mode; add --headless to skip the window.');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display here: run `npm run demo -- --headless --screenshot` instead (writes .output/demo.png).');
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
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot written to ${screenshot}`);
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
