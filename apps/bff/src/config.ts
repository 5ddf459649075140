import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

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
const MAX_IDLE_MINUTES = 7 * 24 * 60;

// An empty variable counts as unset (`PORT= npm start`), so its default applies.
const emptyIsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((raw) => (raw === '' ? undefined : raw), schema);

const flag = z.stringbool({ truthy: ['1', 'true', 'yes'], falsy: ['0', 'false', 'no'] });

/** The environment variables of the README's Configuration table; other variables are ignored. */
const EnvSchema = z.object({
  // Number() as before: ' 80', '0x50' and '8e3' are still ports.
  PORT: emptyIsUnset(z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT)),
  HOST: emptyIsUnset(z.string().default(DEFAULT_HOST)),
  // Paths resolve against the working directory, so an empty one means it.
  DATA_DIR: z.string().optional(),
  WEB_DIST_DIR: z.string().optional(),
  ADMIN_PASSWORD: emptyIsUnset(z.string().optional()),
  RESET_ADMIN_PASSWORD: emptyIsUnset(flag.default(false)),
  SESSION_IDLE_MINUTES: emptyIsUnset(z.coerce.number().positive().max(MAX_IDLE_MINUTES).default(DEFAULT_IDLE_MINUTES)),
  COOKIE_SECURE: emptyIsUnset(z.union([z.literal('auto'), flag]).default('auto')),
  // Express's `trust proxy`: a hop count, or addresses/subnets as Express takes them (e.g. "loopback" or "10.0.0.0/8").
  TRUST_PROXY: emptyIsUnset(
    z
      .union([
        z.stringbool({ truthy: ['true'], falsy: ['false'] }),
        z.string().regex(/^\d+$/).transform(Number),
        z.string(),
      ])
      .default(false),
  ),
  LOG_LEVEL: z.string().optional(),
});
type Env = z.output<typeof EnvSchema>;

// What each variable must be, in the error the operator reads: "PORT must be an integer from 0 to 65535, got 'x'".
const EXPECTED: Partial<Record<keyof Env, string>> = {
  PORT: 'an integer from 0 to 65535',
  SESSION_IDLE_MINUTES: 'a number of minutes from 1 to 10080',
  RESET_ADMIN_PASSWORD: 'true or false',
  COOKIE_SECURE: 'true or false',
};

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
  const messages = names.map((name) => {
    const expected = EXPECTED[name as keyof Env] ?? 'a string';
    return `${name} must be ${expected}, got '${env[name]}'`;
  });
  throw new Error(messages.join('; '));
}

function security(env: Env): SecurityConfig {
  return {
    adminPassword: env.ADMIN_PASSWORD,
    resetAdminPassword: env.RESET_ADMIN_PASSWORD,
    sessionIdleMs: Math.round(env.SESSION_IDLE_MINUTES * 60_000),
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
  };
}

/**
 * Reads PORT, HOST, DATA_DIR, WEB_DIST_DIR and the security settings; creates DATA_DIR if needed. Throws one message
 * naming every invalid variable.
 */
export function loadConfig(processEnv: NodeJS.ProcessEnv, moduleUrl: string): ServerConfig {
  const env = parseEnv(processEnv);
  // Both src/server.ts (dev) and dist/server.js (built) sit two levels below apps/.
  const appsDir = path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..');
  const repoRoot = path.resolve(appsDir, '..');
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data'));
  mkdirSync(dataDir, { recursive: true });
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(appsDir, 'web', 'dist')),
    security: security(env),
  };
}
