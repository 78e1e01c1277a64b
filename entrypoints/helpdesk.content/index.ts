import { demo } from '../../src/adapters/demo';
import { freescout } from '../../src/adapters/freescout';
import { LOCAL_MATCHES } from '../../src/adapters/hosts';
import { osticket } from '../../src/adapters/osticket';
import { startTierline } from '../../src/content/controller';
import { LOCAL_PAGES } from '../../src/build-mode';

// Self-hosted helpdesks (detected by their page markers on any domain), the demo helpdesk and
// the generic reader. Registered at run time for the sites the user adds; test and development
// builds also declare it for local pages, production builds declare it nowhere.
export default defineContentScript({
  matches: LOCAL_PAGES ? LOCAL_MATCHES : [],
  registration: LOCAL_PAGES ? 'manifest' : 'runtime',
  cssInjectionMode: 'manual',
  // Started at document_start and run once the DOM is parsed (DOMContentLoaded): Chrome runs
  // document_end and document_idle scripts well after that, when the page has already been
  // painted. Started this early, the page is docked (src/ui/dock.ts) before its first paint,
  // so the helpdesk's content does not jump when the sidebar appears.
  runAt: 'document_start',
  main: async (ctx) => {
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    await startTierline(ctx, [freescout, osticket, demo]);
  },
});
