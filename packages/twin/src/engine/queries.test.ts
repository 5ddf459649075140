import { describe, expect, it } from 'vitest';

import { drive, walkthroughReady } from './__fixtures__/drive';
import {
  browseDatastore,
  clusterSummary,
  eventsAfter,
  hostsView,
  inventoryView,
  policiesView,
  resyncView,
  validatePolicyView,
  vmsView,
  volumesView,
  volumeVdvsOutput,
} from './queries';

// The selectors the BFF serves. Facts: vdvs.md §2 (inspect Status keys), §3 (policy ls Active, volume ls columns),
// §5 (dockvols layout); vsan-ha.md §1 capacity (replicas count), §2 (health states, RepairTimerInfo).

const ready = walkthroughReady().state;

describe('volumes', () => {
  it('when vsanvol3 is listed, then its Status map, admin row and object come with it', () => {
    const v = volumesView(ready, { filter: 'vsanvol3' }).items[0];

    expect(Object.keys(v?.vdvsStatus ?? {})).toStrictEqual([
      'access',
      'attach-as',
      'attached to VM',
      'attachedVMDevice',
      'capacity',
      'clone-from',
      'created',
      'created by VM',
      'datastore',
      'diskformat',
      'fstype',
      'status',
      'vsan-policy-name',
    ]);
    expect([v?.policy, v?.status, v?.attachedTo, v?.capacityBytes, v?.createdAt]).toStrictEqual([
      'SW=2',
      'attached',
      'photon-harbor',
      20 * 1024 ** 3,
      '2017-03-01T00:00:30.000Z',
    ]);
    expect([v?.object.health, v?.object.compliance, v?.object.components.length]).toStrictEqual([
      'healthy',
      'Compliant',
      5,
    ]);
    expect(volumeVdvsOutput(ready, 'vsanvol3')?.adminRow.policy).toBe('SW=2');
  });

  it('when sorted by capacity descending and paged by 2, then the page holds the biggest two and the total all three', () => {
    const page = volumesView(ready, { sort: 'capacity', order: 'desc', pageSize: 2 });

    expect([page.items.map((v) => v.name), page.total, page.page, page.pageSize]).toStrictEqual([
      ['vsanvol1', 'vsanvol3'],
      3,
      1,
      2,
    ]);
  });

  it('when filtered by the default policy label, then only the volumes without vsan-policy-name are listed', () => {
    expect(volumesView(ready, { policy: '[VSAN default]' }).items.map((v) => v.name)).toStrictEqual([
      'vsanvol1',
      'vsanvol2',
    ]);
  });
});

describe('policies', () => {
  it('when listed, then policy ls Active and decoded rules come with each', () => {
    expect(
      policiesView(ready).items.map((p) => [p.name, p.active, p.rules.map((r) => r.description), p.volumes]),
    ).toStrictEqual([
      ['vSAN Default Storage Policy', 'In use by 2 volumes', [], ['vsanvol1@vsanDatastore', 'vsanvol2@vsanDatastore']],
      ['SW=2', 'In use by 1 volumes', ['Number of disk stripes per object: 2'], ['vsanvol3@vsanDatastore']],
    ]);
  });

  it('when content is validated for the wizard, then cluster issues are positioned and the CLI command is given', () => {
    const r = validatePolicyView(ready, { content: '(("hostFailuresToTolerate" i2))', name: 'gold' });

    expect([r.ok, r.issues.map((i) => [i.code, i.line, i.column]), r.command]).toStrictEqual([
      false,
      [['not-enough-fault-domains', 1, 2]],
      `vmdkops_admin.py policy create --name gold --content '(("hostFailuresToTolerate" i2))'`,
    ]);
  });
});

describe('datastore browser', () => {
  it('when dockvols is opened, then _DEFAULT links to the 1111… folder beside policies/', () => {
    expect(browseDatastore(ready, 'dockvols')?.entries.map((e) => [e.name, e.kind, e.target])).toStrictEqual([
      ['11111111-1111-1111-1111-111111111111', 'folder', null],
      ['_DEFAULT', 'link', '/vmfs/volumes/vsanDatastore/dockvols/11111111-1111-1111-1111-111111111111'],
      ['policies', 'folder', null],
    ]);
  });

  it('when dockvols/_DEFAULT is opened, then each volume has a descriptor and a 4 KB sidecar and no flat file', () => {
    const names = browseDatastore(ready, 'dockvols/_DEFAULT')?.entries.map((e) => [
      e.name.replace(/-[0-9a-f]{16}\./, '-<hex>.'),
      e.sizeBytes,
    ]);

    expect(names?.filter(([n]) => String(n).startsWith('vsanvol1'))).toStrictEqual([
      ['vsanvol1-<hex>.vmfd', 4096],
      ['vsanvol1.vmdk', expect.any(Number)],
    ]);
    expect(browseDatastore(ready, 'nowhere')).toBe(null);
  });
});

describe('cluster, hosts, VMs, inventory, resync, events', () => {
  const off = drive(
    ready,
    { type: 'powerHost', hostId: 'host-1', state: 'off' },
    { type: 'advance', seconds: 60 },
  ).state;

  it('when .130 is down, then the summary counts reduced-availability objects and times the repair', () => {
    // Five objects wait on the timer (VM home, Hard disk 1, three volumes); the swap made at the restart on 2 hosts
    // was force provisioned with no redundancy (vsan-ha.md §1 Objects: swap has force provisioning), so "no rebuild".
    const summary = clusterSummary(off);

    expect(summary.objectHealth).toStrictEqual({
      reducedavailabilitywithnorebuild: 1,
      reducedavailabilitywithnorebuilddelaytimer: 5,
    });
    expect([
      summary.repairTimer.delaySeconds,
      summary.repairTimer.objectsWaiting,
      summary.repairTimer.nextExpiryAt,
    ]).toStrictEqual([3600, 5, '2017-03-01T01:01:00.000Z']);
    expect(summary.vsan.capacityBytes).toBe(2 * 2 * 500 * 1024 ** 3);
  });

  it('when .130 is down, then the host reads Not Responding and the VM runs on .131 in every tree', () => {
    const host = hostsView(off)[0];
    const vm = vmsView(off)[0];
    const tree = inventoryView(off).views.hostsAndClusters.children[0]?.children[0]?.children.map((h) => [
      h.name,
      h.children.map((c) => c.name),
    ]);

    expect([host?.powerState, host?.connectionState, host?.haState]).toStrictEqual([
      'poweredOff',
      'notResponding',
      'Host Failed',
    ]);
    expect([vm?.hostId, vm?.powerState, vm?.haProtection]).toStrictEqual(['host-2', 'poweredOn', 'protected']);
    expect(tree).toStrictEqual([
      ['10.162.102.130', []],
      ['10.162.102.131', ['photon-harbor']],
      ['10.162.102.132', []],
    ]);
  });

  it('when components wait on the timer, then Resyncing Objects lists them as scheduled', () => {
    const r = resyncView(off);

    expect([r.totalObjects, r.scheduled, r.pending, r.bytesLeft]).toStrictEqual([0, 5, 0, 0]);
  });

  it('when events are paged after an id, then the page starts right after it and says where to resume', () => {
    const all = eventsAfter(off, 0, 1000).items;
    const page = eventsAfter(off, 10, 5);

    expect(page.items.map((e) => e.id)).toStrictEqual([11, 12, 13, 14, 15]);
    expect(page.lastId).toBe(15);
    expect(eventsAfter(off, all.at(-1)?.id ?? 0)).toStrictEqual({ items: [], lastId: all.at(-1)?.id ?? 0 });
  });
});
