import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The console's sign-in page (vSphere Client style: user name, password, LOGIN) and the header's user menu. */
export class LoginPage {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByTestId(TEST_IDS.loginForm);
  }

  error(): Locator {
    return this.form().getByRole('alert');
  }

  async signIn(username: string, password: string): Promise<void> {
    await expect(this.form()).toBeVisible();
    await this.form().getByRole('textbox', { name: 'User name' }).fill(username);
    await this.form().getByLabel('Password').fill(password);
    await this.form().getByRole('button', { name: 'LOGIN' }).click();
  }

  /** Signs in and waits for the console's header, i.e. the session is up and the page behind it renders. */
  async signInToConsole(username: string, password: string): Promise<void> {
    await this.signIn(username, password);
    await expect(this.userMenu()).toHaveText(`${username} ▾`);
  }

  userMenu(): Locator {
    return this.page.getByTestId(TEST_IDS.userMenu);
  }

  async openUserMenu(): Promise<Locator> {
    await this.userMenu().click();
    return this.page.getByRole('menu', { name: 'User' });
  }
}
