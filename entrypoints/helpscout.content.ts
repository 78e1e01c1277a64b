import { HOSTED_MATCHES } from '../src/adapters/hosts';
import { helpscout } from '../src/adapters/helpscout';
import { startTierline } from '../src/content/controller';

export default defineContentScript({
  matches: [...HOSTED_MATCHES.helpscout],
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startTierline(ctx, [helpscout]),
});
