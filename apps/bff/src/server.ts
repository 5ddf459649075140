import type { AddressInfo } from 'node:net';

import packageJson from '../package.json' with { type: 'json' };

import { createApp } from './app';
import { loadConfig } from './config';
import { bootTwin } from './twin-runtime/bootstrap';

function log(message: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), msg: message, ...fields })}\n`);
}

const config = loadConfig(process.env, import.meta.url);
let twin: Awaited<ReturnType<typeof bootTwin>>;
try {
  twin = await bootTwin({ dataDir: config.dataDir, log, registry: 'auto', wallNowMs: () => Date.now() });
} catch (error) {
  process.stderr.write(`Harborview could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const app = createApp({
  backend: twin.backend,
  stream: twin.stream,
  commandLog: twin.stream.store,
  version: packageJson.version,
  webDistDir: config.webDistDir,
  log,
});

const server = app.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  // The first plain line is what `npm start` users read; scripts may parse the URL from it.
  process.stdout.write(`Harborview console: http://${shownHost}:${port}\n`);
  process.stdout.write(`Backend: embedded twin. Data: ${config.dataDir}. No login yet.\n`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is already in use (set PORT)` : error.message;
  process.stderr.write(`Harborview could not start: ${reason}\n`);
  process.exit(1);
});

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  // Open keep-alive or SSE connections must not hold Ctrl-C hostage.
  server.closeAllConnections();
  server.close(() => {
    void twin.close().finally(() => process.exit(0));
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
