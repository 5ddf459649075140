import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createDistributionClient } from './distribution-client';
import { RegistryPortInUseError } from './errors';
import { findFreeLoopbackPort } from './loopback-port';
import { REGISTRY_CONFIG_FILE, writeRegistryConfig } from './registry-config';
import type { RegistryEvent } from './registry-supervisor';
import { createRegistrySupervisor } from './registry-supervisor';
import type { TestRegistry } from './registry-test-kit';
import {
  INTEGRATION_TIMEOUT_MS,
  makeTempDir,
  pushDemoImages,
  requireRegistryBinary,
  startTestRegistry,
  waitFor,
} from './registry-test-kit';
import { REGISTRY_PID_FILE, writeRegistryPid } from './stale-registry';
import { verifyImages } from './verify';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('createRegistrySupervisor', { timeout: INTEGRATION_TIMEOUT_MS }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  const track = (registry: TestRegistry): TestRegistry => {
    cleanups.push(registry.cleanup);
    return registry;
  };
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('when started, then GET /v2/ answers on a loopback port and status is running', async () => {
    const { supervisor, client } = track(await startTestRegistry());

    await client.ping();

    expect(supervisor.url).toBe(`http://127.0.0.1:${supervisor.port}`);
    expect(supervisor.status()).toBe('running');
    expect(supervisor.pid()).toBeGreaterThan(0);
  });

  it('when the process is SIGKILLed from outside, then it is reported dead and restarted on the same port and folder', async () => {
    const { supervisor, client, events, storageRoot } = track(await startTestRegistry());
    const ledger = await pushDemoImages(client, 11, 1);
    const firstPid = supervisor.pid() ?? -1;

    process.kill(firstPid, 'SIGKILL');
    await waitFor('the died event', () => events.some((event) => event.type === 'died'));
    await waitFor('a restart', () => supervisor.status() === 'running');

    const died = events.find((event) => event.type === 'died');
    expect(died).toMatchObject({ type: 'died', pid: firstPid, exit: { signal: 'SIGKILL' } });
    expect(events.at(-1)).toMatchObject({ type: 'running', restart: true, storageRoot });
    expect(supervisor.pid()).not.toBe(firstPid);
    expect((await verifyImages(ledger, client)).intact).toBe(true);
  });

  it('when the restart policy is "no", then a dead registry stays crashed', async () => {
    const { supervisor, events } = track(await startTestRegistry({ restart: 'no' }));

    process.kill(supervisor.pid() ?? -1, 'SIGKILL');
    await waitFor('the died event', () => events.some((event) => event.type === 'died'));

    expect(supervisor.status()).toBe('crashed');
    expect(events.find((event) => event.type === 'died')).toMatchObject({ restartInMs: undefined });
  });

  it('when killed or stopped on purpose, then no restart follows and the pidfile is gone', async () => {
    const { supervisor, events, tmp } = track(await startTestRegistry());
    const pid = supervisor.pid() ?? -1;

    await supervisor.stop();

    expect(supervisor.status()).toBe('stopped');
    expect(isAlive(pid)).toBe(false);
    expect(events.map((event) => event.type)).toStrictEqual(['running', 'stopped']);
    expect(existsSync(path.join(tmp, 'config', REGISTRY_PID_FILE))).toBe(false);
  });

  it('when the configured port is in use, then start fails with an error naming the port and retries until it is free', async () => {
    const { dir, cleanup } = await makeTempDir('port-busy');
    cleanups.push(cleanup);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const events: RegistryEvent[] = [];
    const supervisor = await createRegistrySupervisor({
      binary: requireRegistryBinary(),
      configDir: path.join(dir, 'config'),
      port,
      log: () => undefined,
      restartDelayMs: 50,
    });
    cleanups.push(() => supervisor.kill());
    supervisor.onEvent((event) => events.push(event));

    const started = supervisor.start(path.join(dir, 'storage'));
    await expect(started).rejects.toThrow(RegistryPortInUseError);
    await expect(started).rejects.toThrow(`127.0.0.1:${port}`);
    const statusWhileTaken = supervisor.status();
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    await waitFor('the retry after the port was freed', () => supervisor.status() === 'running');

    expect(statusWhileTaken).toBe('crashed');
    expect(events[0]).toMatchObject({ type: 'restart-failed', error: expect.stringContaining('already in use') });
    expect(events.at(-1)).toMatchObject({ type: 'running', restart: true });
  });

  it('when a registry from a previous run is still serving, then it is reaped and its port taken over', async () => {
    const { dir, cleanup } = await makeTempDir('stale');
    cleanups.push(cleanup);
    const configDir = path.join(dir, 'config');
    const port = await findFreeLoopbackPort();
    // What a SIGKILLed BFF leaves behind: the config, the pidfile and a live registry process.
    await mkdir(configDir, { recursive: true });
    await writeRegistryConfig(configDir, path.join(dir, 'storage'), port);
    const stale = spawn(requireRegistryBinary(), ['serve', path.join(configDir, REGISTRY_CONFIG_FILE)], {
      stdio: 'ignore',
    });
    children.push(stale);
    await waitFor('the stale registry', () =>
      createDistributionClient(`http://127.0.0.1:${port}`, { timeoutMs: 500 })
        .ping()
        .then(
          () => true,
          () => false,
        ),
    );
    await writeRegistryPid(configDir, stale.pid ?? -1);
    const logs: string[] = [];

    const supervisor = await createRegistrySupervisor({
      binary: requireRegistryBinary(),
      configDir,
      log: (m) => logs.push(m),
    });
    cleanups.push(() => supervisor.kill());
    await supervisor.start(path.join(dir, 'storage'));

    await waitFor('the stale registry to exit', () => stale.signalCode !== null);
    expect(stale.signalCode).toBe('SIGKILL');
    expect(supervisor.port).toBe(port);
    expect(supervisor.pid()).not.toBe(stale.pid);
    expect(logs).toContain('killed a registry left over from a previous run');
  });

  it('when the pidfile names a process that is not our registry, then that process is left alone', async () => {
    const { dir, cleanup } = await makeTempDir('not-ours');
    cleanups.push(cleanup);
    const configDir = path.join(dir, 'config');
    const bystander = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(bystander);
    const supervisor = await createRegistrySupervisor({
      binary: requireRegistryBinary(),
      configDir,
      log: () => undefined,
    });
    cleanups.push(() => supervisor.kill());
    await writeRegistryPid(configDir, bystander.pid ?? -1);

    await supervisor.start(path.join(dir, 'storage'));

    expect(isAlive(bystander.pid ?? -1)).toBe(true);
    expect(supervisor.status()).toBe('running');
  });
});
