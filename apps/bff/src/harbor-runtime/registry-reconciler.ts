import { mkdir } from 'node:fs/promises';
import { constants } from 'node:os';

import type { CommandOf } from '@harborview/twin/engine';

import type { RegistryExit } from '../registry/registry-process';
import type { RegistryEvent, RegistrySupervisor } from '../registry/registry-supervisor';
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

/** A twin command telling what the real process did on its own, for the twin to show as Docker would. */
export type ProcessReport = CommandOf<'containerExited'> | CommandOf<'containerStarted'>;

export interface RegistryReconciler {
  /** Brings the real process in line with the twin; calls are serialized, the last one wins. */
  apply(desired: DesiredRegistry): Promise<void>;
  /** Resolves when every queued apply has run. */
  settled(): Promise<void>;
  /** Why the registry is not serving although the twin wants it (a failed start or restart), or null. */
  problem(): string | null;
}

const SERVICE = 'registry';
/** What Docker records for a container it could not start. */
const START_FAILURE_EXIT_CODE = 128;

/** The exit code `docker ps` shows: the process's own, or 128 + the signal number (137 after a SIGKILL). */
export function dockerExitCode(exit: RegistryExit): number {
  if (exit.signal !== null) return 128 + (constants.signals[exit.signal] ?? 0);
  return exit.code ?? 0;
}

/**
 * Keeps the real docker-registry in step with the twin's `registry` container: SIGKILL when the twin stops it
 * (power loss), start on the right folder when the twin starts it, wipe the folder when the twin loses the data.
 * The other way round, `report` hands the twin what the process did on its own: it died (the supervisor restarts
 * it, as `restart: always` does) or it serves again, so Harbor shows it restarting, unhealthy, and its restarts.
 */
export function createRegistryReconciler(
  supervisor: RegistrySupervisor,
  log: (m: string, f?: Record<string, unknown>) => void,
  report: (command: ProcessReport) => void = () => undefined,
): RegistryReconciler {
  let queue: Promise<void> = Promise.resolve();
  const wiped = new Set<string>();
  let problem: string | null = null;

  supervisor.onEvent((event: RegistryEvent) => {
    if (event.type === 'died') {
      problem = `the registry process exited on its own (${describeExit(event.exit)}); restarting`;
      report({ type: 'containerExited', service: SERVICE, exitCode: dockerExitCode(event.exit) });
    } else if (event.type === 'restart-failed') {
      problem = event.error;
    } else if (event.type === 'running') {
      problem = null;
      // The twin refuses this when it was not waiting for the process (a start it asked for): nothing is logged.
      report({ type: 'containerStarted', service: SERVICE });
    }
  });

  async function start(storageRoot: string): Promise<void> {
    try {
      await mkdir(storageRoot, { recursive: true });
      await supervisor.start(storageRoot);
    } catch (error) {
      // The twin started the container; the real one did not come up. Docker would show it restarting, so does the
      // twin, and the supervisor keeps retrying with back-off.
      problem = error instanceof Error ? error.message : String(error);
      report({ type: 'containerExited', service: SERVICE, exitCode: START_FAILURE_EXIT_CODE });
      throw error;
    }
    log('registry started', { storageRoot, url: supervisor.url });
  }

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
      // `crashed` too: a restart the supervisor has pending must not bring back a container the twin stopped.
      if (supervisor.status() !== 'stopped') await supervisor.kill();
      if (live) log('registry killed (SIGKILL): the twin stopped the container');
      problem = null;
      return;
    }
    if (live && supervisor.storageRoot() === desired.storageRoot && !desired.dataLost) return;
    if (live) await supervisor.kill();
    await start(desired.storageRoot);
  }

  return {
    apply(desired) {
      const run = queue.then(() => reconcile(desired));
      // One failed start must not wedge every later apply; the caller sees its own failure.
      queue = run.catch((error: unknown) => log('registry reconcile failed', { error: String(error) }));
      return run;
    },
    settled: () => queue,
    problem: () => problem,
  };
}

function describeExit(exit: RegistryExit): string {
  return exit.signal !== null ? `killed by ${exit.signal}, Exit ${dockerExitCode(exit)}` : `Exit ${exit.code ?? 0}`;
}
