import { defineConfig } from '@playwright/test';

// Overridable so two checkouts can run their end-to-end tests side by side.
export const DEMO_PORT = Number(process.env.TIERLINE_DEMO_PORT ?? 5178);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  projects: [
    { name: 'extension', testIgnore: /layout-shift\.spec\.ts$/ },
    // Layout shift measures when Chromium first paints, which a second browser busy beside it
    // moves: measured alone, after everything else.
    { name: 'layout-shift', testMatch: /layout-shift\.spec\.ts$/, dependencies: ['extension'], workers: 1 },
  ],
  webServer: {
    command: `node scripts/demo-server.mjs --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
