import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';

/** Administration > Users and Administration > Audit log, as an admin uses them. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async openUsers(): Promise<void> {
    await this.page.goto('/admin/users');
  }

  usersTable(): Locator {
    return this.page.getByTestId(TEST_IDS.usersTable);
  }

  userRow(username: string): Locator {
    return this.page.getByTestId(TEST_IDS.userRow(username));
  }

  roleOf(username: string): Locator {
    return this.userRow(username).getByRole('combobox', { name: `Role of ${username}` });
  }

  auditTable(): Locator {
    return this.page.getByTestId(TEST_IDS.auditTable);
  }

  auditRows(): Locator {
    return this.auditTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  /** Where a page the role may not open says so (403 in place). */
  permissionMessage(): Locator {
    return this.page.getByRole('alert');
  }
}
