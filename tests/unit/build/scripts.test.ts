/** README corrections made true: the browser lookup order, and where the demo's screenshot goes. */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/browser.mjs';
import { parseDemoArgs } from '../../../scripts/demo-args.mjs';

const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  const noPlaywright = async () => null;
  it('CHROMIUM_PATH wins when it names a file', async () => {
    const found = await findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, exists: on('/opt/chrome/chrome', '/usr/bin/chromium'), playwrightBrowser: noPlaywright });
    expect(found).toBe('/opt/chrome/chrome');
  });
  it('when CHROMIUM_PATH points nowhere, it says so and falls back to the usual places', async () => {
    const warnings: string[] = [];
    const found = await findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, exists: on('/usr/bin/chromium'), warn: (m) => warnings.push(m), playwrightBrowser: noPlaywright });
    expect(found).toBe('/usr/bin/chromium');
    expect(warnings).toEqual([expect.stringContaining('/nowhere/chrome')]);
  });
  it("then Playwright's own browser, then nothing", async () => {
    expect(await findChromium({ env: {}, exists: on('/pw/chrome'), playwrightBrowser: async () => '/pw/chrome' })).toBe('/pw/chrome');
    expect(await findChromium({ env: { CHROMIUM_PATH: '/nowhere' }, exists: on(), warn: () => undefined, playwrightBrowser: noPlaywright })).toBeNull();
  });
});

describe('demo arguments', () => {
  it('a screenshot lands under .output/ unless given an absolute path', () => {
    expect(parseDemoArgs(['--headless', '--screenshot'], '/repo/.output')).toEqual({ headless: true, screenshot: '/repo/.output/demo.png', ticket: '1042', handoff: false });
    expect(parseDemoArgs(['--headless', '--screenshot', '--ticket', '1043'], '/repo/.output')).toEqual({ headless: true, screenshot: '/repo/.output/demo.png', ticket: '1043', handoff: false });
    expect(parseDemoArgs(['--screenshot', 'shots/a.png'], '/repo/.output').screenshot).toBe('/repo/.output/shots/a.png');
    expect(parseDemoArgs(['--screenshot', '/tmp/a.png'], '/repo/.output').screenshot).toBe('/tmp/a.png');
    expect(parseDemoArgs([], '/repo/.output')).toEqual({ headless: false, screenshot: undefined, ticket: '1042', handoff: false });
    expect(parseDemoArgs(['--headless', '--handoff', '--screenshot', 'h.png'], '/repo/.output')).toMatchObject({ handoff: true, screenshot: '/repo/.output/h.png' });
  });
});
