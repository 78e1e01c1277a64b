import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { STATIC_MATCHES } from './src/adapters/hosts';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Tierline',
    description: 'Escalations that go right: severity by customer impact, a complete handoff, the escalation note and check-in timers, on top of your helpdesk.',
    permissions: ['storage', 'scripting', 'activeTab'],
    // The content scripts' own sites: lets the background inject the sidebar UI there on demand.
    host_permissions: STATIC_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Show or hide the Tierline sidebar',
      },
    },
    action: { default_title: 'Tierline' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tierline@tierline.app', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, prerender: { enabled: false } })],
  }),
});
