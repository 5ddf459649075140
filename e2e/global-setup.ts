import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { FullConfig } from '@playwright/test';
import { request } from '@playwright/test';

import { E2E_ADMIN_PASSWORD, signIn } from './fixtures/auth';

/**
 * Runs once the web server is up (Playwright starts `webServer` before global setup): signs in as admin and saves
 * the cookie, so every spec's `page` and `request` are signed in without a login step. A spec about signing in
 * or out opts out with `test.use({ storageState: { cookies: [], origins: [] } })` and signs in on its own: signing
 * this shared session out would sign every later spec out too.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, storageState } = config.projects[0]?.use ?? {};
  if (typeof storageState !== 'string') throw new Error('playwright.config.ts must set use.storageState to a file');
  const context = await request.newContext({ baseURL });
  try {
    await signIn(context, 'admin', E2E_ADMIN_PASSWORD);
    mkdirSync(path.dirname(storageState), { recursive: true });
    await context.storageState({ path: storageState });
  } finally {
    await context.dispose();
  }
}
