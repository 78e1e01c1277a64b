// Finding and launching Chromium with the built extension: shared by the demo, diagnose and
// the end-to-end tests. Playwright cannot download browsers on our machines, so Debian's
// Chromium comes first; Playwright's own browser is the fallback where one is installed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The test build (`npm run build:test`, `wxt build --mode test`): it also runs on local pages,
// where the demo helpdesk and the captures are served, and may carry test-only code. The
// production build (.output/chrome-mv3) does neither.
export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3-test/', import.meta.url));

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // no Playwright browser either
  }
  return null;
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
  const installed = await findChromium();
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

/** Launch a persistent context (extensions need one) and wait for the extension's worker. */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, viewport = { width: 1400, height: 900 } } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first.`);
  const { chromium } = await import('@playwright/test');
  const executablePath = await ensureChromium();
  const context = await chromium.launchPersistentContext(freshProfileDir(), { executablePath, headless, viewport, args: chromiumArgs(extensionDir) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}
