import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { sha256Digest } from './digest';
import { createDistributionClient } from './distribution-client';
import { RegistryHttpError, RegistryUnavailableError } from './errors';
import { findFreeLoopbackPort } from './loopback-port';

// A scripted HTTP peer for what a real docker-registry never does (relative Location headers); the registry
// itself is exercised for real in verify.test.ts.
async function serve(
  handler: http.RequestListener,
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('createDistributionClient', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it('when the upload Location is relative and has a query, then the PUT keeps the query and adds the digest', async () => {
    const bytes = Buffer.from('hello');
    const digest = sha256Digest(bytes);
    const peer = await serve((req, res) => {
      if (req.method === 'HEAD') res.writeHead(404).end();
      else if (req.method === 'POST')
        res.writeHead(202, { location: '/v2/library/x/blobs/uploads/u1?_state=abc' }).end();
      else res.writeHead(201).end();
    });
    closers.push(peer.close);

    const uploaded = await createDistributionClient(peer.url).pushBlob('library/x', { digest, bytes });

    expect(uploaded).toBe(true);
    expect(peer.requests).toStrictEqual([
      `HEAD /v2/library/x/blobs/${digest}`,
      'POST /v2/library/x/blobs/uploads/',
      `PUT /v2/library/x/blobs/uploads/u1?_state=abc&digest=${encodeURIComponent(digest)}`,
    ]);
  });

  it('when nothing listens on the port, then calls fail with RegistryUnavailableError', async () => {
    const port = await findFreeLoopbackPort();

    const ping = createDistributionClient(`http://127.0.0.1:${port}`, { timeoutMs: 2_000 }).ping();

    await expect(ping).rejects.toThrow(RegistryUnavailableError);
  });

  it('when the registry answers 404 with an error envelope, then RegistryHttpError carries status and code', async () => {
    const peer = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
    });
    closers.push(peer.close);

    const error = await createDistributionClient(peer.url)
      .getManifest('library/x', '1')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RegistryHttpError);
    expect(error).toMatchObject({ status: 404, code: 'MANIFEST_UNKNOWN' });
  });

  it('when something that is not a registry answers /v2/, then ping refuses it', async () => {
    const peer = await serve((_req, res) => res.writeHead(200).end('{}'));
    closers.push(peer.close);

    const ping = createDistributionClient(peer.url).ping();

    await expect(ping).rejects.toThrow('is not a distribution registry');
  });
});
