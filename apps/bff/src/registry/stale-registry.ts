import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The pidfile in the config dir that names the registry a BFF run started. */
export const REGISTRY_PID_FILE = 'registry.pid';

const REAP_TIMEOUT_MS = 3_000;
const POLL_MS = 20;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function readProc(pid: number, file: string): Promise<string | undefined> {
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

// A zombie (state Z) has exited already; it only waits for its parent to reap it and holds no port.
async function isGone(pid: number): Promise<boolean> {
  const stat = await readProc(pid, 'stat');
  if (stat === undefined) return true;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X';
}

/** Records the pid of the registry just started, so the next BFF run can find it if this one is SIGKILLed. */
export async function writeRegistryPid(configDir: string, pid: number): Promise<void> {
  await writeFile(path.join(configDir, REGISTRY_PID_FILE), `${pid}\n`);
}

/** Forgets the pidfile once the registry it names has exited. */
export async function clearRegistryPid(configDir: string): Promise<void> {
  await rm(path.join(configDir, REGISTRY_PID_FILE), { force: true });
}

/**
 * Kills a registry left running by a previous BFF run (a SIGKILLed BFF runs no exit handlers). The pid is only
 * trusted when `/proc/<pid>/cmdline` is `docker-registry serve <our config>`: pids get reused, and killing an
 * unrelated process would be far worse than a leftover registry. Returns the pid it killed, if any.
 */
export async function reapStaleRegistry(configDir: string, configFile: string): Promise<number | undefined> {
  const raw = await readFile(path.join(configDir, REGISTRY_PID_FILE), 'utf8').catch(() => undefined);
  const pid = raw === undefined ? NaN : Number(raw.trim());
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) {
    await clearRegistryPid(configDir);
    return undefined;
  }
  const argv = (await readProc(pid, 'cmdline'))?.split('\0') ?? [];
  const ours = path.basename(argv[0] ?? '') === 'docker-registry' && argv[1] === 'serve' && argv[2] === configFile;
  if (!ours) {
    await clearRegistryPid(configDir);
    return undefined;
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  const deadline = Date.now() + REAP_TIMEOUT_MS;
  while (!(await isGone(pid))) {
    if (Date.now() > deadline) throw new Error(`stale registry pid ${pid} did not exit after SIGKILL`);
    await sleep(POLL_MS);
  }
  await clearRegistryPid(configDir);
  return pid;
}
