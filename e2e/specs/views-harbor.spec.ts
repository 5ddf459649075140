import { TEST_IDS } from '@harborview/testids/testids';
import { expect, test } from '@playwright/test';

import { TwinApi, WALKTHROUGH_MAPPINGS } from '../fixtures/twin-api';
import { ViewPage } from '../pages/view-page';

interface ImageBody {
  ref: string;
  manifestDigest: string;
}

test('Harbor shows running services with their volume mounts, the registry endpoint and pushed images, and goes unhealthy and back when host-1 fails', async ({
  page,
  request,
}) => {
  const api = new TwinApi(request);
  await api.freshTwin();
  await api.walkthroughReady();
  // The registry is a real process: it starts in wall-clock time after the compose edit.
  await expect
    .poll(
      async () => ((await api.call('get', '/api/harbor', 200)) as { registry: { process: string } }).registry.process,
    )
    .toBe('running');
  await api.call('post', '/api/harbor/images', 201, { count: 2 });
  const { items: images } = (await api.call('get', '/api/harbor/images', 200)) as { items: ImageBody[] };
  expect(images).toHaveLength(2);
  const view = new ViewPage(page);

  await page.goto('/');
  await page.getByTestId(TEST_IDS.consoleNavLink('harbor')).click();

  const status = page.getByTestId(TEST_IDS.harborStatus);
  await expect(status).toContainText('StatusHealthy');
  for (const { service, target, volume } of WALKTHROUGH_MAPPINGS) {
    const row = page.getByTestId(TEST_IDS.harborServiceRow(service));
    await expect(row.getByRole('cell').nth(1)).toHaveText('Running');
    await expect(row.getByRole('cell').nth(2)).toHaveText('Healthy');
    await expect(row).toContainText(target);
    await expect(row.getByRole('link', { name: `${volume}@vsanDatastore`, exact: true })).toBeVisible();
  }
  const registry = page.getByTestId(TEST_IDS.harborRegistry);
  await expect(registry).toContainText('ProcessRunning');
  await expect(registry).toContainText(/Endpointhttp:\/\/127\.0\.0\.1:\d+/);
  for (const image of images) {
    expect(image.manifestDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await expect(page.getByTestId(TEST_IDS.harborImageRow(image.ref))).toContainText(image.manifestDigest);
  }
  await view.snapshot('harbor-healthy-with-images');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'off' });
  await expect(status).toContainText('StatusUnhealthy');
  await api.advance(120);
  await expect(status).toContainText('StatusHealthy');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
});
