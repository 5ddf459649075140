import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ErrorBodySchema } from '@harborview/contracts/errors';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from './test/api-expect';
import { closeTestApps, openTestApp } from './test/test-app';

function fakeWebDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'harborview-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Harborview</title><div id="root"></div>');
  return dir;
}

describe('createApp', () => {
  afterEach(closeTestApps);

  it('404 in the error shape when an /api path is unknown', async () => {
    const { app } = await openTestApp({ webDistDir: fakeWebDist() });

    const res = await request(app).get('/api/nope?x=1');

    expect(bodyOf(res, 404, ErrorBodySchema)).toStrictEqual({
      error: { code: 'not_found', message: 'No API route for GET /api/nope' },
    });
  });

  it('400 invalid_json when a body is not JSON', async () => {
    const { app } = await openTestApp();

    const res = await request(app).post('/api/hosts').set('Content-Type', 'application/json').send('{"state":');

    expect(errorOf(res, 400).code).toBe('invalid_json');
  });

  it('413 payload_too_large when a body is over 1 MB', async () => {
    const { app } = await openTestApp();
    const big = JSON.stringify({ blob: 'x'.repeat(1024 * 1024 + 1) });

    const res = await request(app).post('/api/hosts').set('Content-Type', 'application/json').send(big);

    expect(errorOf(res, 413).code).toBe('payload_too_large');
  });

  it('200 with index.html when a deep link outside /api is reloaded', async () => {
    const { app } = await openTestApp({ webDistDir: fakeWebDist() });

    const res = await request(app).get('/inventory/host/host-1/summary');

    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root"></div>');
  });

  it('404 in the error shape, not index.html, when an unknown /api path is reloaded', async () => {
    const { app } = await openTestApp({ webDistDir: fakeWebDist() });

    const res = await request(app).get('/api/inventory/host/host-1');

    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
  });
});
