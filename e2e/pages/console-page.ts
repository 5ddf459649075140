import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';

/** The console's shell as a user sees it: header, navigator, object view, bottom pane. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  navigator(): Locator {
    return this.page.getByTestId(TEST_IDS.navigator);
  }

  tree(): Locator {
    return this.navigator().getByRole('tree');
  }

  treeItem(name: string): Locator {
    return this.tree().getByRole('treeitem', { name, exact: true });
  }

  async expand(id: string): Promise<void> {
    await this.page.getByTestId(TEST_IDS.treeToggle(id)).click();
  }

  objectTitle(): Locator {
    return this.page.getByTestId(TEST_IDS.objectTitle);
  }

  objectTab(name: string): Locator {
    return this.page.getByTestId(TEST_IDS.objectView).getByRole('tab', { name, exact: true });
  }

  themeToggle(): Locator {
    return this.page.getByTestId(TEST_IDS.themeToggle);
  }

  bottomPane(): Locator {
    return this.page.getByTestId(TEST_IDS.bottomPane);
  }
}
