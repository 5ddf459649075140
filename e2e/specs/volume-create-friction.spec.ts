import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';
import { VolumeWizardPage } from '../pages/wizards';

const GIB = 1024 ** 3;

// Issue #13, point 6: creating a volume that exists says so and is logged once; sizes are trimmed before the check.
test('creating vsanvol2 a second time says it already exists, and the Runbook lists its create once', async ({
  page,
  api,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  await page.goto('/volumes');
  const volume = new VolumeWizardPage(page);

  await volume.open();
  await volume.fill('vsanvol2', '20gb');
  await volume.create();

  // vDVS answers success for an existing volume (vdvs.md §1): the dialog says nothing changed instead of closing.
  await expect(volume.dialog().getByRole('status').filter({ hasText: 'already exists' })).toHaveText(
    'vsanvol2 already exists; nothing changed',
  );
  await expect(volume.dialog()).toBeVisible();

  await page.goto('/runbook');
  const steps = page.getByTestId(TEST_IDS.runbookSteps);
  await expect(steps).toContainText('docker volume create --driver=vmdk --name=vsanvol2 -o size=20gb');
  const text = (await steps.textContent()) ?? '';
  expect(text.split('--name=vsanvol2 ').length - 1).toBe(1);
});

test('a size of "20gb " with a trailing space is accepted as 20gb', async ({ page, api }) => {
  await api.freshTwin({ upTo: 'vdvs-installed' });
  await page.goto('/volumes');
  const volume = new VolumeWizardPage(page);

  await volume.open();
  await volume.fill('vsanvol2', '20gb ');
  await volume.create();

  await expect(volume.dialog()).toBeHidden();
  await expect(page.getByTestId(TEST_IDS.volumeRow('vsanvol2'))).toBeVisible();
  const created = (await api.call('get', '/api/volumes/vsanvol2', 200)) as { capacityBytes: number };
  expect(created.capacityBytes).toBe(20 * GIB);
});
