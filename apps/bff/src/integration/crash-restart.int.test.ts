import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DrillSchema } from '@harborview/contracts/drills';
import { HarborImageListSchema, HarborSchema, VerifyResultSchema } from '@harborview/contracts/harbor';
import { VmSchema } from '@harborview/contracts/inventory';
import { TaskListSchema } from '@harborview/contracts/tasks';
import { VolumeListSchema, VolumeSchema } from '@harborview/contracts/volumes';
import { afterEach, describe, expect, it } from 'vitest';

import type { SseTestClient } from '../sse/sse-test-client';
import { connectSse } from '../sse/sse-test-client';

import type { Send } from './crash-kit';
import {
  drillReaches,
  httpClient,
  isRunning,
  lastEventId,
  observe,
  pollUntil,
  range,
  registryPid,
  registryRunning,
} from './crash-kit';
import { WALKTHROUGH_MAPPINGS } from './http-walkthrough';
import type { ServerProcess } from './server-process';
import { reapOrphanRegistry, signInTo, startServerProcess } from './server-process';

const TEST_TIMEOUT_MS = 120_000;
const SSE_WAIT_MS = 20_000;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A temp DATA_DIR removed after the test, with any registry a killed server orphaned in it. */
async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'harborview-crash-'));
  cleanups.push(async () => {
    await reapOrphanRegistry(dir);
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

/** The real server on `dataDir`, SIGKILLed after the test if it is still up; paused, so twin time stands still. */
async function boot(dataDir: string): Promise<{ server: ServerProcess; send: Send }> {
  const server = await startServerProcess(dataDir);
  cleanups.push(() => server.kill());
  session = (await signInTo(server.url)).headers;
  const send = httpClient(server.url, session);
  await send('PUT', '/api/twin/clock', 200, { paused: true });
  return { server, send };
}

// The sign-in of the server booted last; streams and requests carry it.
let session: Record<string, string> = {};

async function sse(server: ServerProcess, headers: Record<string, string> = {}, query = ''): Promise<SseTestClient> {
  const client = await connectSse(`${server.url}/api/stream${query}`, { ...session, ...headers });
  cleanups.push(async () => client.close());
  expect(client.status).toBe(200);
  return client;
}

const lastId = (client: SseTestClient): number => client.ids().at(-1) ?? 0;

async function setUpVolumes(send: Send): Promise<void> {
  await send('POST', '/api/setup/vib', 202, {});
  await send('POST', '/api/setup/plugin', 202, {});
  await send('POST', '/api/twin/clock/advance', 200, { seconds: 60 });
}

describe('a BFF killed with SIGKILL and started again on the same DATA_DIR', () => {
  it(
    'when it dies mid-drill, then state, virtual time, event ids and the drill come back identical, the stream resumes by id, and the drill goes on to recover with both images intact and to complete',
    async () => {
      const dataDir = await tempDataDir();
      const first = await boot(dataDir);
      const { send } = first;
      const everything = await sse(first.server, {}, '?lastEventId=0');

      // The walkthrough: volumes, Harbor attached to them, HA on, two images pushed.
      await setUpVolumes(send);
      await send('POST', '/api/policies', 201, { name: 'SW=2', content: '(("stripeWidth" i2))' });
      await send('POST', '/api/volumes', 201, { name: 'vsanvol1', opts: { size: '50gb' } });
      await send('POST', '/api/volumes', 201, { name: 'vsanvol2', opts: { size: '20gb' } });
      await send('POST', '/api/volumes', 201, { name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } });
      await send('POST', '/api/harbor/attach', 202, { mappings: WALKTHROUGH_MAPPINGS, copyData: true });
      await send('POST', '/api/twin/clock/advance', 200, { seconds: 60 });
      await send('PUT', '/api/cluster/ha', 202, { enabled: true });
      await send('POST', '/api/twin/clock/advance', 200, { seconds: 30 });
      await registryRunning(send);
      const pushed = HarborImageListSchema.parse(await send('POST', '/api/harbor/images', 201, { count: 2 }));

      // The drill: the Harbor VM's host loses power, and a few seconds later the BFF dies.
      const vm = VmSchema.parse(await send('GET', '/api/vms/vm-1', 200));
      const fault = { type: 'host-power-off', hostId: vm.hostId };
      const { id } = DrillSchema.parse(await send('POST', '/api/drills', 202, { fault }));
      await send('POST', '/api/twin/clock/advance', 200, { seconds: 5 });
      const before = await observe(send);
      const drillBefore = DrillSchema.parse(await send('GET', `/api/drills/${id}`, 200));
      const killedAt = Number(before.lastEventId);
      await everything.waitFor(() => lastId(everything) === killedAt, `event ${killedAt} on the stream`, SSE_WAIT_MS);
      const midway = VmSchema.parse(await send('GET', '/api/vms/vm-1', 200));
      expect(midway.powerState).not.toBe('poweredOn');
      const { storageRoot } = HarborSchema.parse(await send('GET', '/api/harbor', 200)).registry;
      await first.server.kill();

      const second = await boot(dataDir);
      const after = await observe(second.send);
      const resumed = await sse(second.server, { 'Last-Event-ID': String(killedAt) });

      expect(after).toStrictEqual(before);
      expect(everything.ids()).toStrictEqual(range(1, killedAt));
      expect(drillBefore.status).toBe('running');
      expect(DrillSchema.parse(await second.send('GET', `/api/drills/${id}`, 200))).toStrictEqual(drillBefore);

      // The failover goes on in the new process, a few twin seconds per step as the console's clock moves it.
      for (let t = 5; t < 120; t += 5) await second.send('POST', '/api/twin/clock/advance', 200, { seconds: 5 });
      const finalId = await lastEventId(second.send);
      await resumed.waitFor(() => lastId(resumed) >= finalId, `event ${finalId} after the resume`, SSE_WAIT_MS);
      const replayed = await sse(second.server, {}, '?lastEventId=0');
      await replayed.waitFor(() => lastId(replayed) >= finalId, `event ${finalId} in a full replay`, SSE_WAIT_MS);

      expect(finalId).toBeGreaterThan(killedAt);
      expect(resumed.ids()).toStrictEqual(range(killedAt + 1, finalId));
      // What the first process streamed is byte for byte what the log replays, and the resumed stream continues it.
      expect(replayed.messages.slice(0, killedAt)).toStrictEqual(everything.messages);
      expect(replayed.messages.slice(killedAt)).toStrictEqual(resumed.messages);

      const moved = VmSchema.parse(await second.send('GET', '/api/vms/vm-1', 200));
      expect([moved.powerState, moved.hostId === vm.hostId]).toStrictEqual(['poweredOn', false]);
      const harbor = await registryRunning(second.send);
      expect(harbor.registry.storageRoot).toBe(storageRoot);
      expect(storageRoot).toContain('vsanvol1');
      const verify = VerifyResultSchema.parse(await second.send('POST', '/api/harbor/verify', 200));
      expect(verify.images.map((i) => [i.ref, i.status])).toStrictEqual(
        pushed.items.map((image) => [image.ref, 'intact']),
      );
      expect(verify.intact).toBe(true);

      // The drill saw all of it through the restart, and finishes in the new process once the fault is put right.
      const recovered = await drillReaches(second.send, id, 'recovered');
      expect(recovered.integrity).toMatchObject({ verdict: 'intact' });
      await second.send('POST', `/api/drills/${id}/recover`, 202, {});
      for (let t = 0; t < 130; t += 5) await second.send('POST', '/api/twin/clock/advance', 200, { seconds: 5 });
      expect((await drillReaches(second.send, id, 'completed')).integrity?.recheck).toMatchObject({
        verdict: 'intact',
      });
      await second.server.stop();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when it dies during a burst of image pushes and volume creates, then every listed volume is whole, every acknowledged write is there, and every image verifies',
    async () => {
      const dataDir = await tempDataDir();
      const first = await boot(dataDir);
      await setUpVolumes(first.send);
      const storageRoot = (await registryRunning(first.send)).registry.storageRoot;

      // Writers that keep requests in flight until the server dies; only 201s count as acknowledged.
      const acked = { volumes: [] as string[], images: [] as string[] };
      const refused: string[] = [];
      let unanswered = 0;
      const cut = (): null => {
        unanswered += 1;
        return null;
      };
      const post = async (route: string, body: unknown): Promise<unknown> => {
        const res = await fetch(`${first.server.url}${route}`, {
          method: 'POST',
          headers: { ...session, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        if (res.status !== 201) refused.push(`${route} ${res.status} ${text}`);
        return res.status === 201 ? JSON.parse(text) : undefined;
      };
      const createVolumes = async (worker: number): Promise<void> => {
        for (let i = worker; i < 400; i += 4) {
          const created = await post('/api/volumes', { name: `burst-${i}`, opts: { size: '100mb' } }).catch(cut);
          if (created === null) return;
          if (created !== undefined) acked.volumes.push(VolumeSchema.parse(created).fullName);
        }
      };
      const pushImages = async (): Promise<void> => {
        for (let i = 0; i < 20; i += 1) {
          const pushed = await post('/api/harbor/images', { count: 1 }).catch(cut);
          if (pushed === null) return;
          if (pushed !== undefined) acked.images.push(...HarborImageListSchema.parse(pushed).items.map((e) => e.ref));
        }
      };
      const writers = Promise.all([pushImages(), ...range(0, 3).map(createVolumes)]);
      await pollUntil(
        'two images and twenty volumes acknowledged',
        async () => acked,
        (a) => a.images.length >= 2 && a.volumes.length >= 20,
      );
      const orphan = await registryPid(dataDir);
      await first.server.kill();
      await writers;
      expect(refused).toStrictEqual([]);
      // The kill landed mid-burst: some requests never got an answer.
      expect(unanswered).toBeGreaterThan(0);

      const { server, send } = await boot(dataDir);
      const harbor = await registryRunning(send);
      const volumes = VolumeListSchema.parse(await send('GET', '/api/volumes?pageSize=500', 200)).items;
      const tasks = TaskListSchema.parse(await send('GET', '/api/tasks', 200)).items;
      const creates = tasks.filter((t) => t.name === 'Create virtual disk');
      const images = HarborImageListSchema.parse(await send('GET', '/api/harbor/images', 200)).items;
      const verify = VerifyResultSchema.parse(await send('POST', '/api/harbor/verify', 200));

      // The orphaned registry was reaped, and its successor serves the same folder.
      expect(orphan).toBeDefined();
      expect(isRunning(orphan!)).toBe(false);
      expect(harbor.registry.storageRoot).toBe(storageRoot);
      // Nothing acknowledged is lost; a volume is listed only when whole, with its object and a finished task.
      const listed = volumes.map((v) => v.fullName);
      expect(listed).toStrictEqual(expect.arrayContaining(acked.volumes));
      for (const volume of volumes) {
        const one = VolumeSchema.parse(await send('GET', `/api/volumes/${encodeURIComponent(volume.fullName)}`, 200));
        expect(one.object.uuid).not.toBe('');
      }
      expect(creates.filter((t) => t.state !== 'success' && t.state !== 'error')).toStrictEqual([]);
      expect(
        creates
          .filter((t) => t.state === 'success')
          .map((t) => t.target.id)
          .sort(),
      ).toStrictEqual([...listed].sort());
      expect(images.map((i) => i.ref)).toStrictEqual(expect.arrayContaining(acked.images));
      expect(verify.images.map((i) => [i.ref, i.status])).toStrictEqual(images.map((i) => [i.ref, 'intact']));
      expect(verify.intact).toBe(true);
      await server.stop();
    },
    TEST_TIMEOUT_MS,
  );
});
