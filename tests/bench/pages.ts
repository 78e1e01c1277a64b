/**
 * Page benchmark: what the extension costs a heavy helpdesk page's main thread. A report,
 * not a test: it exits 0 whatever the figures.
 *
 * The pages are generated from the FreeScout captures (tests/fixtures/perf/make-pages.ts) and
 * served at their real address. Each scenario runs in Chromium with the test build
 * (.output/chrome-mv3-test, `npm run build:test`; TIERLINE_EXTENSION_DIR for another build)
 * and without any extension, alternately, BENCH_PAGE_REPS times (default 5); BENCH_PAGE_ONLY
 * keeps the scenarios whose name contains it. Reported per
 * scenario: the longest main-thread task (PerformanceObserver 'longtask', ≥ 50 ms; 0 when
 * none; from DOMContentLoaded on, parsing the page being the page's own) and the main thread's busy share of the window (CDP Performance.getMetrics
 * TaskDuration / wall time), as median and range, with and without the extension.
 *
 *   npm run bench            (triage, then pages)
 *   npx tsx tests/bench/pages.ts
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ensureChromium, freshProfileDir, launchWithExtension, removeDir } from '../../scripts/browser.mjs';
import { makePerfPages, PERF_ADDRESS, type PerfPage } from '../fixtures/perf/make-pages';

const REPS = Number(process.env.BENCH_PAGE_REPS ?? 5);
const extensionDir = process.env.TIERLINE_EXTENSION_DIR ?? EXTENSION_DIR;
const SETTLE_MS = 1_500;

interface Sample {
  longest: number;
  share: number;
}
interface Scenario {
  name: string;
  page: PerfPage;
  /** After the page is shown (and, with the extension, the suggestion): what the window measures. */
  act?: (page: Page, withExtension: boolean) => Promise<void>;
  /** The window starts at navigation (mount) or after the page is shown. */
  window: 'mount' | 'after';
}

const SCENARIOS: Scenario[] = [
  { name: '2,000 messages: page shown (sidebar appears)', page: 'threads2000', window: 'mount' },
  {
    name: '2,000 messages: the note goes in',
    page: 'threads2000',
    window: 'after',
    // Without the extension there is no note button: the same window, idle.
    act: async (page, withExtension) => {
      if (!withExtension) return page.waitForTimeout(300);
      // A click from inside: Playwright's own click hit-tests the whole page from script, a cost of the harness.
      await page.evaluate(() => (document.querySelector('tierline-sidebar')?.shadowRoot?.querySelector('[data-testid="tl-insert-note"]') as HTMLElement | null)?.click());
      await inSidebar(page, '[data-testid="tl-note-status"]', 'Note put in the');
    },
  },
  {
    name: '2,000 messages: typing in the note editor',
    page: 'threads2000',
    window: 'after',
    act: async (page) => {
      await page.locator('.conv-reply-block .note-editable').first().focus();
      await page.keyboard.type('Customer confirms the export still stops at 10,000 rows.', { delay: 40 });
    },
  },
  { name: '1 MB message: page shown (sidebar appears)', page: 'message1mb', window: 'mount' },
  {
    name: '1,000 DOM changes/s: 5 s on the page',
    page: 'mutating',
    window: 'after',
    act: (page) => page.waitForTimeout(5_000),
  },
];

