import { demo } from '../../src/adapters/demo';
import { freescout } from '../../src/adapters/freescout';
import { LOCAL_MATCHES } from '../../src/adapters/hosts';
import { osticket } from '../../src/adapters/osticket';
import { startTierline } from '../../src/content/controller';

// Self-hosted helpdesks (detected by their page markers on any domain), the demo helpdesk and
// the generic reader. Also registered at run time for the sites the user adds.
export default defineContentScript({
  matches: LOCAL_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => startTierline(ctx, [freescout, osticket, demo]),
});
