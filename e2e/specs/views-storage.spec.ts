import { TEST_IDS } from '@harborview/testids/testids';

import { formatBytes } from '../fixtures/format';
import { expect, test } from '../fixtures/test';

interface Browse {
  entries: { name: string; kind: string; sizeBytes: number | null }[];
}
interface VolumeBody {
  name: string;
  capacityBytes: number;
  policy: string;
  object: { uuid: string; healthLabel: string; components: { uuid: string; hostName: string }[] };
}

test.beforeEach(async ({ api }) => {
  await api.freshTwin({ upTo: 'volumes-created' });
});

test('datastore Files browses dockvols → _DEFAULT to the vmdk and its .vmfd sidecar, and policies/ holds SW=2', async ({
  page,
  api,
  view,
}) => {
  const folder = (await api.call('get', '/api/datastores/datastore-1/browse?path=dockvols/_DEFAULT', 200)) as Browse;
  const sidecar = folder.entries.find((e) => e.name.startsWith('vsanvol1-') && e.name.endsWith('.vmfd'))!;
  expect(sidecar).toBeDefined();
  const files = page.getByTestId(TEST_IDS.datastoreFiles);

  await page.goto('/inventory/datastore/datastore-1/files');
  await files.getByRole('link', { name: 'dockvols', exact: true }).click();
  await files.getByRole('link', { name: '_DEFAULT', exact: true }).click();

  await expect(page.getByRole('navigation', { name: 'Folder path' })).toContainText('_DEFAULT');
  await expect(files.getByTestId(TEST_IDS.fileRow('vsanvol1.vmdk'))).toBeVisible();
  await expect(files.getByTestId(TEST_IDS.fileRow(sidecar.name))).toContainText(formatBytes(sidecar.sizeBytes!));
  await view.snapshot('datastore-files-dockvols-default');

  await page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: 'dockvols' }).click();
  await files.getByRole('link', { name: 'policies', exact: true }).click();
  await expect(files.getByTestId(TEST_IDS.fileRow('SW=2'))).toBeVisible();
});

test('Volumes lists vsanvol1-3 with the vmdkops columns and health, sorts by Capacity and opens vsanvol3 with its components', async ({
  page,
  api,
  view,
}) => {
  const vol3 = (await api.call('get', '/api/volumes/vsanvol3', 200)) as VolumeBody;
  const table = page.getByRole('table', { name: 'Volumes' });

  await page.goto('/');
  await page.getByTestId(TEST_IDS.consoleNavLink('volumes')).click();

  for (const column of [
    'Volume',
    'Datastore',
    'VMGroup',
    'Capacity',
    'Used',
    'Filesystem',
    'Policy',
    'Disk Format',
    'Attached-to',
    'Access',
    'Attach-as',
    'Created By',
    'Created Date',
    'Object Health',
  ]) {
    await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  const row3 = page.getByTestId(TEST_IDS.volumeRow('vsanvol3'));
  await expect(row3).toContainText(formatBytes(vol3.capacityBytes));
  await expect(row3).toContainText(vol3.policy);
  await expect(row3).toContainText(vol3.object.healthLabel);
  const names = table.getByRole('row').getByRole('link');
  await expect(names).toHaveText(['vsanvol1', 'vsanvol2', 'vsanvol3']);

  await table.getByRole('button', { name: 'Capacity' }).click();
  await expect(table.getByRole('columnheader', { name: 'Capacity' })).toHaveAttribute(
    'aria-sort',
    /ascending|descending/,
  );
  const order = await table.getByRole('columnheader', { name: 'Capacity' }).getAttribute('aria-sort');
  // 50 GB vsanvol1 last when ascending, first when descending; the two 20 GB volumes keep a stable pair.
  await expect(names.nth(order === 'ascending' ? 2 : 0)).toHaveText('vsanvol1');
  await view.snapshot('volumes-sorted-by-capacity');

  await table.getByRole('link', { name: 'vsanvol3', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'vsanvol3' })).toBeVisible();
  await expect(view.portlet('vSAN object')).toContainText(vol3.object.uuid);
  for (const component of vol3.object.components) {
    await expect(page.getByTestId(TEST_IDS.placementComponentRow(component.uuid))).toContainText(component.hostName);
  }
});
