import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { closeTestApps, openTestApp, TEST_PASSWORD } from '../test/test-app';

import { createLogger, toLogFunction } from './logger';

afterEach(closeTestApps);

/** A test app whose pino logger writes into `lines`. */
async function getTestContext() {
  const lines: string[] = [];
  const logger = createLogger({ destination: { write: (line: string) => void lines.push(line) } });
  const t = await openTestApp({ logger });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...t, logger, lines, records };
}

describe('the request log', () => {
  it('when a request is answered, then one line has its id (as echoed), method, path without query, status, ms and user', async () => {
    const { app, records } = await getTestContext();

    const res = await request(app).get('/api/volumes?filter=secret-ish');

    const line = records().find((r) => r.msg === 'request');
    expect(line).toMatchObject({
      level: 'info',
      reqId: res.headers['x-request-id'],
      method: 'GET',
      path: '/api/volumes',
      status: 200,
      user: 'admin',
    });
    expect(typeof line?.ms).toBe('number');
    expect(typeof line?.time).toBe('string');
  });

  it('when someone signs in and changes data, then no line holds the password, the cookie or the CSRF token', async () => {
    const { rawApp, lines, loginAs } = await getTestContext();
    const viewer = await loginAs('viewer');
    await request(rawApp).post('/api/session').send({ username: 'admin', password: 'wrong-guess-1' });
    await request(rawApp).put('/api/session/password').set(viewer.headers).send({
      currentPassword: TEST_PASSWORD,
      newPassword: 'new-secret-22',
    });

    const text = lines.join('');

    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const secret of [TEST_PASSWORD, 'wrong-guess-1', 'new-secret-22', viewer.csrfToken, viewer.cookie]) {
      expect(text).not.toContain(secret);
    }
  });

  it('when a caller logs fields named like secrets, then pino redacts them', () => {
    const lines: string[] = [];
    const log = toLogFunction(createLogger({ destination: { write: (line: string) => void lines.push(line) } }));

    log('signed in', { password: 'p1', body: { newPassword: 'p2', name: 'ok' }, headers: { cookie: 'c=1' } });

    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({
      msg: 'signed in',
      password: '[redacted]',
      body: { newPassword: '[redacted]', name: 'ok' },
      headers: { cookie: '[redacted]' },
    });
  });
});
