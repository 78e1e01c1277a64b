import { HOSTED_MATCHES } from '../src/adapters/hosts';
import { freshdesk } from '../src/adapters/freshdesk';
import { startTierline } from '../src/content/controller';

export default defineContentScript({
  matches: [...HOSTED_MATCHES.freshdesk],
  cssInjectionMode: 'manual',
  runAt: 'document_end',
  main: (ctx) => startTierline(ctx, [freshdesk]),
});
