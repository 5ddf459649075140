import { existsSync, readdirSync } from 'node:fs';

import { HarborSchema, VerifyResultSchema } from '@harborview/contracts/harbor';
import { VolumeSchema } from '@harborview/contracts/volumes';
import { afterEach, describe, expect, it } from 'vitest';

import { closeTestApps, openTestApp } from '../test/test-app';

import { walkthroughClient } from './http-walkthrough';

describe('registry data on a volume whose only copy is lost', () => {
  afterEach(closeTestApps);

  it('when the disk holding an FTT=0 registry volume fails, then the registry stops serving, its folder is really wiped, and verify says so', async () => {
    const { app, twin } = await openTestApp({}, 'auto');
    const api = walkthroughClient(app);
    await api.send('post', '/api/setup/vib', 202, {});
    await api.send('post', '/api/setup/plugin', 202, {});
    await api.advance(60);
    // vdvs.md §4: hostFailuresToTolerate 0 keeps a single copy of the data.
    await api.send('post', '/api/policies', 201, { name: 'FTT=0', content: '(("hostFailuresToTolerate" i0))' });
    await api.send('post', '/api/volumes', 201, {
      name: 'regvol',
      opts: { size: '10gb', 'vsan-policy-name': 'FTT=0' },
    });
    await api.send('post', '/api/harbor/attach', 202, {
      mappings: [{ service: 'registry', target: '/storage', volume: 'regvol' }],
    });
    await api.advance(60);
    await twin.registrySettled();
    await api.send('post', '/api/harbor/images', 201, { count: 2 });
    const storageRoot = HarborSchema.parse(await api.send('get', '/api/harbor', 200)).registry.storageRoot!;
    expect(readdirSync(storageRoot).length).toBeGreaterThan(0);

    // The one data component's capacity disk fails: DEGRADED with no other copy, so the data is gone for good.
    const volume = VolumeSchema.parse(await api.send('get', '/api/volumes/regvol', 200));
    const data = volume.object.components.find((c) => c.type === 'Component')!;
    const host = (await api.send('get', `/api/hosts/${data.hostId}`, 200)) as {
      diskGroups: { capacityDisks: { id: string; name: string }[] }[];
    };
    const disk = host.diskGroups.flatMap((g) => g.capacityDisks).find((d) => d.name === data.capacityDisk)!;
    await api.send('post', `/api/hosts/${data.hostId}/disks/${disk.id}/fail`, 202);
    await api.advance(10);
    await twin.registrySettled();

    const lost = VolumeSchema.parse(await api.send('get', '/api/volumes/regvol', 200));
    expect(lost.object.dataLost).toBe(true);
    expect(lost.object.accessible).toBe(false);
    expect(existsSync(storageRoot) ? readdirSync(storageRoot) : []).toStrictEqual([]);
    const verify = VerifyResultSchema.parse(await api.send('post', '/api/harbor/verify', 200));
    expect(verify.intact).toBe(false);
    expect(verify.images.map((i) => i.status)).toStrictEqual(['unavailable', 'unavailable']);
    const harbor = HarborSchema.parse(await api.send('get', '/api/harbor', 200));
    expect(harbor.status).toBe('unhealthy');
  }, 120_000);
});
