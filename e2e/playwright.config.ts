import { defineConfig, devices } from '@playwright/test';

/**
 * Browser specs against the built app (`pnpm build` first). Global setup creates a fresh
 * PostgreSQL database and starts `server/dist/main.js` on a free port; teardown stops it and drops
 * the database. Set E2E_BASE_URL to run against a server you started yourself instead.
 * Chromium is Debian's (`apt-get install chromium`): Playwright's own browser downloads are not
 * reachable from our machines.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
});
