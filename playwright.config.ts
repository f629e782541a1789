import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4817);
const baseURL = `http://127.0.0.1:${port}`;
const db = `.tmp/e2e-${port}.db`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: {
    // The real server (from its TypeScript, with tsx) on a fresh SQLite file with the demo data, after
    // building the SPA when it is missing or stale.
    command: `node scripts/build-missing.mjs --web && node scripts/fresh-db.mjs ${db} && node --import tsx server/cli/main.ts --port ${port} --db ${db} --seed demo`,
    url: `${baseURL}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
