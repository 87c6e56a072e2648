import { defineConfig } from 'vitest/config';

// Unit tests of every pure package and of the extension's pure modules.
// The end-to-end tests in test/e2e run under Playwright, not here.
export default defineConfig({
  resolve: { conditions: ['vertelpunt-source'] },
  ssr: { resolve: { conditions: ['vertelpunt-source'] } },
  test: {
    include: ['packages/*/{src,test}/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.output/**', '**/dist/**'],
    // The test command runs these beside the browser tests on two cores, where a test that takes 2 s
    // alone can take 10: the default 5 s would fail it for the load, not for its behaviour.
    testTimeout: 30_000,
  },
});
