import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { CSRF_HEADER, SessionSchema } from '@harborview/contracts/session';

import { REGISTRY_CONFIG_FILE } from '../registry/registry-config';
import { reapStaleRegistry } from '../registry/stale-registry';
import type { TestSession } from '../test/test-session';
import { sessionCookieOf, TEST_PASSWORD } from '../test/test-session';

// Used by the crash-restart integration test and the API latency bench: the real `server.ts`, run from source.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SERVER_ENTRY = path.resolve(HERE, '..', 'server.ts');
// `--import tsx` resolves from the working directory; the repository root holds node_modules/tsx.
const REPO_ROOT = path.resolve(HERE, '..', '..', '..', '..');
const LISTENING = /^Harborview console: (http:\/\/127\.0\.0\.1:\d+)$/;
const KEPT_LINES = 200;
const DEFAULT_START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

/** A `node --import tsx src/server.ts` child on a loopback port chosen by the kernel. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, parsed from the server's first plain line. */
  readonly url: string;
  readonly pid: number;
  /** The last lines the server printed (stdout and stderr), for failure messages. */
  output(): string[];
  /** SIGKILL, as a crash would: no exit handlers run. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful: the server stops its registry), SIGKILL after a grace period. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  timeoutMs?: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** PORT; 0 (the default) lets the kernel choose. */
  port?: number;
}

// `admin` gets TEST_PASSWORD on a fresh DATA_DIR unless the caller sets ADMIN_PASSWORD (see signInTo).
function spawnServer(dataDir: string, options: ServerProcessOptions): ChildProcess {
  // nodeArgs: e.g. ['--cpu-prof'] to see where a bench's time goes (Node refuses those in NODE_OPTIONS).
  return spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ADMIN_PASSWORD: TEST_PASSWORD,
      ...options.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the BFF on `dataDir` with PORT=0 and resolves once it listens.
 *
 * @example
 * const server = await startServerProcess(dataDir);
 * await fetch(`${server.url}/api/health`);
 * await server.kill();
 */
export async function startServerProcess(dataDir: string, options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const child = spawnServer(dataDir, options);
  const lines: string[] = [];
  const keep = (line: string): void => {
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  const exited = exitOf(child);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen within ${options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS} ms`));
    }, options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    createInterface({ input: child.stderr! }).on('line', keep);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      const match = LISTENING.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before listening:\n${lines.join('\n')}`));
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    output: () => [...lines],
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      const grace = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(grace);
    },
  };
}

/**
 * Signs in to a server from `startServerProcess` (as `admin` with TEST_PASSWORD by default); send the answer's
 * `headers` with every request, SSE included.
 */
export async function signInTo(url: string, username = 'admin', password = TEST_PASSWORD): Promise<TestSession> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = sessionCookieOf(res.headers.getSetCookie());
  const { csrfToken } = SessionSchema.parse(await res.json());
  return { username, cookie, csrfToken, headers: { Cookie: cookie, [CSRF_HEADER]: csrfToken } };
}

/** How a server that was expected not to start ended: its exit code and everything it printed. */
export interface FailedStart {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the BFF and waits for it to exit on its own (a start that must fail, e.g. on a taken PORT). */
export async function runServerUntilExit(dataDir: string, options: ServerProcessOptions = {}): Promise<FailedStart> {
  const child = spawnServer(dataDir, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** Kills a registry a SIGKILLed server left running on `dataDir`, if any; returns its pid. */
export function reapOrphanRegistry(dataDir: string): Promise<number | undefined> {
  const configDir = path.join(dataDir, 'registry');
  return reapStaleRegistry(configDir, path.join(configDir, REGISTRY_CONFIG_FILE));
}
