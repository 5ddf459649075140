import { RunbookSchema } from '@harborview/contracts/runbook';
import { PlacementPreviewSchema } from '@harborview/contracts/volume-placement';
import { CreatedVolumeSchema, VolumeListSchema, VolumeSchema } from '@harborview/contracts/volumes';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { WALKTHROUGH_MAPPINGS } from '../integration/http-walkthrough';
import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, poster } from '../test/route-test';
import { openSetUpTestApp, openTestApp } from '../test/test-app';

const GIB = 1024 ** 3;

const createVolume = poster('/api/volumes');

describeRoutes('volume routes', () => {
  describe('POST /api/volumes', () => {
    it('201 with the volume, its vDVS Status and its vSAN object when created with a size and a policy', async () => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, { name: 'db', opts: { size: '2gb', 'vsan-policy-name': 'SW=2' } });

      const volume = bodyOf(res, 201, VolumeSchema);
      expect(volume).toMatchObject({
        name: 'db',
        fullName: 'db@vsanDatastore',
        status: 'detached',
        capacityBytes: 2 * GIB,
        policy: 'SW=2',
        createdBy: 'photon-harbor',
      });
      expect(volume.vdvsStatus).toMatchObject({ 'vsan-policy-name': 'SW=2', capacity: { size: '2GB' } });
      expect(volume.object).toMatchObject({ kind: 'vdisk', name: 'db.vmdk', health: 'healthy' });
    });

    it('201 with the existing volume and existed: true when the name is taken (the vDVS plugin reports success)', async () => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, { name: 'vsanvol1', opts: { size: '1gb' } });

      expect(bodyOf(res, 201, CreatedVolumeSchema)).toMatchObject({
        fullName: 'vsanvol1@vsanDatastore',
        capacityBytes: 50 * GIB,
        existed: true,
      });
    });

    it('201 without existed when the volume is new', async () => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, { name: 'db', opts: {} });

      expect(bodyOf(res, 201, CreatedVolumeSchema)).not.toHaveProperty('existed');
    });

    it('201 when the volume already exists, and the runbook and the task list stay as they were', async () => {
      const t = await openSetUpTestApp();
      const before = await Promise.all([request(t.app).get('/api/runbook'), request(t.app).get('/api/tasks')]);

      await createVolume(t, { name: 'vsanvol1', opts: { size: '50gb' } }).expect(201);

      const after = await Promise.all([request(t.app).get('/api/runbook'), request(t.app).get('/api/tasks')]);
      const creates = bodyOf(after[0], 200, RunbookSchema).steps.filter(
        (step) => step.title === 'Create volume vsanvol1',
      );
      expect(creates).toHaveLength(1);
      expect(after.map((r) => r.body as unknown)).toStrictEqual(before.map((r) => r.body as unknown));
    });

    it('409 when the vDVS plugin is not installed on the Docker VM', async () => {
      const t = await openTestApp();

      const res = await createVolume(t, { name: 'db', opts: {} });

      expect(errorOf(res, 409).message).toBe(
        'Error response from daemon: error looking up volume plugin vsphere: plugin "vsphere" not found',
      );
    });

    // vDVS refuses these well-formed requests; its message is passed on verbatim (vdvs.md §1).
    it.each([
      [
        'size has no unit',
        { size: '10' },
        'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
      ],
      [
        'size is in kb',
        { size: '100kb' },
        'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
      ],
      [
        'an option is unknown',
        { sizes: '10gb' },
        "Invalid options: ['sizes'] \nValid options and defaults: [('size', '100mb'), ('vsan-policy-name', '[VSAN default]'), ('diskformat', 'thin'), ('attach-as', 'independent_persistent'), ('access', 'read-write'), ('fstype', 'ext4'), ('clone-from', 'None')]",
      ],
      [
        'the policy does not exist',
        { 'vsan-policy-name': 'gold' },
        "Policy gold does not exist. Available policies are: ['SW=2']",
      ],
      [
        'the disk format is misspelt',
        { diskformat: 'zeroedthickk' },
        "Disk Allocation Format 'zeroedthickk' is not supported. Valid options are: ['eagerzeroedthick', 'thin', 'zeroedthick'].",
      ],
      [
        'the filesystem has no mkfs',
        { fstype: 'xfs_ext' },
        'Not found mkfs for xfs_ext\nSupported filesystems found: ext2, ext3, ext4, xfs',
      ],
    ])('422 when %s (vDVS message)', async (_, opts, message) => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, { name: 'db', opts });

      expect(errorOf(res, 422)).toStrictEqual({ code: 'unprocessable', message });
    });

    it.each([
      [
        'the datastore is unknown',
        'db@nods',
        "Invalid datastore 'nods'.\nKnown datastores: vsanDatastore.\nDefault datastore: vsanDatastore",
      ],
      [
        'the name looks like a snapshot delta',
        'db-000001',
        "Volume names ending with '-NNNNNN' (where N is a digit) are not supported",
      ],
      ['the name is over 100 characters', 'v'.repeat(101), 'Volume name is too long (max len is 100)'],
      ['the name holds a slash', 'a/b', 'Volume name contains illegal characters: /'],
    ])('422 when %s (vDVS message)', async (_, name, message) => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, { name, opts: {} });

      expect(errorOf(res, 422).message).toBe(message);
    });

    it.each([
      ['an option value is a number', { name: 'db', opts: { size: 10 } }],
      ['the name is missing', { opts: {} }],
      ['opts is a string', { name: 'db', opts: 'size=1gb' }],
      ['a field is unknown', { name: 'db', opts: {}, driver: 'vsphere' }],
    ])('400 when %s', async (_, body) => {
      const t = await openSetUpTestApp();

      const res = await createVolume(t, body);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });

  describe('POST /api/volumes/placement-preview', () => {
    const preview = poster('/api/volumes/placement-preview');

    it('200 with two replicas and a witness on three hosts when 20gb asks for the vSAN default, and nothing is created', async () => {
      const t = await openSetUpTestApp();
      const before = VolumeListSchema.parse((await request(t.app).get('/api/volumes')).body).total;

      const res = await preview(t, { name: 'vsanvol9', opts: { size: '20gb' } });

      const body = bodyOf(res, 200, PlacementPreviewSchema);
      expect(body).toMatchObject({ ok: true, problem: null, layout: { raid: 'RAID-1', ftt: 1, stripeWidth: 1 } });
      expect(body.consumedBytes).toBe(40 * GIB);
      expect(body.components.map((c) => c.kind)).toStrictEqual(['Component', 'Component', 'Witness']);
      expect(new Set(body.components.map((c) => c.hostName)).size).toBe(3);
      const after = VolumeListSchema.parse((await request(t.app).get('/api/volumes')).body).total;
      expect(after).toBe(before);
    });

    it('200 with each replica striped over two disks when no name is typed yet and the policy is SW=2', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { opts: { size: '2gb', 'vsan-policy-name': 'SW=2' } });

      const replica1 = bodyOf(res, 200, PlacementPreviewSchema).components.filter((c) => c.group === 1);
      expect(new Set(replica1.map((c) => c.diskName)).size).toBe(2);
      expect(replica1.map((c) => c.bytes)).toStrictEqual([GIB, GIB]);
    });

    it('200 with ok false and vmdk_ops’s message verbatim when the size has no unit', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { name: 'v1', opts: { size: '20' } });

      expect(bodyOf(res, 200, PlacementPreviewSchema)).toMatchObject({
        ok: false,
        problem:
          'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
        layout: null,
        components: [],
      });
    });

    it.each([
      ['an option value is not a string', { opts: { size: 20 } }],
      ['the name is over 256 characters', { name: 'v'.repeat(257), opts: {} }],
      ['an unknown field is sent', { opts: {}, dryRun: true }],
    ])('400 when %s', async (_case, body) => {
      const t = await openTestApp();

      const res = await preview(t, body);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });

  describe('GET /api/volumes', () => {
    it.each([
      ['sort=capacity', ['vsanvol2', 'vsanvol3', 'vsanvol1'], 3],
      ['sort=policy', ['vsanvol3', 'vsanvol1', 'vsanvol2'], 3],
      ['sort=name&order=desc', ['vsanvol3', 'vsanvol2', 'vsanvol1'], 3],
      ['filter=VOL3', ['vsanvol3'], 1],
      ['policy=SW%3D2', ['vsanvol3'], 1],
      ['status=attached', [], 0],
      ['pageSize=2&page=2', ['vsanvol3'], 3],
    ])('200 with the filtered, sorted page for %s', async (query, names, total) => {
      const t = await openSetUpTestApp();

      const res = await request(t.app).get(`/api/volumes?${query}`);

      const page = bodyOf(res, 200, VolumeListSchema);
      expect(page.items.map((v) => v.name)).toStrictEqual(names);
      expect(page.total).toBe(total);
    });

    // Pages are shared per twin state and sent from bytes kept per page (twin-volume-reads.ts, cached-json.ts).
    it('200 with the new volume when one is created after the same page was read', async () => {
      const t = await openSetUpTestApp();
      const before = VolumeListSchema.parse((await request(t.app).get('/api/volumes?order=desc')).body);
      await createVolume(t, { name: 'zz-db', opts: { size: '1gb' } }).expect(201);

      const res = await request(t.app).get('/api/volumes?order=desc');

      expect(res.status).toBe(200);
      expect(before.items.map((v) => v.name)).toStrictEqual(['vsanvol3', 'vsanvol2', 'vsanvol1']);
      const after = VolumeListSchema.parse(res.body);
      expect(after.items.map((v) => v.name)).toStrictEqual(['zz-db', 'vsanvol3', 'vsanvol2', 'vsanvol1']);
      expect(after.total).toBe(4);
    });

    it('200 without the volume when one is removed after its page and its own GET were read', async () => {
      const t = await openSetUpTestApp();
      await request(t.app).get('/api/volumes').expect(200);
      await request(t.app).get('/api/volumes/vsanvol2').expect(200);
      await request(t.app).delete('/api/volumes/vsanvol2').expect(204);

      const res = await request(t.app).get('/api/volumes');

      expect(bodyOf(res, 200, VolumeListSchema).items.map((v) => v.name)).toStrictEqual(['vsanvol1', 'vsanvol3']);
      expect((await request(t.app).get('/api/volumes/vsanvol2')).status).toBe(404);
    });

    it('304 when the page is asked again with its ETag and the twin has not changed, 200 once it has', async () => {
      const t = await openSetUpTestApp();
      const first = await request(t.app).get('/api/volumes').expect(200);
      const etag = first.headers['etag'] as string;

      const again = await request(t.app).get('/api/volumes').set('If-None-Match', etag);
      await createVolume(t, { name: 'zz-db', opts: { size: '1gb' } }).expect(201);
      const changed = await request(t.app).get('/api/volumes').set('If-None-Match', etag);

      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(etag).toMatch(/^W\/"/);
      expect(again.status).toBe(304);
      expect(changed.status).toBe(200);
      expect(VolumeListSchema.parse(changed.body).total).toBe(4);
    });

    it('304 when the page is asked again with its ETag after a clock step that left it unchanged', async () => {
      const t = await openSetUpTestApp();
      const etag = (await request(t.app).get('/api/volumes').expect(200)).headers['etag'] as string;
      await request(t.app).post('/api/twin/clock/advance').send({ seconds: 1 }).expect(200);

      const res = await request(t.app).get('/api/volumes').set('If-None-Match', etag);

      expect(res.status).toBe(304);
    });

    it.each(['sort=size', 'order=up', 'page=0', 'pageSize=501', 'page=abc', 'status=gone', 'tenant=x'])(
      '400 when the query is %s',
      async (query) => {
        const t = await openTestApp();

        const res = await request(t.app).get(`/api/volumes?${query}`);

        expect(errorOf(res, 400).code).toBe('validation_failed');
      },
    );
  });

  describe('GET /api/volumes/:name', () => {
    it.each(['vsanvol1', 'vsanvol1@vsanDatastore', 'vsanvol1%40VSANDATASTORE'])(
      '200 with the same volume when asked as %s',
      async (name) => {
        const t = await openSetUpTestApp();

        const res = await request(t.app).get(`/api/volumes/${name}`);

        expect(bodyOf(res, 200, VolumeSchema)).toMatchObject({ name: 'vsanvol1', fullName: 'vsanvol1@vsanDatastore' });
      },
    );

    it('404 when the volume does not exist', async () => {
      const t = await openSetUpTestApp();

      const res = await request(t.app).get('/api/volumes/vsanvol9@vsanDatastore');

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: "No volume with id 'vsanvol9@vsanDatastore'",
      });
    });

    it('400 when the name is over 256 characters', async () => {
      const t = await openTestApp();

      const res = await request(t.app).get(`/api/volumes/${'v'.repeat(257)}`);

      expect(errorOf(res, 400).message).toMatch(/^Invalid name: /);
    });
  });

  describe('DELETE /api/volumes/:name', () => {
    it('204 when a detached volume is removed, and it is gone', async () => {
      const t = await openSetUpTestApp();

      const res = await request(t.app).delete('/api/volumes/vsanvol2@vsanDatastore');

      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await request(t.app).get('/api/volumes/vsanvol2')).status).toBe(404);
    });

    it('409 when a volume attached to Harbor is removed (vDVS message)', async () => {
      const t = await openSetUpTestApp();
      await request(t.app).post('/api/harbor/attach').send({ mappings: WALKTHROUGH_MAPPINGS }).expect(202);

      const res = await request(t.app).delete('/api/volumes/vsanvol1');

      expect(errorOf(res, 409)).toStrictEqual({
        code: 'conflict',
        message: 'Failed to remove volume vsanvol1, in use by VM = photon-harbor.',
      });
    });

    it('409 when a volume mounted by a running Harbor container is removed (vDVS refcount message)', async () => {
      const t = await openSetUpTestApp();
      await request(t.app).post('/api/harbor/attach').send({ mappings: WALKTHROUGH_MAPPINGS }).expect(202);
      await request(t.app).post('/api/twin/clock/advance').send({ seconds: 60 }).expect(200);

      const res = await request(t.app).delete('/api/volumes/vsanvol1');

      expect(errorOf(res, 409).message).toBe(
        'Remove failure - volume is still mounted.  volume=vsanvol1@vsanDatastore, refcount=1',
      );
    });

    it('404 when the volume does not exist', async () => {
      const t = await openSetUpTestApp();

      const res = await request(t.app).delete('/api/volumes/vsanvol9');

      expect(errorOf(res, 404).code).toBe('not_found');
    });
  });
});
