import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** The Failover page and a drill's live view, as a user drives them. */
export class FailoverPage {
  constructor(readonly page: Page) {}

  /** Opens the page the way a user does: from the console navigation. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId(TEST_IDS.consoleNavLink('failover')).click();
    await expect(this.page.getByTestId(TEST_IDS.failoverPage)).toBeVisible();
  }

  faultType(name: 'Host power-off' | 'Disk failure' | 'Host isolation'): Locator {
    return this.page.getByTestId(TEST_IDS.faultPicker).getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  host(): Locator {
    return this.page.getByTestId(TEST_IDS.faultPicker).getByRole('combobox', { name: 'Host' });
  }

  disk(): Locator {
    return this.page.getByTestId(TEST_IDS.faultPicker).getByRole('combobox', { name: 'Disk' });
  }

  preflight(): Locator {
    return this.page.getByTestId(TEST_IDS.drillPreflight);
  }

  preflightRow(objectName: string): Locator {
    return this.page.getByTestId(TEST_IDS.preflightObjectRow(objectName));
  }

  confirmation(): Locator {
    return this.page.getByTestId(TEST_IDS.drillConfirm);
  }

  /** Starts the drill and answers its id, read from the drill page's URL. */
  async start(): Promise<string> {
    await this.page.getByTestId(TEST_IDS.drillStart).click();
    await expect(this.page.getByTestId(TEST_IDS.drillView)).toBeVisible();
    const match = /\/failover\/drills\/([^/]+)$/.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`not on a drill page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  milestone(key: 'hostDeclaredDead' | 'vmPoweredOn' | 'harborHealthy' | 'resynced'): Locator {
    return this.page.getByTestId(TEST_IDS.rtoMilestone(key));
  }

  timelineEntry(seq: number): Locator {
    return this.page.getByTestId(TEST_IDS.timelineEntry(seq));
  }

  topologyHost(id: string): Locator {
    return this.page.getByTestId(TEST_IDS.topologyHost(id));
  }

  verdict(): Locator {
    return this.page.getByTestId(TEST_IDS.integrityVerdict);
  }

  /** Saves a screenshot as a test artifact (attached to the report). */
  async snapshot(name: string): Promise<void> {
    await test.info().attach(name, { body: await this.page.screenshot({ fullPage: true }), contentType: 'image/png' });
  }
}
