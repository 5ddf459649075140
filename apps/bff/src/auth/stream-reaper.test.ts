import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';

import { waitUntil } from '../sse/sse-test-client';

import { createStreamReaper } from './stream-reaper';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real server whose responses stay open, tracked by a reaper that sweeps every 10 ms over `live`. */
async function getTestContext() {
  const live = new Set<string>(['s1', 's2']);
  const reaper = createStreamReaper((id) => live.has(id), 10);
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write(': open\n\n');
    reaper.track(res as unknown as Response, new URL(req.url!, 'http://x').searchParams.get('session')!);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as AddressInfo;
  // Resolves once the headers arrived, i.e. once the server has handed the response to the reaper.
  const open = (session: string): Promise<{ ended: boolean }> =>
    new Promise((resolve, reject) => {
      const req = http.get(`http://127.0.0.1:${port}/?session=${session}`, { agent: false }, (res) => {
        const state = { ended: false };
        res.on('close', () => (state.ended = true));
        res.on('error', () => {});
        res.resume();
        resolve(state);
      });
      req.on('error', reject);
      cleanups.push(() => req.destroy());
    });
  return { live, open };
}

describe('the stream reaper', () => {
  it("when a stream's session ends, then that stream is closed and the others stay open", async () => {
    const { live, open } = await getTestContext();
    const ended = await open('s1');
    const kept = await open('s2');

    live.delete('s1');

    await waitUntil(() => ended.ended, 'the signed-out stream to close');
    expect(kept.ended).toBe(false);
  });
});
