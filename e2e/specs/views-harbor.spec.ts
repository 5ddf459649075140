import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';
import { WALKTHROUGH_MAPPINGS } from '../fixtures/twin-api';
import { expectNoReload, markNoReload } from '../pages/no-reload';

test('Harbor shows running services with their volume mounts, the registry endpoint and pushed images, and goes unhealthy and back when host-1 fails', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'walkthrough-ready' });
  // The registry is a real process, started in wall-clock time after the compose edit: pushImages waits for it.
  const images = await api.pushImages(2);
  expect(images).toHaveLength(2);

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
  await markNoReload(page);

  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'off' });
  await expect(status).toContainText('StatusUnhealthy');
  await api.advance(120);
  await expect(status).toContainText('StatusHealthy');
  await expectNoReload(page);
});
