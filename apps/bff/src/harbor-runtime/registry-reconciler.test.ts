import type { Server } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import net from 'node:net';

import { ErrorBodySchema } from '@harborview/contracts/errors';
import type { Harbor } from '@harborview/contracts/harbor';
import { HarborSchema, VerifyResultSchema } from '@harborview/contracts/harbor';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { isRunning, pollUntil, registryPid } from '../integration/crash-kit';
import { INTEGRATION_TIMEOUT_MS } from '../registry/registry-test-kit';
import type { SseTestClient } from '../sse/sse-test-client';
import { connectSse } from '../sse/sse-test-client';
import { closeServer, listenOnce } from '../test/api-state';
import type { TestApp } from '../test/test-app';
import { closeTestApps, openTestApp } from '../test/test-app';

// Issue #8 point 7: Harbor's real registry dies on its own. Docker would show the container Restarting (137) and
// count the restart (harbor.md §0: State.Status, ExitCode, RestartCount; §1: every service has `restart: always`);
// the console shows the same, Harbor unhealthy meanwhile, and the stream carries both events.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeTestApps();
});

async function harborOf(t: TestApp): Promise<Harbor> {
  return HarborSchema.parse((await request(t.app).get('/api/harbor')).body);
}
const registryService = (harbor: Harbor) => harbor.services.find((s) => s.name === 'registry')!;

function listenOn(port: number): Promise<NetServer | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

/**
 * SIGKILLs the registry and takes its port before the supervisor's restart does. The restart comes 250 ms after a
 * death and backs off from there, so a lost race is simply run again; returns the blocker and how many kills it took.
 */
async function killAndTakePort(t: TestApp, port: number): Promise<{ blocker: NetServer; kills: number }> {
  for (let kills = 1; kills <= 5; kills += 1) {
    const pid = await pollUntil(
      'a registry pid',
      () => registryPid(t.dataDir),
      (p) => p !== undefined && isRunning(p),
    );
    process.kill(pid!, 'SIGKILL');
    for (const deadline = Date.now() + 2_000; Date.now() < deadline;) {
      const blocker = await listenOn(port);
      if (blocker) return { blocker, kills };
      if ((await registryPid(t.dataDir)) !== pid) break; // restarted first: kill the new one
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  throw new Error(`could not take port ${port} from the restarting registry`);
}

describe('the real registry dying on its own', { timeout: INTEGRATION_TIMEOUT_MS * 2 }, () => {
  it('when it is SIGKILLed and its port is taken, then Harbor is unhealthy with the reason; once the port is free it restarts, counts the restart and its images verify', async () => {
    // Arrange: Harbor with one real image, and a stream from here on.
    const t = await openTestApp({}, 'auto');
    await t.twin.registrySettled();
    expect((await request(t.app).post('/api/harbor/images').send({ count: 1 })).status).toBe(201);
    const server: Server = await listenOnce(t);
    cleanups.push(() => closeServer(server));
    const { port: apiPort } = server.address() as AddressInfo;
    const stream: SseTestClient = await connectSse(
      `http://127.0.0.1:${apiPort}/api/stream?lastEventId=${t.twin.stream.store.latestEventId()}`,
    );
    cleanups.push(async () => stream.close());
    const registryPort = Number(new URL((await harborOf(t)).registry.url!).port);

    // Act: the process dies and something else grabs its port.
    const { blocker, kills } = await killAndTakePort(t, registryPort);
    const down = await pollUntil(
      'Harbor to show the failed restart',
      () => harborOf(t),
      (h) => (h.registry.detail ?? '').includes('already in use'),
    );
    const push = await request(t.app).post('/api/harbor/images').send({ count: 1 });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    const back = await pollUntil(
      'the registry to serve again',
      () => harborOf(t),
      (h) => h.registry.process === 'running' && registryService(h).state === 'running',
      15_000,
    );
    const verify = VerifyResultSchema.parse((await request(t.app).post('/api/harbor/verify')).body);

    // Assert: while down, as `docker ps` would show it, with the reason; the API refuses pushes, never 5xx-crashes.
    expect(down.status).toBe('unhealthy');
    expect(registryService(down)).toMatchObject({ state: 'restarting', exitCode: 137, healthy: false });
    expect(down.registry.process).toBe('crashed');
    expect(down.registry.detail).toContain(`127.0.0.1:${registryPort}`);
    expect(push.status).toBe(503);
    expect(ErrorBodySchema.parse(push.body).error.message).toContain("Harbor's registry is not running");
    // Back: running again on the same port, every restart counted, data intact, detail cleared.
    expect(back.status).toBe('healthy');
    expect(registryService(back)).toMatchObject({ state: 'running', exitCode: null, restarts: kills, healthy: true });
    expect([back.registry.url, back.registry.detail]).toStrictEqual([`http://127.0.0.1:${registryPort}`, null]);
    expect([verify.intact, verify.counts.images]).toStrictEqual([true, 1]);
    // The stream said so as it happened: one warning per death, one start per restart.
    await stream.waitFor(
      () => stream.messages.filter((m) => m.data.includes('ContainerStarted')).length === kills,
      'the restart events on the stream',
    );
    const harborEvents = stream.messages
      .filter((m) => m.event === 'twin.event')
      .map((m) => (JSON.parse(m.data) as { event: { typeId: string; message: string } }).event)
      .filter((e) => e.typeId.startsWith('com.harborview.harbor.Container'));
    expect(harborEvents[0]?.message).toBe('Container deploy_registry_1 exited (Exit 137) and is restarting');
    expect(harborEvents.map((e) => e.typeId.split('.').at(-1))).toStrictEqual(
      Array.from({ length: kills }, () => ['ContainerRestarting', 'ContainerStarted']).flat(),
    );
  });
});
