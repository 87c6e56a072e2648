import { defineConfig } from '@playwright/test';

// End-to-end tests of the built extension in Debian's Chromium (never a downloaded browser).
export default defineConfig({
  testDir: './e2e',
  outputDir: '../out/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Two cores: one Chromium per core.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
