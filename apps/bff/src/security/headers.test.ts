import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ErrorBodySchema } from '@harborview/contracts/errors';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { createApp } from '../app';
import type { ConsoleBackend } from '../backend/backend';
import { bodyOf } from '../test/api-expect';
import { closeTestApps, openTestApp } from '../test/test-app';

afterEach(closeTestApps);

function fakeWebDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'harborview-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  return dir;
}

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

describe('security headers', () => {
  it.each([
    ['the console page', '/inventory/host/host-1/summary'],
    ['an API answer', '/api/health'],
  ])('200 with a CSP allowing no inline script, frame-ancestors none and nosniff on %s', async (_, url) => {
    const { rawApp } = await openTestApp({ webDistDir: fakeWebDist() });

    const res = await request(rawApp).get(url);

    expect(res.status).toBe(200);
    const csp = directives(res.headers['content-security-policy'] as string);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('script-src-attr')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Plain http on loopback: no HSTS, no upgrade of requests to https.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('200 with the X-Request-Id echoed when the caller sent a plain id, and a fresh one when it sent garbage', async () => {
    const { rawApp } = await openTestApp();

    const kept = await request(rawApp).get('/api/health').set('X-Request-Id', 'trace-42');
    const replaced = await request(rawApp).get('/api/health').set('X-Request-Id', 'a\tb {"x":1}');

    expect(kept.headers['x-request-id']).toBe('trace-42');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('error hygiene', () => {
  it('500 with only {"error":{"code":"internal"}}: no stack, message or path of the cause', async () => {
    const t = await openTestApp();
    const cause = new Error('ENOENT: open /srv/harborview/data/secret.db');
    const backend: ConsoleBackend = {
      ...t.twin.backend,
      listHosts: () => Promise.reject(cause),
    };
    const unexpected: unknown[] = [];
    const app = createApp({
      backend,
      auth: t.auth,
      version: 'test',
      log: (_message, fields) => unexpected.push(fields?.error),
    });
    const viewer = await t.loginAs('viewer');

    const res = await request(app).get('/api/hosts').set(viewer.headers);

    expect(bodyOf(res, 500, ErrorBodySchema)).toStrictEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(res.text).not.toMatch(/ENOENT|secret|\/srv\/|at .*\.ts/);
    expect(unexpected).toStrictEqual([String(cause)]);
  });
});
