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
  // One more try for a test that fails, and Playwright's list then names it "flaky": stop 22 saw the keyboard path's
  // capture end as "not allowed" once in three clean-clone runs of the same code under load (the toolbar click's
  // activeTab grant and the injection racing, not yet pinned down). A test that fails twice still fails the run.
  retries: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
