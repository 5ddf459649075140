import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';

interface ObjectsBody {
  items: { components: { hostId: string; state: string }[] }[];
}
interface VmBody {
  haProtection: string;
  disks: { label: string; volumeName: string | null }[];
}

test('host Summary counts its vSAN components by state and Monitor > Events lists its events', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  const { items } = (await api.call('get', '/api/vsan/objects?pageSize=200', 200)) as ObjectsBody;
  const onHost1 = items.flatMap((o) => o.components).filter((c) => c.hostId === 'host-1');
  expect(new Set(onHost1.map((c) => c.state))).toStrictEqual(new Set(['ACTIVE']));
  const { items: events } = (await api.call('get', '/api/events?entity=host-1', 200)) as {
    items: { message: string; typeId: string }[];
  };
  expect(events.length).toBeGreaterThan(0);

  await page.goto('/inventory/host/host-1/summary');
  const counts = page.getByTestId(TEST_IDS.hostComponentCounts).getByRole('listitem');
  await expect(counts).toHaveText([`Active${onHost1.length}`]);
  await view.snapshot('host-1-summary-components');

  await page.getByTestId(TEST_IDS.objectView).getByRole('tab', { name: 'Monitor', exact: true }).click();
  await view.section('events').click();
  const table = page.getByTestId(TEST_IDS.events);
  await expect(table.getByRole('row')).toHaveCount(events.length + 1);
  for (const e of events.slice(0, 3)) await expect(table).toContainText(e.message);
});

test('VM Summary links hard disks 2-4 to the volumes and shows HA protection once HA is on', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'walkthrough-ready' });
  const vm = (await api.call('get', '/api/vms/vm-1', 200)) as VmBody;
  expect(vm.haProtection).toBe('protected');
  const attached = vm.disks.filter((d) => d.volumeName !== null);
  expect(attached.map((d) => d.label)).toStrictEqual(['Hard disk 2', 'Hard disk 3', 'Hard disk 4']);

  await page.goto('/inventory/vm/vm-1/summary');
  const summary = page.getByTestId(TEST_IDS.vmSummary);
  const disks = summary.getByRole('table', { name: 'Hard disks of photon-harbor' });
  for (const disk of attached) {
    await expect(
      disks.getByRole('row').filter({ has: page.getByRole('link', { name: disk.volumeName!, exact: true }) }),
    ).toContainText(disk.label);
  }
  await expect(view.portlet('Guest OS')).toContainText('vSphere HA protectionProtected');
  await view.snapshot('vm-summary-disks-ha-protected');

  await disks.getByRole('link', { name: attached[0]!.volumeName!, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: attached[0]!.volumeName!.split('@')[0]! })).toBeVisible();
});
