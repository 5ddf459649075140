import type { AddressInfo } from 'node:net';

import packageJson from '../package.json' with { type: 'json' };

import { createApp } from './app';
import type { Auth } from './auth/auth';
import { openAuth } from './auth/auth';
import type { FirstAdmin } from './auth/first-admin';
import { ensureFirstAdmin } from './auth/first-admin';
import type { ServerConfig } from './config';
import { loadConfig } from './config';
import { createLogger, logLevel, toLogFunction } from './logging/logger';
import { isPortFree } from './registry/loopback-port';
import { bootTwin } from './twin-runtime/bootstrap';

function fail(error: unknown): never {
  process.stderr.write(`Harborview could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

let config: ServerConfig;
try {
  config = loadConfig(process.env, import.meta.url);
} catch (error) {
  fail(error);
}
const logger = createLogger({ level: logLevel(config.security.logLevel) });
const log = toLogFunction(logger);

const portInUse = (): string => `port ${config.port} on ${config.host} is already in use (set PORT)`;
// Checked before the twin boots: booting takes over DATA_DIR's registry (it reaps one it takes for left over from a
// crash), which must not happen to a console already serving there. A check it cannot make is left to listen().
if (config.port !== 0 && !(await isPortFree(config.port, config.host).catch(() => true))) fail(portInUse());

let twin: Awaited<ReturnType<typeof bootTwin>>;
let auth: Auth;
let firstAdmin: FirstAdmin;
try {
  twin = await bootTwin({ dataDir: config.dataDir, log, registry: 'auto', wallNowMs: () => Date.now() });
  auth = openAuth({
    file: twin.stream.store.file,
    idleMs: config.security.sessionIdleMs,
    cookieSecure: config.security.cookieSecure,
  });
  firstAdmin = await ensureFirstAdmin(auth, {
    adminPassword: config.security.adminPassword,
    reset: config.security.resetAdminPassword,
  });
} catch (error) {
  fail(error);
}
const app = createApp({
  backend: twin.backend,
  stream: twin.stream,
  commandLog: twin.stream.store,
  drills: twin.drills,
  version: packageJson.version,
  webDistDir: config.webDistDir,
  auth,
  logger,
  trustProxy: config.security.trustProxy,
  log,
});

/** The sign-in line under the URL; a generated password is printed here once and never again. */
function signInLine(admin: FirstAdmin): string {
  if (admin.kind === 'existing') {
    return 'Sign in with a console user. Lost the admin password? Start once with RESET_ADMIN_PASSWORD=1.';
  }
  const how = admin.kind === 'reset' ? 'Admin password reset. ' : '';
  if (admin.generatedPassword === null)
    return `${how}Sign in as ${admin.username} with the password in ADMIN_PASSWORD.`;
  return `${how}Sign in as ${admin.username} with password ${admin.generatedPassword} (shown only now; change it after signing in).`;
}

const server = app.listen(config.port, config.host, (error?: Error) => {
  // Express 5 calls back with a listen error too (there is no address then): the 'error' handler reports it.
  if (error) return;
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  // The first plain line is what `npm start` users read; scripts may parse the URL from it.
  process.stdout.write(`Harborview console: http://${shownHost}:${port}\n`);
  process.stdout.write(`Backend: embedded twin. Data: ${config.dataDir}.\n`);
  process.stdout.write(`${signInLine(firstAdmin)}\n`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  fail(error.code === 'EADDRINUSE' ? portInUse() : error);
});

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  // Open keep-alive or SSE connections must not hold Ctrl-C hostage.
  server.closeAllConnections();
  server.close(() => {
    auth.close();
    void twin.close().finally(() => process.exit(0));
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
