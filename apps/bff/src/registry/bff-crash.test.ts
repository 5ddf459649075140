import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { createDistributionClient } from './distribution-client';
import { loadLedger } from './ledger';
import { createRegistrySupervisor } from './registry-supervisor';
import { INTEGRATION_TIMEOUT_MS, makeTempDir, requireRegistryBinary, waitFor } from './registry-test-kit';
import { verifyImages } from './verify';

const STAND_IN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'bff-stand-in.ts');

// Running means "not exited": a SIGKILLed process may linger as a zombie until something reaps it.
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

function startStandIn(
  mode: 'push' | 'exit',
  dir: string,
): { child: ChildProcess; ready: Promise<{ registryPid: number; port: number }> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', STAND_IN, mode, path.join(dir, 'config'), path.join(dir, 'storage'), path.join(dir, 'ledger')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise<{ registryPid: number; port: number }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (\d+) (\d+)$/.exec(line);
      if (match) resolve({ registryPid: Number(match[1]), port: Number(match[2]) });
    });
    child.once('exit', (code) => reject(new Error(`stand-in exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

describe('a BFF that dies while the registry runs', { timeout: INTEGRATION_TIMEOUT_MS }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('when the BFF is SIGKILLed mid-push, then the next run reaps the orphan and every ledger image verifies', async () => {
    const { dir, cleanup } = await makeTempDir('bff-crash');
    cleanups.push(cleanup);
    const { child, ready } = startStandIn('push', dir);
    cleanups.push(async () => void child.kill('SIGKILL'));
    const { registryPid: orphan, port } = await ready;
    await waitFor('a few more pushes', async () => (await loadLedger(path.join(dir, 'ledger'))).images.length >= 3);

    child.kill('SIGKILL');
    await waitFor('the stand-in to die', () => child.signalCode !== null);
    const supervisor = await createRegistrySupervisor({
      binary: requireRegistryBinary(),
      configDir: path.join(dir, 'config'),
      log: () => undefined,
    });
    cleanups.unshift(() => supervisor.kill());
    await supervisor.start(path.join(dir, 'storage'));
    const ledger = await loadLedger(path.join(dir, 'ledger'));
    const report = await verifyImages(ledger, createDistributionClient(supervisor.url), {
      storageRoot: path.join(dir, 'storage'),
    });

    // A SIGKILLed parent runs no exit handlers: the pidfile is what lets this run find and reap the orphan.
    expect(isRunning(orphan)).toBe(false);
    expect(supervisor.port).toBe(port);
    expect(report.intact).toBe(true);
    expect(report.images.length).toBeGreaterThanOrEqual(3);
    expect(report.storage?.intact).toBe(true);
  });

  it('when the BFF exits normally, then its registry does not outlive it', async () => {
    const { dir, cleanup } = await makeTempDir('bff-exit');
    cleanups.push(cleanup);
    const { child, ready } = startStandIn('exit', dir);
    cleanups.push(async () => void child.kill('SIGKILL'));

    const { registryPid: pid } = await ready;
    await waitFor('the stand-in to exit', () => child.exitCode !== null);

    expect(child.exitCode).toBe(0);
    await waitFor('the registry to be gone', () => !isRunning(pid), 3_000);
    expect(isRunning(pid)).toBe(false);
  });
});
