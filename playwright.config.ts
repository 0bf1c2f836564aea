import { defineConfig } from '@playwright/test';

/**
 * Real-browser tests against the built extension (dist/, `npm run build:chrome`). The browser is
 * launched by e2e/harness.ts (persistent context, extension loaded), not by `projects`.
 * One worker: the machine is small and each test starts its own Chromium with an extension.
 */
process.env.NO_COLOR ??= '1';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    trace: 'on-first-retry',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
});