/** Collects long tasks from the start of the page (before any script of ours or the page's). */
const LONGTASK_PROBE = `
  window.__tlLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tlLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * Wait for our sidebar to show something, looking only inside its shadow root: Playwright's
 * locators search the whole document on every poll, which on a 2,000-message page is itself
 * a long task the extension would be blamed for.
 */
async function inSidebar(page: Page, selector: string, text = ''): Promise<void> {
  await page.waitForFunction(
    ({ selector, text }) => {
      const element = document.querySelector('tierline-sidebar')?.shadowRoot?.querySelector(selector);
      return element !== null && element !== undefined && (element.textContent ?? '').includes(text);
    },
    { selector, text },
    { polling: 100, timeout: 30_000 },
  );
}

async function serve(context: BrowserContext, files: Record<PerfPage, URL>, which: () => PerfPage): Promise<void> {
  const bodies = new Map<PerfPage, string>();
  const body = (key: PerfPage) => bodies.get(key) ?? (bodies.set(key, readFileSync(files[key], 'utf8')), bodies.get(key)!);
  await context.route(
    (url) => url.href === PERF_ADDRESS,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body(which()) }),
  );
  await context.addInitScript(LONGTASK_PROBE);
}

async function taskSeconds(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<{ task: number; at: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), at: get('Timestamp') };
}

async function runOnce(context: BrowserContext, scenario: Scenario, withExtension: boolean): Promise<Sample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const shown = async () => {
      if (withExtension) await inSidebar(page, '[data-testid="tl-severity"]');
      else await page.waitForLoadState('load');
    };
    let start = await taskSeconds(cdp);
    let fromMs = 0;
    await page.goto(PERF_ADDRESS, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await shown();
    await page.waitForTimeout(SETTLE_MS);
    // Parsing the page is the page's own cost: long tasks count from DOMContentLoaded (the content script runs after it).
    fromMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0);
    if (scenario.window === 'after') {
      start = await taskSeconds(cdp);
      fromMs = await page.evaluate(() => performance.now());
      await scenario.act?.(page, withExtension);
      await page.waitForTimeout(SETTLE_MS);
    }
    const end = await taskSeconds(cdp);
    const tasks = (await page.evaluate(() => (window as unknown as { __tlLongTasks: { start: number; duration: number }[] }).__tlLongTasks)) ?? [];
    const longest = Math.max(0, ...tasks.filter((t) => t.start >= fromMs).map((t) => t.duration));
    // A navigation that swaps the renderer restarts its counters: then the new count is the whole window's.
    const busy = end.task >= start.task ? end.task - start.task : end.task;
    const wall = end.at - start.at;
    return { longest, share: wall > 0 ? busy / wall : 0 };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: number[], fmt: (v: number) => string) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
const ms = (v: number) => `${Math.round(v)}`;
const pct = (v: number) => `${(v * 100).toFixed(1)}`;

async function main(): Promise<void> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`Page benchmark skipped: no built extension at ${extensionDir} (run \`npm run build:test\`).`);
    return;
  }
  const files = makePerfPages();
  let current: PerfPage = 'threads2000';
  const withExt = await launchWithExtension({ headless: true, extensionDir });
  const executablePath = await ensureChromium();
  const withoutProfile = freshProfileDir();
  const without = await chromium.launchPersistentContext(withoutProfile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
  await serve(withExt.context, files, () => current);
  await serve(without, files, () => current);

  console.log(`\nPage benchmark (${REPS} runs each, alternating; extension: ${extensionDir})`);
  console.log('longest task in ms (long tasks ≥ 50 ms; 0 = none) and main-thread busy share in %, median [range]\n');
  console.log(`${'scenario'.padEnd(46)}${'longest, with'.padStart(18)}${'without'.padStart(16)}${'share, with'.padStart(18)}${'without'.padStart(18)}${'added'.padStart(9)}`);
  try {
    for (const scenario of SCENARIOS.filter((s) => s.name.includes(process.env.BENCH_PAGE_ONLY ?? ''))) {
      current = scenario.page;
      const samples = { with: [] as Sample[], without: [] as Sample[] };
      for (let i = 0; i < REPS; i++) {
        samples.with.push(await runOnce(withExt.context, scenario, true));
        samples.without.push(await runOnce(without, scenario, false));
      }
      const col = (s: Sample[], key: keyof Sample, fmt: (v: number) => string) => `${fmt(median(s.map((x) => x[key])))} [${range(s.map((x) => x[key]), fmt)}]`;
      const added = median(samples.with.map((s) => s.share)) - median(samples.without.map((s) => s.share));
      console.log(
        `${scenario.name.padEnd(46)}${col(samples.with, 'longest', ms).padStart(18)}${col(samples.without, 'longest', ms).padStart(16)}${col(samples.with, 'share', pct).padStart(18)}${col(samples.without, 'share', pct).padStart(18)}${`${added >= 0 ? '+' : ''}${pct(added)}`.padStart(9)}`,
      );
    }
  } finally {
    await withExt.context.close();
    await without.close();
    removeDir(withoutProfile);
  }
}

await main();
