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
  runAt: 'document_end',
  main: (ctx) => startTierline(ctx, [freescout, osticket, demo]),
});
