import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where and how the server runs; each field has an environment override. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  webDistDir: string;
  security: SecurityConfig;
}

/** Sign-in, cookies and logs (issue #8); see the README's Security section. */
export interface SecurityConfig {
  /** ADMIN_PASSWORD: the first admin's password on a fresh DATA_DIR; generated and printed once when unset. */
  adminPassword: string | undefined;
  /** RESET_ADMIN_PASSWORD=1: set admin's password again (to ADMIN_PASSWORD or a new printed one) at start. */
  resetAdminPassword: boolean;
  /** SESSION_IDLE_MINUTES (default 30): a session ends after this long without a request, unless presenting. */
  sessionIdleMs: number;
  /** COOKIE_SECURE: `auto` (default: Secure when the request came over https), `true` or `false`. */
  cookieSecure: 'auto' | boolean;
  /** TRUST_PROXY: Express's `trust proxy`; set it when a TLS proxy in front sends X-Forwarded-For/-Proto. */
  trustProxy: boolean | number | string;
  /** LOG_LEVEL: pino level (default info). */
  logLevel: string | undefined;
}

const DEFAULT_PORT = 8080;
// Loopback only by default: the console can power off hosts, so exposing it is an explicit choice.
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_IDLE_MINUTES = 30;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got '${raw}'`);
  }
  return port;
}

function parseIdleMs(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_IDLE_MINUTES * 60_000;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 7 * 24 * 60) {
    throw new Error(`SESSION_IDLE_MINUTES must be a number of minutes from 1 to 10080, got '${raw}'`);
  }
  return Math.round(minutes * 60_000);
}

function parseFlag(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got '${raw}'`);
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  // A hop count, or addresses/subnets as Express takes them (e.g. "loopback" or "10.0.0.0/8").
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function loadSecurity(env: NodeJS.ProcessEnv): SecurityConfig {
  return {
    adminPassword: env.ADMIN_PASSWORD || undefined,
    resetAdminPassword: parseFlag('RESET_ADMIN_PASSWORD', env.RESET_ADMIN_PASSWORD) ?? false,
    sessionIdleMs: parseIdleMs(env.SESSION_IDLE_MINUTES),
    cookieSecure:
      env.COOKIE_SECURE === undefined || env.COOKIE_SECURE === '' || env.COOKIE_SECURE === 'auto'
        ? 'auto'
        : (parseFlag('COOKIE_SECURE', env.COOKIE_SECURE) ?? 'auto'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL,
  };
}

/** Reads PORT, HOST, DATA_DIR, WEB_DIST_DIR and the security settings; creates DATA_DIR if needed. */
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
    security: loadSecurity(env),
  };
}
