import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { defineConfig } from '@playwright/test';

import { adminStorageState, E2E_ADMIN_PASSWORD } from './fixtures/auth';
import { CHROMIUM_LAUNCH } from './fixtures/chromium';

// The console under test: the built BFF serving the built web app, on loopback, with a throwaway DATA_DIR.
const PORT = Number(process.env.E2E_PORT ?? 8180);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DATA_DIR = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'harborview-e2e-'));

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  // Signs in as admin once; `use.storageState` below hands that session to every spec (global-setup.ts).
  globalSetup: './global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'playwright-report/results.json' }],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
  ],
  use: {
    baseURL: BASE_URL,
    storageState: adminStorageState(PORT),
    trace: 'on-first-retry',
    // Every test leaves a screenshot of where it ended as an artifact (test-results/).
    screenshot: 'on',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: {
    command: 'node ../apps/bff/dist/server.js',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // A fresh DATA_DIR: ADMIN_PASSWORD becomes admin's password, which the global setup signs in with.
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR, ADMIN_PASSWORD: E2E_ADMIN_PASSWORD },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
