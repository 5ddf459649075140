import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { HarborSchema, VerifyResultSchema } from '@harborview/contracts/harbor';
import { VmSchema } from '@harborview/contracts/inventory';
import { VolumeSchema } from '@harborview/contracts/volumes';
import { afterEach, describe, expect, it } from 'vitest';

import { generateOciImage } from '../registry/oci-image';
import { writeOciLayout } from '../registry/oci-layout';
import { createSeededRandom } from '../registry/seeded-random';
import { closeTestApps, openTestApp } from '../test/test-app';

import { WALKTHROUGH_MAPPINGS, walkthroughClient } from './http-walkthrough';

const run = promisify(execFile);

describe('the walkthrough over HTTP with the real registry', () => {
  afterEach(closeTestApps);

  it('when the Harbor host is powered off, then HA restarts the VM elsewhere, each VMDK keeps one Absent component, and all three images verify', async () => {
    const { app, twin, logged } = await openTestApp({}, 'auto');
    const api = walkthroughClient(app);
    await api.setUp();

    // Attach: Harbor's compose file rewritten onto the volumes; the registry moves to vsanvol1's folder.
    const preview = await api.send('post', '/api/harbor/compose/preview', 200, { mappings: WALKTHROUGH_MAPPINGS });
    expect(preview.diff).toContain('+      - vsanvol1:/storage');
    await api.send('post', '/api/harbor/attach', 202, { mappings: WALKTHROUGH_MAPPINGS, copyData: true });
    await api.advance(60);
    await api.send('put', '/api/cluster/ha', 202, { enabled: true });
    await api.advance(30);
    await twin.registrySettled();
    const vm = VmSchema.parse(await api.send('get', '/api/vms/vm-1', 200));
    expect(vm.disks.map((d) => [d.label, d.volumeName])).toStrictEqual([
      ['Hard disk 1', null],
      ['Hard disk 2', 'vsanvol1@vsanDatastore'],
      ['Hard disk 3', 'vsanvol2@vsanDatastore'],
      ['Hard disk 4', 'vsanvol3@vsanDatastore'],
    ]);
    let harbor = HarborSchema.parse(await api.send('get', '/api/harbor', 200));
    expect(harbor.status).toBe('healthy');
    expect(harbor.registry.storageRoot).toContain('vsanvol1');

    // Two images over the distribution API, a third from skopeo as an outside client.
    await api.send('post', '/api/harbor/images', 201, { count: 2 });
    const layout = mkdtempSync(path.join(tmpdir(), 'harborview-oci-'));
    try {
      await writeOciLayout(layout, generateOciImage(createSeededRandom(99), { label: 'skopeo' }), '1.0');
      const dest = `docker://${harbor.registry.url!.replace('http://', '')}/library/outside:1.0`;
      await run('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout}:1.0`, dest]);
    } finally {
      rmSync(layout, { recursive: true, force: true });
    }
    const images = await api.send('get', '/api/harbor/images', 200);
    expect(images.items).toHaveLength(3);

    // The failover: the host running the VM goes down.
    await api.send('post', `/api/hosts/${vm.hostId}/power`, 202, { state: 'off' });
    await api.advance(5);
    await twin.registrySettled();
    // The VM lost power with its host: the real registry process was SIGKILLed and serves nothing.
    expect(logged).toContain('registry killed (SIGKILL): the twin stopped the container');
    const during = VerifyResultSchema.parse(await api.send('post', '/api/harbor/verify', 200));
    expect(during.images.map((i) => i.status)).toStrictEqual(['unavailable', 'unavailable', 'unavailable']);
    // Twin time moves the way the console's clock moves it, a few seconds per step.
    for (let t = 5; t < 120; t += 5) await api.advance(5);
    await twin.registrySettled();

    const moved = VmSchema.parse(await api.send('get', '/api/vms/vm-1', 200));
    expect(moved.hostId).not.toBe(vm.hostId);
    expect(moved.powerState).toBe('poweredOn');
    for (const name of ['vsanvol1', 'vsanvol2', 'vsanvol3']) {
      const volume = VolumeSchema.parse(await api.send('get', `/api/volumes/${name}`, 200));
      const onFailedHost = volume.object.components.filter((c) => c.hostId === vm.hostId);
      expect(onFailedHost.length).toBeGreaterThan(0);
      expect(onFailedHost.every((c) => c.state === 'ABSENT')).toBe(true);
      expect(volume.object.accessible).toBe(true);
      expect(volume.object.health).toBe('reducedavailabilitywithnorebuilddelaytimer');
    }
    harbor = HarborSchema.parse(await api.send('get', '/api/harbor', 200));
    expect(harbor.status).toBe('healthy');
    expect(harbor.registry.process).toBe('running');

    const verify = VerifyResultSchema.parse(await api.send('post', '/api/harbor/verify', 200));
    expect(verify.images.map((i) => i.status)).toStrictEqual(['intact', 'intact', 'intact']);
    expect(verify.intact).toBe(true);
  }, 120_000);
});
