import { defineConfig } from 'vitest/config';

// The Firefox end-to-end tests: one Firefox ESR for the whole file (starting it costs ~10 s on two
// cores), tests in order. Run with `pnpm run test:firefox` after `pnpm run build`.
export default defineConfig({
  resolve: { conditions: ['vertelpunt-source'] },
  ssr: { resolve: { conditions: ['vertelpunt-source'] } },
  test: {
    root: import.meta.dirname,
    include: ['**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
