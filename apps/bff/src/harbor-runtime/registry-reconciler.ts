import { mkdir } from 'node:fs/promises';

import type { RegistrySupervisor } from '../registry/registry-supervisor';
import { wipeRegistryStorage } from '../registry/storage-folders';

/** What the twin says Harbor's `registry` container should be doing. */
export interface DesiredRegistry {
  /** The container runs: its VM is up and the volume behind `/storage` is accessible. */
  running: boolean;
  /** The real folder behind `/storage` (a VM-disk folder, or a volume's backing folder). */
  storageRoot: string;
  /** The twin lost the only copy of that storage for good: the folder is really wiped. */
  dataLost: boolean;
}

export interface RegistryReconciler {
  /** Brings the real process in line with the twin; calls are serialized, the last one wins. */
  apply(desired: DesiredRegistry): Promise<void>;
  /** Resolves when every queued apply has run. */
  settled(): Promise<void>;
}

/**
 * Keeps the real docker-registry in step with the twin's `registry` container: SIGKILL when the twin stops it
 * (power loss), start on the right folder when the twin starts it, wipe the folder when the twin loses the data.
 */
export function createRegistryReconciler(
  supervisor: RegistrySupervisor,
  log: (m: string, f?: Record<string, unknown>) => void,
): RegistryReconciler {
  let queue: Promise<void> = Promise.resolve();
  const wiped = new Set<string>();

  async function reconcile(desired: DesiredRegistry): Promise<void> {
    const status = supervisor.status();
    const live = status === 'running' || status === 'starting';
    if (desired.dataLost && !wiped.has(desired.storageRoot)) {
      if (live) await supervisor.kill();
      await wipeRegistryStorage(desired.storageRoot);
      wiped.add(desired.storageRoot);
      log('registry storage wiped: the twin lost its only copy', { storageRoot: desired.storageRoot });
    }
    if (!desired.running) {
      if (supervisor.status() === 'running' || supervisor.status() === 'starting') {
        await supervisor.kill();
        log('registry killed (SIGKILL): the twin stopped the container');
      }
      return;
    }
    if (live && supervisor.storageRoot() === desired.storageRoot && !desired.dataLost) return;
    if (live) await supervisor.kill();
    await mkdir(desired.storageRoot, { recursive: true });
    await supervisor.start(desired.storageRoot);
    log('registry started', { storageRoot: desired.storageRoot, url: supervisor.url });
  }

  return {
    apply(desired) {
      const run = queue.then(() => reconcile(desired));
      // One failed start must not wedge every later apply; the caller sees its own failure.
      queue = run.catch((error: unknown) => log('registry reconcile failed', { error: String(error) }));
      return run;
    },
    settled: () => queue,
  };
}
