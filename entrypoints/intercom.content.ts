import { HOSTED_MATCHES } from '../src/adapters/hosts';
import { intercom } from '../src/adapters/intercom';
import { startTierline } from '../src/content/controller';

export default defineContentScript({
  matches: [...HOSTED_MATCHES.intercom],
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startTierline(ctx, [intercom]),
});
