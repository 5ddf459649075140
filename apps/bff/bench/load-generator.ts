// The load side of api-latency.ts, run as its own process so the client's work never shares a core's event loop
// with the server it measures. Prints one JSON line: latency percentiles of `--requests` GETs of `--path` over
// `--connections` keep-alive connections (plus `--warmup` requests that are not counted).
// Run: node --import tsx apps/bff/bench/load-generator.ts --origin http://127.0.0.1:8080 --path /api/volumes
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { summarize } from './percentiles';

const { values } = parseArgs({
  options: {
    origin: { type: 'string' },
    path: { type: 'string' },
    connections: { type: 'string', default: '8' },
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '50' },
    // A signed-in session's cookies (session.ts), sent on every request as a browser would.
    cookie: { type: 'string' },
  },
});
if (!values.origin || !values.path) throw new Error('usage: load-generator.ts --origin <url> --path <path>');
const ORIGIN = new URL(values.origin);
if (ORIGIN.hostname !== '127.0.0.1') throw new Error('the load generator only talks to 127.0.0.1');
const PATH = values.path;
const CONNECTIONS = Number(values.connections);
const REQUESTS = Number(values.requests);
const WARMUP = Number(values.warmup);
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS = values.cookie ? { cookie: values.cookie } : {};

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One GET; resolves with its status once the whole body was read. */
function get(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: ORIGIN.hostname, port: ORIGIN.port, path: PATH, agent, timeout: REQUEST_TIMEOUT_MS, headers: HEADERS },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${PATH} timed out`)));
    req.on('error', reject);
  });
}

/** `count` requests spread over the connections, each connection sending its next one when the last finished. */
async function run(count: number): Promise<{ latencies: number[]; errors: number; wallMs: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (issued < count) {
      issued += 1;
      const t0 = performance.now();
      const status = await get().catch(() => 0);
      latencies.push(performance.now() - t0);
      if (status !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { latencies, errors, wallMs: performance.now() - started };
}

await run(WARMUP);
const { latencies, errors, wallMs } = await run(REQUESTS);
agent.destroy();
process.stdout.write(
  `${JSON.stringify({
    path: PATH,
    connections: CONNECTIONS,
    requests: REQUESTS,
    errors,
    requestsPerSecond: (REQUESTS / wallMs) * 1000,
    ...summarize(latencies),
  })}\n`,
);
