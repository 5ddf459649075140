import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { RegistryPortInUseError } from './errors';
import { findFreeLoopbackPort, isLoopbackPortFree } from './loopback-port';
import { readPreviousPort, REGISTRY_CONFIG_FILE, writeRegistryConfig } from './registry-config';
import type { RegistryExit, RegistryProcess } from './registry-process';
import { spawnRegistry, waitUntilServing } from './registry-process';
import { clearRegistryPid, reapStaleRegistry, writeRegistryPid } from './stale-registry';

/** `crashed`: the process died on its own (or failed to start) and is not serving; a restart may be pending. */
export type RegistryStatus = 'stopped' | 'starting' | 'running' | 'crashed';

/** What the supervisor tells its caller; `died` is the one to mark Harbor unhealthy on. */
export type RegistryEvent =
  | { type: 'running'; pid: number; storageRoot: string; restart: boolean }
  | { type: 'died'; pid: number; exit: RegistryExit; output: string[]; restartInMs: number | undefined }
  | { type: 'restart-failed'; error: string; restartInMs: number }
  | { type: 'stopped'; how: 'kill' | 'stop' };

/** The same shape as the BFF's `AppDeps.log`. */
export type RegistryLog = (message: string, fields?: Record<string, unknown>) => void;

export interface RegistrySupervisorOptions {
  binary: string;
  /** Holds `registry.yml` and `registry.pid`; created if missing. */
  configDir: string;
  /** A fixed port (fails clearly when taken); else a free one, reused from the last run when still free. */
  port?: number;
  log: RegistryLog;
  /** `always` (default) restarts a registry that dies on its own or fails to start, like compose `restart: always`. */
  restart?: 'always' | 'no';
  readyTimeoutMs?: number;
  /** First restart delay; doubles per crash up to MAX_RESTART_DELAY_MS. */
  restartDelayMs?: number;
}

export interface RegistrySupervisor {
  /** `http://127.0.0.1:<port>`: stable across restarts of the process. */
  readonly url: string;
  readonly port: number;
  /** Starts (or keeps running) the registry on this storage root; resolves once `GET /v2/` answers. */
  start(storageRoot: string): Promise<void>;
  /** SIGKILL, as a power loss would; no restart follows. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period; no restart follows. */
  stop(): Promise<void>;
  status(): RegistryStatus;
  pid(): number | undefined;
  storageRoot(): string | undefined;
  /** Subscribes to lifecycle events; returns the unsubscribe function. */
  onEvent(listener: (event: RegistryEvent) => void): () => void;
}

const DEFAULT_READY_TIMEOUT_MS = 10_000;
const DEFAULT_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 5_000;
// As Docker does: a container that ran this long before dying starts the backoff again from the beginning.
const STABLE_UPTIME_MS = 10_000;
const STOP_GRACE_MS = 3_000;

async function choosePort(options: RegistrySupervisorOptions, configFile: string): Promise<number> {
  if (options.port !== undefined) return options.port;
  // A registry orphaned by a SIGKILLed BFF still holds the last port: reap it first, so the port (and url) carry over.
  const reaped = await reapStaleRegistry(options.configDir, configFile);
  if (reaped !== undefined) options.log('killed a registry left over from a previous run', { pid: reaped });
  const previous = await readPreviousPort(options.configDir);
  if (previous !== undefined && (await portFreesUp(previous, reaped !== undefined ? REAPED_PORT_WAIT_MS : 0)))
    return previous;
  return findFreeLoopbackPort();
}

// A killed process's socket is released by the kernel a moment after the kill returns, later on a busy machine.
const REAPED_PORT_WAIT_MS = 3_000;

