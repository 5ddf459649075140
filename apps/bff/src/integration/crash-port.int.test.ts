import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { HarborSchema } from '@harborview/contracts/harbor';
import { afterEach, describe, expect, it } from 'vitest';

import { httpClient, isRunning, registryPid, registryRunning } from './crash-kit';
import { reapOrphanRegistry, runServerUntilExit, signInTo, startServerProcess } from './server-process';

// Issue #8 point 7: the console's own PORT already taken. A second `npm start` on the same machine must say so in
// one line and exit non-zero, before it touches DATA_DIR: booting reaps a registry it takes for left over, and that
// registry belongs to the console already running there.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a BFF started on a port that is already in use', () => {
  it('when a console already serves PORT from the same DATA_DIR, then the second exits 1 with one line and the first keeps its registry', async () => {
    // Arrange
    const dataDir = await mkdtemp(path.join(tmpdir(), 'harborview-port-'));
    cleanups.push(async () => {
      await reapOrphanRegistry(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    });
    const first = await startServerProcess(dataDir);
    cleanups.push(() => first.kill());
    const send = httpClient(first.url, (await signInTo(first.url)).headers);
    await registryRunning(send);
    const registry = await registryPid(dataDir);
    const port = Number(new URL(first.url).port);

    // Act
    const second = await runServerUntilExit(dataDir, { port });

    // Assert
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`Harborview could not start: port ${port} on 127.0.0.1 is already in use (set PORT)\n`);
    expect(registry).toBeDefined();
    expect(isRunning(registry!)).toBe(true);
    expect(HarborSchema.parse(await send('GET', '/api/harbor', 200)).registry.process).toBe('running');
    await first.stop();
  }, 60_000);
});
