import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The Create VM Storage Policy wizard as a user drives it. */
export class PolicyWizardPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId(TEST_IDS.policyWizard);
  }

  async open(): Promise<void> {
    await this.page.goto('/policies');
    await this.page.getByTestId(TEST_IDS.createPolicy).click();
    await expect(this.dialog()).toBeVisible();
  }

  async next(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Next', exact: true }).click();
  }

  /** Name, then Policy structure with vSAN rules on, in form or raw mode; stops on the vSAN step. */
  async toVsanStep(name: string, mode: 'form' | 'raw'): Promise<void> {
    await this.dialog().getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.next();
    if (mode === 'raw') await this.dialog().getByRole('radio', { name: 'Raw vmdkops policy content' }).check();
    await this.next();
  }

  /** From the vSAN step: Next to a COMPATIBLE check, Next to the review's command with `content`, then Finish. */
  async finishCompatible(content: string): Promise<void> {
    await this.next();
    await expect(this.dialog().getByTestId(TEST_IDS.policyCompatibility)).toContainText('COMPATIBLE');
    await this.next();
    await expect(this.dialog().getByTestId(TEST_IDS.policyCommand)).toContainText(`--content '${content}'`);
    await this.dialog().getByRole('button', { name: 'Finish', exact: true }).click();
  }

  rawContent(): Locator {
    return this.dialog().getByRole('textbox', { name: 'Policy content' });
  }
}

/** The New Volume wizard as a user drives it. */
export class VolumeWizardPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId(TEST_IDS.volumeWizard);
  }

  async open(): Promise<void> {
    await this.page.getByTestId(TEST_IDS.newVolume).click();
    await expect(this.dialog()).toBeVisible();
  }

  async fill(name: string, size: string, policy?: string): Promise<void> {
    await this.dialog().getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.dialog().getByRole('textbox', { name: 'Size', exact: true }).fill(size);
    if (policy) await this.dialog().getByRole('combobox', { name: 'VM storage policy' }).selectOption(policy);
  }

  async create(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Create', exact: true }).click();
  }
}