/** Whether the port is free now, or becomes free within `waitMs` (polled). */
async function portFreesUp(port: number, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await isLoopbackPortFree(port)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs Harbor's `registry` service as a real `docker-registry` child on a loopback port and keeps it running.
 * @example const registry = await createRegistrySupervisor({ binary, configDir, log }); await registry.start(root);
 */
export async function createRegistrySupervisor(options: RegistrySupervisorOptions): Promise<RegistrySupervisor> {
  await mkdir(options.configDir, { recursive: true });
  const configFile = path.join(options.configDir, REGISTRY_CONFIG_FILE);
  const port = await choosePort(options, configFile);
  const httpSecret = randomBytes(24).toString('hex');
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const initialDelay = options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
  const listeners = new Set<(event: RegistryEvent) => void>();

  let status: RegistryStatus = 'stopped';
  let current: { proc: RegistryProcess; storageRoot: string; startedAt: number } | undefined;
  let wanted: string | undefined; // the storage root we should be serving; undefined after kill/stop
  let restartTimer: NodeJS.Timeout | undefined;
  let crashes = 0;
  // start/kill/stop/restarts run one at a time, so a restart can never race a kill.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const emit = (event: RegistryEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const cancelRestart = (): void => {
    clearTimeout(restartTimer);
    restartTimer = undefined;
  };

  async function launch(storageRoot: string): Promise<RegistryProcess> {
    const reaped = await reapStaleRegistry(options.configDir, configFile);
    if (reaped !== undefined) options.log('killed a registry left over from a previous run', { pid: reaped });
    if (!(await isLoopbackPortFree(port))) throw new RegistryPortInUseError(port);
    await mkdir(storageRoot, { recursive: true });
    await writeRegistryConfig(options.configDir, storageRoot, port);
    const proc = spawnRegistry({
      binary: options.binary,
      configFile,
      httpSecret,
      onLine: (line) => options.log(`registry: ${line}`, { port }),
    });
    if (proc.pid > 0) await writeRegistryPid(options.configDir, proc.pid);
    try {
      await waitUntilServing(proc, port, readyTimeoutMs);
    } catch (error) {
      await clearRegistryPid(options.configDir);
      throw error;
    }
    current = { proc, storageRoot, startedAt: Date.now() };
    void proc.exited.then((exit) => onExit(proc, exit));
    return proc;
  }

  function scheduleRestart(): number {
    const delay = Math.min(initialDelay * 2 ** crashes, MAX_RESTART_DELAY_MS);
    crashes += 1;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      void serial(restart);
    }, delay);
    restartTimer.unref(); // a pending restart must not keep a shutting-down BFF alive
    return delay;
  }

  async function restart(): Promise<void> {
    if (wanted === undefined || current) return;
    status = 'starting';
    try {
      const proc = await launch(wanted);
      status = 'running';
      emit({ type: 'running', pid: proc.pid, storageRoot: wanted, restart: true });
    } catch (error) {
      status = 'crashed';
      const message = error instanceof Error ? error.message : String(error);
      options.log('registry restart failed', { error: message });
      emit({ type: 'restart-failed', error: message, restartInMs: scheduleRestart() });
    }
  }

  function onExit(proc: RegistryProcess, exit: RegistryExit): void {
    if (current?.proc !== proc) return; // we killed or replaced it on purpose
    if (Date.now() - current.startedAt >= STABLE_UPTIME_MS) crashes = 0;
    current = undefined;
    status = 'crashed';
    void clearRegistryPid(options.configDir);
    const restartInMs = options.restart !== 'no' && wanted !== undefined ? scheduleRestart() : undefined;
    options.log('registry died on its own', { pid: proc.pid, ...exit, restartInMs });
    emit({ type: 'died', pid: proc.pid, exit, output: proc.output(), restartInMs });
  }

  async function halt(signal: NodeJS.Signals, how: 'kill' | 'stop'): Promise<void> {
    const running = current;
    current = undefined; // before signalling, so onExit knows this death was ours
    if (running) {
      running.proc.signal(signal);
      const grace = setTimeout(() => running.proc.signal('SIGKILL'), STOP_GRACE_MS);
      await running.proc.exited;
      clearTimeout(grace);
      await clearRegistryPid(options.configDir);
    }
    status = 'stopped';
    emit({ type: 'stopped', how });
  }

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    start: (storageRoot) =>
      serial(async () => {
        cancelRestart();
        wanted = storageRoot;
        if (current?.storageRoot === storageRoot) return;
        if (current) await halt('SIGTERM', 'stop');
        status = 'starting';
        crashes = 0;
        let proc: RegistryProcess;
        try {
          proc = await launch(storageRoot);
        } catch (error) {
          status = 'crashed'; // wanted but not serving
          // The caller gets the error; under `restart: always` the supervisor also keeps trying, with back-off, as
          // Docker does for a container that dies at start (a taken port frees up, a full disk gets space).
          if (options.restart !== 'no') {
            const message = error instanceof Error ? error.message : String(error);
            options.log('registry start failed', { error: message });
            emit({ type: 'restart-failed', error: message, restartInMs: scheduleRestart() });
          }
          throw error;
        }
        status = 'running';
        emit({ type: 'running', pid: proc.pid, storageRoot, restart: false });
      }),
    kill: () => {
      cancelRestart();
      wanted = undefined;
      return serial(() => halt('SIGKILL', 'kill'));
    },
    stop: () => {
      cancelRestart();
      wanted = undefined;
      return serial(() => halt('SIGTERM', 'stop'));
    },
    status: () => status,
    pid: () => current?.proc.pid,
    storageRoot: () => current?.storageRoot,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
