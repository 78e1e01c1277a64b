// Finding and launching Chromium with the built extension: shared by the demo, diagnose and
// the end-to-end tests. Playwright cannot download browsers on our machines, so CHROMIUM_PATH
// comes first, then Debian's (or Google's) Chromium; Playwright's own browser is the fallback
// where one is installed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The test build (`npm run build:test`, `wxt build --mode test`): it also runs on local pages,
// where the demo helpdesk and the captures are served, and may carry test-only code. The
// production build (.output/chrome-mv3) does neither.
export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3-test/', import.meta.url));

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * CHROMIUM_PATH wins when it names a file; when it points nowhere, say so and go on with the
 * usual places (Debian's and Google's binaries, then Playwright's own browser).
 */
export async function findChromium({ env = process.env, exists = existsSync, warn = (message) => console.warn(message), playwrightBrowser = defaultPlaywrightBrowser } = {}) {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    warn(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist: looking for Chromium elsewhere.`);
  }
  const system = CANDIDATES.find((path) => exists(path));
  if (system) return system;
  const own = await playwrightBrowser();
  return own && exists(own) ? own : null;
}

async function defaultPlaywrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return null; // no Playwright browser either
  }
}

/** Find Chromium, installing Debian's package when we are root on Debian and none is there. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error('No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.');
  }
  console.log('No Chromium found: installing Debian\'s chromium package (about 20 s)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = await findChromium({ warn: () => undefined });
  if (!installed) throw new Error('apt-get installed chromium but no binary was found at /usr/bin/chromium');
  return installed;
}

export function chromiumArgs(extensionDir = EXTENSION_DIR) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}

export function freshProfileDir() {
  return mkdtempSync(join(tmpdir(), 'tierline-profile-'));
}

/** Remove a directory this code made; a file Chromium still holds open must not fail a test. */
export function removeDir(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // left for the OS's temp cleaner
  }
}

/**
 * Launch a persistent context (extensions need one) and wait for the extension's worker.
 * `userDataDir`: the profile to use (a fresh one when not given); pass the same one again to
 * relaunch the browser on what an earlier launch left there.
 */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, viewport = { width: 1400, height: 900 }, userDataDir } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first.`);
  const { chromium } = await import('@playwright/test');
  const executablePath = await ensureChromium();
  const profile = userDataDir ?? freshProfileDir();
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless, viewport, args: chromiumArgs(extensionDir) });
  if (!userDataDir) {
    // A profile made here goes with its browser (~4 MB each; a test run makes ~200). After
    // close() resolves, not on the 'close' event: Chromium still writes its files while exiting.
    const close = context.close.bind(context);
    context.close = async (options) => {
      await close(options);
      removeDir(profile);
    };
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}
