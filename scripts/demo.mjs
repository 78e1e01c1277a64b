#!/usr/bin/env node
// `npm run demo [-- --headless --screenshot [FILE]] [--ticket ID] [--handoff]`: build the test extension, serve
// the demo helpdesk, open Chromium with the extension on the worked-example ticket.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startDemoServer } from './demo-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { parseDemoArgs } from './demo-args.mjs';

const { headless, screenshot, ticket, handoff } = parseDemoArgs(process.argv.slice(2));

if (screenshot && !headless) console.log('Note: --screenshot is taken in either mode; add --headless to skip the window.');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display here: run `npm run demo -- --headless --screenshot` instead (writes .output/demo.png).');
  process.exit(2);
}

// The demo helpdesk's own ticket list: an unknown id would only show its "Ticket not found" page.
const demoTickets = {};
new Function('window', readFileSync(new URL('../tests/fixtures/demo-helpdesk/tickets.js', import.meta.url), 'utf8'))(demoTickets);
const ids = demoTickets.DEMO_TICKETS.map((t) => t.id);
if (!ids.includes(String(ticket))) {
  console.error(`There is no ticket ${ticket} in the demo helpdesk; its tickets are ${ids.join(', ')} (--ticket ID picks one).`);
  process.exit(2);
}

console.log('Building the extension (test build: it runs on the local demo helpdesk)…');
execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });

const { server, url } = await startDemoServer(0);
const { context } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${url}/tickets/${ticket}`);
let ok = true;
try {
  // A suggestion, or the sidebar saying there is nothing to judge: whichever comes first.
  await page.getByTestId('tl-suggestion').or(page.getByTestId('tl-nothing')).first().waitFor({ timeout: 15_000 });
  if (await page.getByTestId('tl-nothing').count()) {
    ok = false;
    console.error(`The sidebar found nothing to judge on ticket ${ticket}: ${(await page.getByTestId('tl-nothing').innerText()).split('\n')[0]}`);
  } else {
    console.log(`Sidebar: ${(await page.getByTestId('tl-severity').innerText()).trim()} ${(await page.getByTestId('tl-destination').innerText()).trim()}`);
    if (handoff) {
      await page.getByTestId('tl-handoff-open').click();
      await page.getByTestId('tl-handoff-form').waitFor({ timeout: 5_000 });
      // The form's head (progress, what is missing) in view, not only the first missing field.
      await page.getByTestId('tl-handoff-progress').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      console.log(`Handoff checklist: ${(await page.getByTestId('tl-handoff-progress').innerText()).trim()}`);
    }
  }
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
