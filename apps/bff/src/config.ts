import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where and how the server runs; each field has an environment override. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  webDistDir: string;
}

const DEFAULT_PORT = 8080;
// Loopback only by default: the console can power off hosts, so exposing it is an explicit choice.
const DEFAULT_HOST = '127.0.0.1';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got '${raw}'`);
  }
  return port;
}

/** Reads PORT, HOST, DATA_DIR and WEB_DIST_DIR; creates DATA_DIR if needed. */
export function loadConfig(env: NodeJS.ProcessEnv, moduleUrl: string): ServerConfig {
  // Both src/server.ts (dev) and dist/server.js (built) sit two levels below apps/.
  const appsDir = path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..');
  const repoRoot = path.resolve(appsDir, '..');
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data'));
  mkdirSync(dataDir, { recursive: true });
  return {
    port: parsePort(env.PORT),
    host: env.HOST || DEFAULT_HOST,
    dataDir,
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(appsDir, 'web', 'dist')),
  };
}
