import { TEST_IDS } from '@harborview/testids/testids';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** Presenter mode: the walkthrough as beats, stepped with the keyboard. */
export class PresenterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/present');
    await expect(this.page.getByTestId(TEST_IDS.presenter)).toBeVisible();
  }

  /** A fresh twin, clock paused, back at beat 1. */
  async startFresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start from a fresh twin' }).click();
    await expect(this.beat('cluster')).toBeVisible();
    await this.settled('cluster');
  }

  beat(id: string): Locator {
    return this.page.getByTestId(TEST_IDS.presenterBeat(id));
  }

  visual(id: string): Locator {
    return this.page.getByTestId(TEST_IDS.presenterVisual(id));
  }

  caption(): Locator {
    return this.page.getByTestId(TEST_IDS.presenterCaption);
  }

  /** Waits until the beat on screen has nothing left to do (aria-busy false) and nothing failed. */
  async settled(id: string): Promise<void> {
    await expect(this.beat(id)).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await expect(this.page.getByRole('alert')).toHaveCount(0);
  }

  /** Steps to the next beat with → or Space (the presenter's keys) and waits for its action to finish. */
  async next(id: string, key: 'ArrowRight' | 'Space' = 'ArrowRight'): Promise<void> {
    // Focus on the page itself, so Space is the presenter's key rather than a focused button's.
    await this.page.getByTestId(TEST_IDS.presenterCaption).click();
    await this.page.keyboard.press(key);
    await expect(this.beat(id)).toBeVisible();
    await this.settled(id);
  }

  /** The beat as the audience sees it, attached to the report. */
  async snapshot(index: number, id: string): Promise<void> {
    const name = `beat-${String(index).padStart(2, '0')}-${id}`;
    await test.info().attach(name, { body: await this.page.screenshot(), contentType: 'image/png' });
  }
}
