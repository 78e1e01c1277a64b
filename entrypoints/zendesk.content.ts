import { HOSTED_MATCHES } from '../src/adapters/hosts';
import { zendesk } from '../src/adapters/zendesk';
import { startTierline } from '../src/content/controller';

export default defineContentScript({
  matches: [...HOSTED_MATCHES.zendesk],
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startTierline(ctx, [zendesk]),
});
