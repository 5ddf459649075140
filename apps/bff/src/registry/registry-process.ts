import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

import { createDistributionClient } from './distribution-client';
import { RegistryPortInUseError, RegistryStartError } from './errors';

/** How the registry process ended. */
export interface RegistryExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One running `docker-registry serve` child. */
export interface RegistryProcess {
  readonly pid: number;
  /** Settles once, when the child has exited (whoever killed it). */
  readonly exited: Promise<RegistryExit>;
  hasExited(): boolean;
  /** The last lines the registry printed, for error messages. */
  output(): string[];
  signal(signal: NodeJS.Signals): void;
}

const OUTPUT_LINES = 20;
const POLL_MS = 25;
const PING_TIMEOUT_MS = 500;

/**
 * Spawns `docker-registry serve <configFile>` with a minimal environment: REGISTRY_* variables override the
 * config file, so one inherited from the user's shell (REGISTRY_HTTP_ADDR, say) must not leak in.
 * The child is SIGKILLed when this Node process exits; a SIGKILLed parent is covered by the pidfile reaper.
 */
export function spawnRegistry(options: {
  binary: string;
  configFile: string;
  httpSecret: string;
  onLine: (line: string) => void;
}): RegistryProcess {
  const child = spawn(options.binary, ['serve', options.configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', REGISTRY_HTTP_SECRET: options.httpSecret },
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > OUTPUT_LINES) lines.shift();
      options.onLine(line);
    });
  }
  const killOnParentExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnParentExit);
  let done = false;
  const exited = new Promise<RegistryExit>((resolve) => {
    // 'close' waits for the output pipes too, so output() is complete once this settles.
    child.once('close', (code, signal) => {
      done = true;
      process.off('exit', killOnParentExit);
      resolve({ code, signal });
    });
    child.once('error', (error) => options.onLine(`spawn failed: ${error.message}`));
  });
  return {
    pid: child.pid ?? -1,
    exited,
    hasExited: () => done,
    output: () => [...lines],
    signal: (signal) => {
      if (!done) child.kill(signal);
    },
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `GET /v2/` answers 200 with `Docker-Distribution-Api-Version: registry/2.0`. Throws (and SIGKILLs
 * the child) when it exits first or `timeoutMs` passes; a bind failure becomes RegistryPortInUseError.
 */
export async function waitUntilServing(proc: RegistryProcess, port: number, timeoutMs: number): Promise<void> {
  const client = createDistributionClient(`http://127.0.0.1:${port}`, { timeoutMs: PING_TIMEOUT_MS });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.hasExited() || proc.pid < 0) {
      await proc.exited;
      if (proc.output().some((line) => line.includes('address already in use'))) throw new RegistryPortInUseError(port);
      throw new RegistryStartError(`docker-registry exited while starting on 127.0.0.1:${port}`, proc.output());
    }
    try {
      await client.ping();
      if (!proc.hasExited()) return;
    } catch {
      // Not listening yet: poll again until the deadline.
    }
    if (Date.now() > deadline) {
      proc.signal('SIGKILL');
      await proc.exited;
      throw new RegistryStartError(`docker-registry did not answer GET /v2/ within ${timeoutMs} ms`, proc.output());
    }
    await sleep(POLL_MS);
  }
}
