import { ErrorBodySchema } from '@harborview/contracts/errors';
import type { InventoryNode } from '@harborview/contracts/inventory';
import { HostListSchema, HostSchema, InventorySchema, VmSchema } from '@harborview/contracts/inventory';
import { VsanObjectListSchema } from '@harborview/contracts/vsan';
import request from 'supertest';
import { expect, it } from 'vitest';

import { bodyOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, readOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

const names = (nodes: InventoryNode[]): string[] => nodes.map((n) => n.name);

describeRoutes('inventory routes', () => {
  it('200 with vCenter → Datacenter → Cluster → the three hosts → the Photon VM on .130', async () => {
    const { views } = await readOnFreshApp('/api/inventory', InventorySchema);
    const datacenter = views.hostsAndClusters.children[0];
    const cluster = datacenter?.children[0];
    expect(views.hostsAndClusters.kind).toBe('vcenter');
    expect(datacenter?.kind).toBe('datacenter');
    expect(cluster?.kind).toBe('cluster');
    expect(names(cluster?.children ?? [])).toStrictEqual(['10.162.102.130', '10.162.102.131', '10.162.102.132']);
    expect(names(cluster?.children[0]?.children ?? [])).toStrictEqual(['photon-harbor']);
    expect(names(views.storage.children[0]?.children ?? [])).toStrictEqual(['vsanDatastore']);
  });

  it('200 with every host carrying address, power, connection and HA state', async () => {
    const { items } = await readOnFreshApp('/api/hosts', HostListSchema);
    expect(items.map((h) => [h.address, h.powerState, h.connectionState])).toStrictEqual([
      ['10.162.102.130', 'poweredOn', 'connected'],
      ['10.162.102.131', 'poweredOn', 'connected'],
      ['10.162.102.132', 'poweredOn', 'connected'],
    ]);
  });

  it('200 with each host counting the components GET /api/vsan/objects places on it, by state', async () => {
    // vsan-ha.md §1: FTT=1 RAID-1 on 3 hosts puts a replica or the witness of every object on every host.
    const { app } = await openTestApp();
    const objects = VsanObjectListSchema.parse((await request(app).get('/api/vsan/objects?pageSize=1000')).body);
    const placed = (hostId: string): number =>
      objects.items.flatMap((o) => o.components).filter((c) => c.hostId === hostId).length;

    const res = await request(app).get('/api/hosts');

    const { items } = bodyOf(res, 200, HostListSchema);
    expect(items.map((h) => [h.components.total, h.components.byState.ACTIVE])).toStrictEqual(
      items.map((h) => [placed(h.id), placed(h.id)]),
    );
    expect(items.every((h) => h.components.total >= objects.total)).toBe(true);
  });

  it('200 with every component of a powered-off host counted ABSENT', async () => {
    // vsan-ha.md §2 "Absent vs Degraded": host power-off makes its components ABSENT.
    const { app } = await openTestApp();
    await request(app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);
    await request(app).post('/api/twin/clock/advance').send({ seconds: 5 }).expect(200);

    const res = await request(app).get('/api/hosts/host-2');

    const { components } = bodyOf(res, 200, HostSchema);
    expect(components.total).toBeGreaterThan(0);
    expect([components.byState.ABSENT, components.byState.ACTIVE]).toStrictEqual([components.total, 0]);
  });

  it('200 with one host by id', async () => {
    const res = await getOnFreshApp('/api/hosts/host-2');

    expect(bodyOf(res, 200, HostSchema).address).toBe('10.162.102.131');
  });

  it('200 with the Harbor VM running Photon OS on the first host', async () => {
    const res = await getOnFreshApp('/api/vms/vm-1');

    const vm = VmSchema.parse(res.body);
    expect(vm.hostId).toBe('host-1');
    expect(vm.guestOs).toContain('Photon OS');
    expect(vm.disks.map((d) => d.label)).toStrictEqual(['Hard disk 1']);
  });

  it.each([
    ['/api/hosts/host-99', "No host with id 'host-99'"],
    ['/api/vms/nope', "No VM with id 'nope'"],
    ['/api/clusters/x', "No cluster with id 'x'"],
    ['/api/datastores/x', "No datastore with id 'x'"],
  ])('404 when %s does not exist', async (path, message) => {
    const res = await getOnFreshApp(path);

    expect(bodyOf(res, 404, ErrorBodySchema)).toStrictEqual({ error: { code: 'not_found', message } });
  });
});
