import { ClusterSummarySchema, ResyncSummarySchema } from '@harborview/contracts/cluster';
import { BrowseResultSchema } from '@harborview/contracts/datastore-browse';
import { HostSchema } from '@harborview/contracts/inventory';
import { TaskListSchema, TaskSchema } from '@harborview/contracts/tasks';
import { VsanObjectListSchema } from '@harborview/contracts/vsan';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, readOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openSetUpTestApp, openTestApp } from '../test/test-app';

const advance = (app: Parameters<typeof request>[0], seconds: number) =>
  request(app).post('/api/twin/clock/advance').send({ seconds });

describeRoutes('cluster routes', () => {
  describe('GET /api/cluster and /api/cluster/resync', () => {
    it('200 with HA off, three hosts and every object healthy', async () => {
      const cluster = await readOnFreshApp('/api/cluster', ClusterSummarySchema);
      expect(cluster.haEnabled).toBe(false);
      expect(cluster.hostIds).toStrictEqual(['host-1', 'host-2', 'host-3']);
      expect(cluster.objectHealth).toStrictEqual({ healthy: 3 });
      expect(cluster.repairTimer.delaySeconds).toBe(3600);
    });

    it('200 with nothing to resync when no host is down', async () => {
      const resync = await readOnFreshApp('/api/cluster/resync', ResyncSummarySchema);
      expect([resync.totalObjects, resync.scheduled, resync.pending, resync.objects]).toStrictEqual([0, 0, 0, []]);
    });
  });

  describe('PUT /api/cluster/ha', () => {
    it('202 with the task when HA is turned on, then GET /api/cluster shows haEnabled', async () => {
      const { app } = await openTestApp();

      const res = await request(app).put('/api/cluster/ha').send({ enabled: true });

      const task = bodyOf(res, 202, TaskSchema);
      expect([task.name, task.details, task.state, task.target.id]).toStrictEqual([
        'Reconfigure cluster',
        'Turn on vSphere HA',
        'success',
        'cluster-1',
      ]);
      expect(task.initiator).toBe('admin');
      const cluster = ClusterSummarySchema.parse((await request(app).get('/api/cluster')).body);
      expect(cluster.haEnabled).toBe(true);
    });

    // vCenter records a Reconfigure task even when HA already is in the asked state.
    it('202 with a task when HA is set to the state it already has', async () => {
      const res = await sendOnFreshApp('put', '/api/cluster/ha', { enabled: false });

      expect(bodyOf(res, 202, TaskSchema).name).toBe('Reconfigure cluster');
    });

    it.each([[{ enabled: 'yes' }], [{}], [{ enabled: true, force: true }]])('400 when the body is %j', async (body) => {
      const res = await sendOnFreshApp('put', '/api/cluster/ha', body);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });

  describe('PUT /api/cluster/vsan', () => {
    it('202 with the task when the Object Repair Timer is set, then the cluster shows the new delay', async () => {
      const { app } = await openTestApp();

      const res = await request(app).put('/api/cluster/vsan').send({ repairDelaySeconds: 600 });

      expect(bodyOf(res, 202, TaskSchema).details).toBe('Object Repair Timer: 10 minutes');
      const cluster = ClusterSummarySchema.parse((await request(app).get('/api/cluster')).body);
      expect(cluster.repairTimer.delaySeconds).toBe(600);
    });

    it.each([-1, 1.5, 7 * 24 * 3600 + 1, '600'])('400 when repairDelaySeconds is %j', async (value) => {
      const res = await sendOnFreshApp('put', '/api/cluster/vsan', { repairDelaySeconds: value });

      expect(errorOf(res, 400).details).toStrictEqual([{ path: 'repairDelaySeconds', message: expect.any(String) }]);
    });
  });

  describe('POST /api/hosts/:id/power', () => {
    it('202 when a host is powered off, and after POST /api/twin/clock/advance the host is poweredOff', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/hosts/host-2/power').send({ state: 'off' });
      await advance(app, 5).expect(200);

      expect(bodyOf(res, 202, TaskSchema)).toMatchObject({ name: 'Power off host', target: { id: 'host-2' } });
      const host = HostSchema.parse((await request(app).get('/api/hosts/host-2')).body);
      expect(host.powerState).toBe('poweredOff');
    });

    it('202 with a running boot task when a host is powered on, poweredOn once the boot time has passed', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);

      const res = await request(app).post('/api/hosts/host-2/power').send({ state: 'on' });
      await advance(app, 120).expect(200);

      const task = bodyOf(res, 202, TaskSchema);
      expect([task.name, task.state]).toStrictEqual(['Power on host', 'running']);
      const host = HostSchema.parse((await request(app).get('/api/hosts/host-2')).body);
      expect(host.powerState).toBe('poweredOn');
      const tasks = TaskListSchema.parse((await request(app).get('/api/tasks')).body).items;
      expect(tasks.find((t) => t.id === task.id)?.state).toBe('success');
    });

    it('409 when a powered-off host is powered off again', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);

      const res = await request(app).post('/api/hosts/host-2/power').send({ state: 'off' });

      expect(errorOf(res, 409)).toStrictEqual({
        code: 'conflict',
        message: 'Host 10.162.102.131 is already powered off',
      });
    });

    it('404 when the host does not exist', async () => {
      const res = await sendOnFreshApp('post', '/api/hosts/host-99/power', { state: 'off' });

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: 'No host with id host-99',
      });
    });

    it('400 when the state is neither on nor off', async () => {
      const res = await sendOnFreshApp('post', '/api/hosts/host-1/power', { state: 'reboot' });

      expect(errorOf(res, 400).message).toMatch(/^Invalid state: /);
    });
  });

  describe('POST /api/hosts/:id/disks/:diskId/fail', () => {
    const DISK = '/api/hosts/host-1/disks/host-1-dg-1-cap-1/fail';

    it('202 with the task when a capacity disk fails, then the host shows it failed', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post(DISK);

      expect(bodyOf(res, 202, TaskSchema)).toMatchObject({ name: 'Fail disk', details: 'host-1-dg-1-cap-1' });
      const host = HostSchema.parse((await request(app).get('/api/hosts/host-1')).body);
      expect(host.diskGroups[0]?.capacityDisks[0]).toMatchObject({ id: 'host-1-dg-1-cap-1', state: 'failed' });
    });

    it('409 when the disk has already failed', async () => {
      const { app } = await openTestApp();
      await request(app).post(DISK).expect(202);

      const res = await request(app).post(DISK);

      expect(errorOf(res, 409).message).toBe('Disk host-1-dg-1-cap-1 on 10.162.102.130 has already failed');
    });

    it.each([
      ['/api/hosts/host-1/disks/nope/fail', 'Host 10.162.102.130 has no disk nope'],
      ['/api/hosts/host-99/disks/host-1-dg-1-cap-1/fail', 'No host with id host-99'],
    ])('404 when %s names a missing host or disk', async (path, message) => {
      const res = await sendOnFreshApp('post', path);

      expect(errorOf(res, 404)).toStrictEqual({ code: 'not_found', message });
    });
  });

  describe('GET /api/vsan/objects', () => {
    it('200 with only the objects of the asked kind, health and text, paged', async () => {
      const { app } = await openSetUpTestApp();

      const vdisks = VsanObjectListSchema.parse((await request(app).get('/api/vsan/objects?kind=vdisk')).body);
      const named = VsanObjectListSchema.parse((await request(app).get('/api/vsan/objects?filter=VSANVOL')).body);
      const page = VsanObjectListSchema.parse(
        (await request(app).get('/api/vsan/objects?filter=vsanvol&pageSize=2&page=2')).body,
      );
      const sw2 = VsanObjectListSchema.parse((await request(app).get('/api/vsan/objects?policy=SW%3D2')).body);

      expect(vdisks.items.map((o) => o.name)).toStrictEqual([
        'photon-harbor.vmdk',
        'vsanvol1.vmdk',
        'vsanvol2.vmdk',
        'vsanvol3.vmdk',
      ]);
      expect(named.items.map((o) => o.owner)).toStrictEqual(
        ['vsanvol1', 'vsanvol2', 'vsanvol3'].map((name) => ({ kind: 'volume', id: `${name}@vsanDatastore`, name })),
      );
      expect([page.total, page.page, page.pageSize, page.items.map((o) => o.name)]).toStrictEqual([
        3,
        2,
        2,
        ['vsanvol3.vmdk'],
      ]);
      expect(sw2.items.map((o) => o.name)).toStrictEqual(['vsanvol3.vmdk']);
    });

    it('200 with no objects when the health filter matches none', async () => {
      const res = await getOnFreshApp('/api/vsan/objects?health=inaccessible');

      expect(bodyOf(res, 200, VsanObjectListSchema)).toMatchObject({ items: [], total: 0 });
    });

    it.each(['kind=vmdk', 'health=bogus', 'pageSize=1001', 'page=0', 'owner=vm-1'])(
      '400 when the query is %s',
      async (q) => {
        const res = await getOnFreshApp(`/api/vsan/objects?${q}`);

        expect(errorOf(res, 400).code).toBe('validation_failed');
      },
    );
  });

  describe('GET /api/datastores/:id/browse', () => {
    it('200 with the dockvols folder as vDVS lays it out once volumes exist', async () => {
      const { app } = await openSetUpTestApp();

      const res = await request(app).get('/api/datastores/datastore-1/browse?path=dockvols');

      const folder = bodyOf(res, 200, BrowseResultSchema);
      expect(folder.path).toBe('dockvols');
      expect(folder.entries.map((e) => [e.name, e.kind])).toStrictEqual([
        ['11111111-1111-1111-1111-111111111111', 'folder'],
        ['_DEFAULT', 'link'],
        ['policies', 'folder'],
      ]);
      expect(folder.entries[1]?.target).toBe(
        '/vmfs/volumes/vsanDatastore/dockvols/11111111-1111-1111-1111-111111111111',
      );
    });

    it('200 with one page of _DEFAULT at offset and limit, the folder total and the pages joining up', async () => {
      const { app } = await openSetUpTestApp();
      const page = async (query: string) =>
        BrowseResultSchema.parse(
          (await request(app).get(`/api/datastores/datastore-1/browse?path=dockvols%2F_DEFAULT&${query}`).expect(200))
            .body,
        );

      const whole = await page('');
      const first = await page('offset=0&limit=4');
      const rest = await page('offset=4&limit=4');

      // vdvs.md §5: three volumes on vSAN, each a descriptor and a KV sidecar.
      expect([whole.total, whole.offset, whole.entries.length]).toStrictEqual([6, 0, 6]);
      expect([first.total, first.offset, first.entries.length]).toStrictEqual([6, 0, 4]);
      expect([rest.total, rest.offset, rest.entries.length]).toStrictEqual([6, 4, 2]);
      expect([...first.entries, ...rest.entries]).toStrictEqual(whole.entries);
    });

    it('200 with no entries and the folder total when offset is past the end', async () => {
      const { app } = await openSetUpTestApp();

      const res = await request(app).get('/api/datastores/datastore-1/browse?path=dockvols&offset=50');

      expect(bodyOf(res, 200, BrowseResultSchema)).toMatchObject({ entries: [], total: 3, offset: 50 });
    });

    it.each(['offset=-1', 'offset=1.5', 'offset=abc', 'limit=0', 'limit=2001', 'limit=ten'])(
      '400 when the page is %s',
      async (query) => {
        const res = await getOnFreshApp(`/api/datastores/datastore-1/browse?path=dockvols&${query}`);

        expect(errorOf(res, 400).code).toBe('validation_failed');
      },
    );

    it.each(['..', 'dockvols/../..', '/etc', 'dockvols/..'])('400 when the path is %j', async (path) => {
      const res = await getOnFreshApp(`/api/datastores/datastore-1/browse?path=${encodeURIComponent(path)}`);

      expect(errorOf(res, 400).message).toBe(
        'Invalid path: path must be relative to the datastore and may not contain ..',
      );
    });

    it('404 when the datastore does not exist', async () => {
      const res = await getOnFreshApp('/api/datastores/datastore-9/browse?path=dockvols');

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: "No datastore with id 'datastore-9'",
      });
    });
  });
});
