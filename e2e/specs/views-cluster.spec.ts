import { TEST_IDS } from '@harborview/testids/testids';

import { formatBytes } from '../fixtures/format';
import { expect, test } from '../fixtures/test';

interface ClusterBody {
  haEnabled: boolean;
  vsan: { capacityBytes: number; usedBytes: number; freeBytes: number };
  objectHealth: Record<string, number>;
  repairTimer: { delaySeconds: number };
}
interface ResyncBody {
  bytesLeft: number;
  totalObjects: number;
  objects: { uuid: string; name: string }[];
}

const CLUSTER = '/inventory/cluster/cluster-1';

test('cluster Summary shows the vSAN capacity and the object health counts of the running twin', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  const cluster = (await api.call('get', '/api/cluster', 200)) as ClusterBody;
  expect(cluster.objectHealth).toStrictEqual({ healthy: expect.any(Number) });

  await page.goto(`${CLUSTER}/summary`);

  const capacity = page.getByTestId(TEST_IDS.clusterVsanCapacity);
  await expect(capacity).toContainText(`Capacity${formatBytes(cluster.vsan.capacityBytes)}`);
  await expect(capacity).toContainText(formatBytes(cluster.vsan.usedBytes));
  await expect(capacity).toContainText(formatBytes(cluster.vsan.freeBytes));
  const health = page.getByTestId(TEST_IDS.clusterObjectHealth).getByRole('list', { name: 'Objects by health' });
  await expect(health.getByRole('listitem')).toHaveText([`Healthy${cluster.objectHealth.healthy}`]);
  await expect(page.getByTestId(TEST_IDS.clusterObjectHealth)).toContainText('Object repair timer1 h');
  await view.snapshot('cluster-summary-vsan');
});

test('Monitor > vSAN > Resyncing Objects shows bytes left while host-1 is away, then none once it is back', async ({
  page,
  api,
  view,
}) => {
  // A fourth host gives vSAN a spare fault domain, so the repair timer's expiry starts a real rebuild.
  await api.freshTwin({ hosts: 4, upTo: 'volumes-created' });
  await api.call('put', '/api/cluster/vsan', 202, { repairDelaySeconds: 60 });
  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'off' });
  await api.advance(61);
  const resync = (await api.call('get', '/api/cluster/resync', 200)) as ResyncBody;
  expect(resync.bytesLeft).toBeGreaterThan(0);

  await page.goto(`${CLUSTER}/monitor/vsan-resync`);

  const summary = page.getByTestId(TEST_IDS.resyncSummary);
  await expect(summary).toContainText(`Total resyncing objects${resync.totalObjects}`);
  await expect(summary).toContainText(`Bytes left to resync${formatBytes(resync.bytesLeft)}`);
  const table = page.getByRole('table', { name: 'Resyncing objects' });
  for (const o of resync.objects) {
    await expect(table.getByRole('rowheader', { name: o.name, exact: true })).toBeVisible();
    await expect(table).toContainText(o.uuid);
  }
  await view.snapshot('resyncing-objects-host-1-away');

  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'on' });
  await api.advance(7200);
  await expect(summary).toContainText('Bytes left to resync0 B');
  await expect(summary).toContainText('Total resyncing objects0');
  await expect(table).toHaveCount(0);
  await expect(page.getByText('No objects are resyncing.')).toBeVisible();
});

test('Configure > vSAN > Services changes the Object Repair Timer through the form and GET /api/cluster reflects it', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin();
  const before = (await api.call('get', '/api/cluster', 200)) as ClusterBody;
  await page.goto(`${CLUSTER}/configure/vsan-services`);
  const form = page.getByTestId(TEST_IDS.repairTimerForm);
  await expect(form).toContainText(`${before.repairTimer.delaySeconds / 60} minutes`);

  await form.getByRole('button', { name: 'Edit Object Repair Timer' }).click();
  await form.getByRole('spinbutton', { name: 'Object Repair Timer (minutes)' }).fill('90');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toContainText('90 minutes (1 h 30 min)');
  await expect(view.portlet('vSAN › Services › Advanced Options').getByRole('status')).toContainText(
    'Reconfigure vSAN cluster',
  );
  const after = (await api.call('get', '/api/cluster', 200)) as ClusterBody;
  expect(after.repairTimer.delaySeconds).toBe(5400);
  await view.snapshot('vsan-services-repair-timer-90-min');
});

test('Configure > vSphere Availability turns HA on and the cluster reports it', async ({ page, api, view }) => {
  await api.freshTwin();
  await page.goto(`${CLUSTER}/configure`);
  await view.section('vsphere-availability').click();
  const form = page.getByTestId(TEST_IDS.haForm);
  await expect(form).toContainText('Turned OFF');

  await form.getByRole('button', { name: 'Edit vSphere Availability' }).click();
  await form.getByRole('checkbox', { name: 'Turn on vSphere HA' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await api.advance(30);

  await expect(form).toContainText('Turned ON');
  expect(((await api.call('get', '/api/cluster', 200)) as ClusterBody).haEnabled).toBe(true);
  await view.snapshot('vsphere-availability-ha-on');
});
