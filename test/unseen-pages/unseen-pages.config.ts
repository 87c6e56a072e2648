import { defineConfig } from '@playwright/test';

// The unseen-pages runner (capture-unseen.spec.ts): outside the CI run, whose config
// (test/playwright.config.ts) only looks in test/e2e. One Chromium at a time; each case in its
// own fresh profile.
export default defineConfig({
  testDir: '.',
  testMatch: 'capture-unseen.spec.ts',
  outputDir: '../../out/unseen-pages/test-results',
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
