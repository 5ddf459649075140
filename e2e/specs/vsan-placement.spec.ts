import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';

interface ApiVolume {
  object: {
    components: { uuid: string; type: string; hostName: string }[];
    layout: { type: string; children: { type: string; children: { componentUuid: string }[] }[] };
  };
}

test('the Physical Placement of vsanvol3 (SW=2) shows RAID 1 over two RAID 0 stripes on two hosts and a witness on the third', async ({
  page,
  api,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  const volume = (await api.call('get', '/api/volumes/vsanvol3', 200)) as ApiVolume;

  await page.goto('/inventory/cluster/cluster-1/monitor/vsan-virtual-objects');
  await page.getByRole('checkbox', { name: 'Select vsanvol3.vmdk' }).check();
  await page.getByTestId(TEST_IDS.viewPlacementDetails).click();
  const dialog = page.getByTestId(TEST_IDS.placementDialog);

  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('rowheader')).toHaveText([
    'RAID 1',
    'RAID 0',
    'Component',
    'Component',
    'RAID 0',
    'Component',
    'Component',
    'Witness',
  ]);
  // Each stripe's two components sit on one host; the two stripes on two hosts; the witness on the third.
  const hostOf = (uuid: string): string => volume.object.components.find((c) => c.uuid === uuid)!.hostName;
  const stripes = volume.object.layout.children.map((raid0) => raid0.children.map((leaf) => leaf.componentUuid));
  const stripeHosts = stripes.map((uuids) => [...new Set(uuids.map(hostOf))]);
  expect(stripeHosts.map((h) => h.length)).toStrictEqual([1, 1]);
  const witness = volume.object.components.find((c) => c.type === 'Witness')!;
  expect(new Set([stripeHosts[0]![0], stripeHosts[1]![0], witness.hostName]).size).toBe(3);
  for (const component of volume.object.components) {
    const row = dialog.getByTestId(TEST_IDS.placementComponentRow(component.uuid));
    await expect(row).toContainText(component.hostName);
    await expect(dialog.getByTestId(TEST_IDS.componentState(component.uuid))).toHaveText('Active');
  }

  await dialog.getByTestId(TEST_IDS.placementGroupByHost).check();
  await expect(dialog.getByRole('rowheader', { name: witness.hostName })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
