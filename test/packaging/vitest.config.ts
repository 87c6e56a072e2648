import { defineConfig } from 'vitest/config';

// Checks of the store packages that `pnpm run zip` writes into extension/.output/.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.spec.ts'],
    testTimeout: 20_000,
  },
});
