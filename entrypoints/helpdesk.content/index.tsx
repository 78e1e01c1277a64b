import { STATIC_MATCHES } from '../../src/adapters/hosts';

export default defineContentScript({
  matches: STATIC_MATCHES,
  cssInjectionMode: 'manual',
  main() {},
});
