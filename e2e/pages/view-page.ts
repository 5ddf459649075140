import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';
import { test } from '@playwright/test';

/** An object or console view seen by the specs: portlets by title, sections by id, a named screenshot. */
export class ViewPage {
  constructor(readonly page: Page) {}

  portlet(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  section(id: string): Locator {
    return this.page.getByTestId(TEST_IDS.sectionLink(id));
  }

  /** Saves a screenshot under the test's output folder, next to the config's automatic one. */
  async snapshot(name: string): Promise<void> {
    await this.page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  }
}
