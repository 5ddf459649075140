/** The bench's own BFF: the built `apps/bff/dist/server.js` on a free port with a throwaway data folder. */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The first admin's password on the bench's fresh DATA_DIR (the console signs requests in with a session). */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password';
export const BENCH_CREDENTIALS = { username: 'admin', password: BENCH_ADMIN_PASSWORD };

export interface BenchServer {
  base: string;
  /** Cookie and CSRF headers of a signed-in admin; empty when the server has no sign-in. */
  session: Record<string, string>;
  /** CPU time the server process has used so far (user + system), ms; undefined where /proc is not there. */
  cpuMs: () => number | undefined;
  stop: () => Promise<void>;
}

const STOP_TIMEOUT_MS = 10_000;
// Linux's clock tick for /proc/<pid>/stat times (USER_HZ), 100 on every mainstream kernel.
const USER_HZ = 100;

function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the parenthesised command: state is field 3, utime 14 and stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitHealthy(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200 && server.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the BFF did not become healthy (is apps/bff built?)');
}

/** Starts the BFF and waits until it answers; `stop` kills it and removes its data. */
export async function startBenchServer(): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-bench-'));
  const server = spawn(process.execPath, [path.join(ROOT, 'apps/bff/dist/server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The BFF stops its registry child on SIGTERM: wait for it to exit before its data goes, and only then force it.
  const stop = async (): Promise<void> => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(base, server);
    return { base, session: await signIn(base), cpuMs: () => processCpuMs(server.pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_CREDENTIALS),
  });
  if (res.status === 404) return {};
  if (!res.ok) throw new Error(`POST /api/session: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': csrfToken };
}

/** One JSON call to the bench server as the signed-in admin; throws on a non-2xx answer. */
export async function api(server: BenchServer, method: string, url: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${server.base}${url}`, {
    method,
    headers: { ...server.session, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}
