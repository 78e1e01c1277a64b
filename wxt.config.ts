import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { staticMatches } from './src/adapters/hosts';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Store builds (production) run on the hosted helpdesks and the sites the user adds; test
  // and development builds also on local pages (see src/build-mode.ts). `--mode test` builds
  // into .output/chrome-mv3-test, beside the production build.
  manifest: ({ browser, mode }) => ({
    name: 'Tierline',
    // At most 132 characters (Chrome Web Store), and only what exists: scripts/check-store.mjs.
    description: 'Suggests the severity of an escalation by customer impact, shows the evidence, and writes the escalation note in your helpdesk.',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
    // The content scripts' own sites: lets the background inject the sidebar UI there on demand.
    host_permissions: staticMatches({ localPages: mode !== 'production' }),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Show or hide the Tierline sidebar',
      },
    },
    action: { default_title: 'Tierline' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the browser: Mozilla's data-collection declaration says so.
            gecko: { id: 'tierline@tierline.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // The Firefox sources zip: what a reviewer needs to rebuild the extension, nothing else (no
  // screenshots, test output or captures).
  zip: {
    includeSources: ['entrypoints/**', 'src/**', 'public/**', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, prerender: { enabled: false } })],
  }),
});
