import type { AddressInfo } from 'node:net';

import packageJson from '../package.json' with { type: 'json' };

import { createApp } from './app';
import { createTwinBackend } from './backend/twin-backend';
import { loadConfig } from './config';

function log(message: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), msg: message, ...fields })}\n`);
}

const config = loadConfig(process.env, import.meta.url);
const app = createApp({
  backend: createTwinBackend(),
  version: packageJson.version,
  webDistDir: config.webDistDir,
  log,
});

const server = app.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  // The first plain line is what `npm start` users read; scripts may parse the URL from it.
  process.stdout.write(`Harborview console: http://${shownHost}:${port}\n`);
  process.stdout.write(`Backend: embedded twin. Data: ${config.dataDir}\n`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is already in use (set PORT)` : error.message;
  process.stderr.write(`Harborview could not start: ${reason}\n`);
  process.exit(1);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  // Open keep-alive or SSE connections must not hold Ctrl-C hostage.
  server.closeAllConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
