import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { DistributionClient } from './distribution-client';
import { createDistributionClient } from './distribution-client';
import type { Ledger } from './ledger';
import { emptyLedger, recordImage } from './ledger';
import { generateOciImage } from './oci-image';
import { pushImage } from './push-image';
import { findRegistryBinary } from './registry-binary';
import type { RegistryEvent, RegistrySupervisor, RegistrySupervisorOptions } from './registry-supervisor';
import { createRegistrySupervisor } from './registry-supervisor';
import { createSeededRandom } from './seeded-random';

// Test-only helpers shared by the registry's integration tests (real docker-registry processes, temp folders).

/** Per-test budget for tests that start real processes: generous because CI machines run several suites at once. */
export const INTEGRATION_TIMEOUT_MS = 30_000;

/** The registry binary, or a failure that says how to install it: these tests need Debian's `docker-registry`. */
export function requireRegistryBinary(): string {
  const found = findRegistryBinary();
  if (!found.available) throw new Error(`${found.reason}. ${found.hint}`);
  return found.path;
}

/** A temp dir removed by `cleanup()`. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `harborview-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Polls until the condition holds; bounded, so a broken expectation fails instead of hanging. */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 8_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface TestRegistry {
  supervisor: RegistrySupervisor;
  client: DistributionClient;
  /** The storage root the registry was first started on (`<tmp>/storage`). */
  storageRoot: string;
  tmp: string;
  events: RegistryEvent[];
  logs: string[];
  cleanup: () => Promise<void>;
}

/** Starts a real registry on `<tmp>/storage`, with events and log lines collected for assertions. */
export async function startTestRegistry(options: Partial<RegistrySupervisorOptions> = {}): Promise<TestRegistry> {
  const { dir, cleanup } = await makeTempDir('registry');
  const logs: string[] = [];
  const events: RegistryEvent[] = [];
  const supervisor = await createRegistrySupervisor({
    binary: requireRegistryBinary(),
    configDir: path.join(dir, 'config'),
    log: (message) => logs.push(message),
    restartDelayMs: 50,
    ...options,
  });
  supervisor.onEvent((event) => events.push(event));
  const storageRoot = path.join(dir, 'storage');
  await supervisor.start(storageRoot);
  return {
    supervisor,
    client: createDistributionClient(supervisor.url, { timeoutMs: 3_000 }),
    storageRoot,
    tmp: dir,
    events,
    logs,
    cleanup: async () => {
      await supervisor.kill();
      await cleanup();
    },
  };
}

/** Pushes `count` images generated from `seed` as `library/demo-<n>:1.0` and returns the ledger of them. */
export async function pushDemoImages(client: DistributionClient, seed: number, count: number): Promise<Ledger> {
  const random = createSeededRandom(seed);
  let ledger = emptyLedger();
  for (let n = 1; n <= count; n += 1) {
    const image = generateOciImage(random, { label: `library/demo-${n}:1.0` });
    const entry = await pushImage(client, {
      repository: `library/demo-${n}`,
      tag: '1.0',
      image,
      pushedAt: '2026-01-01T00:00:00.000Z',
    });
    ledger = recordImage(ledger, entry);
  }
  return ledger;
}
