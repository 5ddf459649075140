import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

// Live updates must reach the page without a reload: a marker on `window` survives only as long as the document does.

/** Marks the document now on screen; any full page load after this resets the marker. */
export async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
}

/** Fails when the page was reloaded since `markNoReload`. */
export async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}
