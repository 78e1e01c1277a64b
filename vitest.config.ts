import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without this a failing test
// crashes the summary instead of showing the failure.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // DOM tests parse saved helpdesk pages, whose <link>/<script> point at servers that are
    // not there: load nothing, and take a skipped load as done instead of logging an error
    // with a stack trace for each one.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          enableCSSFileLoading: false,
          enableImageFileLoading: false,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});
