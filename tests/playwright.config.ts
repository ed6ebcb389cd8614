import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: Debian's Chromium where it is installed (CI machines cannot download one),
 * otherwise Playwright's own, fetched with `npx playwright install chromium`.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  // A first search fetches and starts Pagefind's WebAssembly; on a busy 2-core machine that has
  // taken over the default 5 s once. Waits end as soon as the page is ready, so only a real
  // failure takes longer.
  expect: { timeout: 10_000 },
  use: {
    baseURL: 'http://127.0.0.1:4321',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npm run preview',
    cwd: '..',
    url: 'http://127.0.0.1:4321/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
