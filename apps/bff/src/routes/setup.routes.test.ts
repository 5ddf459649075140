import type { Setup } from '@harborview/contracts/setup';
import { SetupSchema } from '@harborview/contracts/setup';
import { TaskListSchema, TaskSchema } from '@harborview/contracts/tasks';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, readOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

const vibStates = (setup: Setup): string[] => setup.hosts.map((h) => h.vib.state);
const readSetup = async (app: Parameters<typeof request>[0]): Promise<Setup> =>
  SetupSchema.parse((await request(app).get('/api/setup')).body);

describeRoutes('setup routes', () => {
  describe('GET /api/setup', () => {
    it('200 with nothing installed and HA off on a fresh twin', async () => {
      const setup = await readOnFreshApp('/api/setup', SetupSchema);
      expect(vibStates(setup)).toStrictEqual(['notInstalled', 'notInstalled', 'notInstalled']);
      expect(setup.vms).toStrictEqual([
        { vmId: 'vm-1', name: 'photon-harbor', plugin: { state: 'notInstalled', version: null } },
      ]);
      expect([setup.haEnabled, setup.complete]).toStrictEqual([false, false]);
    });
  });

  describe('POST /api/setup/vib', () => {
    it('202 with one running install task per host when no host is named, installed once time passes', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/setup/vib').send({});
      await request(app).post('/api/twin/clock/advance').send({ seconds: 60 }).expect(200);

      const { items } = bodyOf(res, 202, TaskListSchema);
      expect(items.map((t) => [t.name, t.target.id, t.state])).toStrictEqual([
        ['Install VIB esx-vmdkops-service', 'host-1', 'running'],
        ['Install VIB esx-vmdkops-service', 'host-2', 'running'],
        ['Install VIB esx-vmdkops-service', 'host-3', 'running'],
      ]);
      expect(vibStates(await readSetup(app))).toStrictEqual(['installed', 'installed', 'installed']);
    });

    it('202 when no body is sent at all, as for every host', async () => {
      const res = await sendOnFreshApp('post', '/api/setup/vib');

      expect(bodyOf(res, 202, TaskListSchema).items).toHaveLength(3);
    });

    it('202 with one task when a host is named, the others left alone', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/setup/vib').send({ hostId: 'host-2' });

      expect(bodyOf(res, 202, TaskListSchema).items.map((t) => t.target.id)).toStrictEqual(['host-2']);
      expect(vibStates(await readSetup(app))).toStrictEqual(['notInstalled', 'installing', 'notInstalled']);
    });

    it('409 when the VIB is already installing on the host', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/setup/vib').send({ hostId: 'host-1' }).expect(202);

      const res = await request(app).post('/api/setup/vib').send({ hostId: 'host-1' });

      expect(errorOf(res, 409).message).toBe('VIB esx-vmdkops-service is already installing on 10.162.102.130');
    });

    it('202 installing only where it is missing when one host already has it', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/setup/vib').send({ hostId: 'host-2' }).expect(202);

      const res = await request(app).post('/api/setup/vib').send({});

      expect(bodyOf(res, 202, TaskListSchema).items.map((t) => t.target.id)).toStrictEqual(['host-1', 'host-3']);
      expect(vibStates(await readSetup(app))).toStrictEqual(['installing', 'installing', 'installing']);
    });

    it('409 when every host already has it', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/setup/vib').send({}).expect(202);

      const res = await request(app).post('/api/setup/vib').send({});

      expect(errorOf(res, 409).message).toBe('The vDVS VIB is already installed or installing on every host');
    });

    it('404 when the host does not exist', async () => {
      const res = await sendOnFreshApp('post', '/api/setup/vib', { hostId: 'host-99' });

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: 'No host with id host-99',
      });
    });

    it.each([[{ hostId: 1 }], [{ hostId: '' }], [{ hostIds: ['host-1'] }], [['host-1']]])(
      '400 when the body is %j',
      async (body) => {
        const { app } = await openTestApp();

        const res = await request(app).post('/api/setup/vib').send(body);

        expect(errorOf(res, 400).code).toBe('validation_failed');
        expect(vibStates(await readSetup(app))).toStrictEqual(['notInstalled', 'notInstalled', 'notInstalled']);
      },
    );
  });

  describe('POST /api/setup/plugin', () => {
    it("202 with the install task on Harbor's VM when no VM is named, installed once time passes", async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/setup/plugin').send({});
      await request(app).post('/api/twin/clock/advance').send({ seconds: 60 }).expect(200);

      expect(bodyOf(res, 202, TaskSchema)).toMatchObject({
        name: 'Install Docker plugin',
        target: { id: 'vm-1' },
        details: 'docker plugin install --grant-all-permissions --alias vsphere vmware/vsphere-storage-for-docker:0.21',
      });
      expect((await readSetup(app)).vms[0]?.plugin).toStrictEqual({ state: 'installed', version: '0.21' });
    });

    it('409 when the plugin is already there (docker message)', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/setup/plugin').send({}).expect(202);

      const res = await request(app).post('/api/setup/plugin').send({ vmId: 'vm-1' });

      expect(errorOf(res, 409).message).toBe('Error response from daemon: plugin "vsphere:latest" already exists');
    });

    it('404 when the VM does not exist', async () => {
      const res = await sendOnFreshApp('post', '/api/setup/plugin', { vmId: 'vm-99' });

      expect(errorOf(res, 404).message).toBe('No VM with id vm-99');
    });

    it('400 when vmId is not a string', async () => {
      const { app } = await openTestApp();

      const res = await request(app)
        .post('/api/setup/plugin')
        .send({ vmId: ['vm-1'] });

      expect(errorOf(res, 400).message).toMatch(/^Invalid vmId: /);
    });
  });
});
