import { ErrorBodySchema } from '@harborview/contracts/errors';
import { SessionSchema } from '@harborview/contracts/session';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import type { TestAppOptions } from '../test/test-app';
import { closeTestApps, openTestApp, TEST_PASSWORD } from '../test/test-app';

afterEach(closeTestApps);

const START_MS = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60_000;

/** A test app whose wall clock only moves when told, so idle expiry is tested without waiting. */
async function getTestContext(options: TestAppOptions = {}) {
  let now = START_MS;
  const t = await openTestApp({}, 'off', { nowMs: () => now, ...options });
  return { ...t, advance: (ms: number) => void (now += ms) };
}

const signIn = (app: Parameters<typeof request>[0], password = TEST_PASSWORD, username = 'admin') =>
  request(app).post('/api/session').send({ username, password });

describe('POST /api/session', () => {
  it('200 with an HttpOnly SameSite=Strict session cookie and the CSRF token in the body', async () => {
    const { rawApp } = await getTestContext();

    const res = await signIn(rawApp);

    const session = bodyOf(res, 200, SessionSchema);
    expect(session).toMatchObject({ username: 'admin', role: 'admin', presenting: false, idleTimeoutSeconds: 1800 });
    expect(session.expiresAt).toBe(new Date(START_MS + 30 * MINUTE).toISOString());
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^hv_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookies[0]).not.toContain(session.csrfToken);
  });

  it('200 with a Secure cookie when the request came over https behind a trusted proxy', async () => {
    const { rawApp } = await openTestApp({ trustProxy: true });

    const res = await signIn(rawApp).set('X-Forwarded-Proto', 'https');

    expect(res.status).toBe(200);
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
  });

  it.each([
    ['the password is wrong', 'admin', 'not-the-password'],
    ['the user does not exist', 'nobody', TEST_PASSWORD],
  ])('401 with the same message when %s', async (_, username, password) => {
    const { rawApp } = await getTestContext();

    const res = await signIn(rawApp, password, username);

    expect(errorOf(res, 401)).toStrictEqual({
      code: 'unauthenticated',
      message: 'Wrong user name or password',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('429 with Retry-After after 5 failed sign-ins, even with the right password, until 15 minutes pass', async () => {
    const { rawApp, advance } = await getTestContext();
    for (let i = 0; i < 5; i++) await signIn(rawApp, 'wrong-password').expect(401);

    const res = await signIn(rawApp);
    advance(15 * MINUTE);
    const later = await signIn(rawApp);

    expect(errorOf(res, 429).code).toBe('rate_limited');
    expect(res.headers['retry-after']).toBe('900');
    expect(later.status).toBe(200);
  });

  it('400 when the body is not a user name and password', async () => {
    const { rawApp } = await getTestContext();

    const res = await request(rawApp).post('/api/session').send({ username: 'admin' });

    expect(res.status).toBe(400);
  });
});

describe('GET and DELETE /api/session', () => {
  it('200 with who is signed in, and 401 once signed out', async () => {
    const { rawApp, loginAs } = await getTestContext();
    const viewer = await loginAs('viewer');

    const before = await request(rawApp).get('/api/session').set(viewer.headers);
    const out = await request(rawApp).delete('/api/session').set(viewer.headers);
    const after = await request(rawApp).get('/api/session').set(viewer.headers);

    expect(before.status).toBe(200);
    expect(SessionSchema.parse(before.body)).toMatchObject({ username: 'viewer-user', role: 'viewer' });
    expect(out.status).toBe(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join()).toMatch(/hv_session=;/);
    expect(after.status).toBe(401);
    expect(ErrorBodySchema.parse(after.body).error.code).toBe('unauthenticated');
  });
});

describe('idle timeout', () => {
  it('401 when the session was idle longer than the timeout; 200 while requests keep it alive', async () => {
    const { rawApp, loginAs, advance } = await getTestContext();
    const kept = await loginAs('viewer');
    const idle = await loginAs('operator');

    for (let i = 0; i < 3; i++) {
      advance(20 * MINUTE);
      await request(rawApp).get('/api/hosts').set(kept.headers).expect(200);
    }
    const res = await request(rawApp).get('/api/hosts').set(idle.headers);

    expect(res.status).toBe(401);
  });

  it('401 after a shorter idle timeout when SESSION_IDLE_MINUTES sets one', async () => {
    const { rawApp, loginAs, advance } = await getTestContext({ idleMs: 5 * MINUTE });
    const viewer = await loginAs('viewer');

    advance(5 * MINUTE);
    const res = await request(rawApp).get('/api/hosts').set(viewer.headers);

    expect(res.status).toBe(401);
  });
});

describe('PUT /api/session/presenter', () => {
  it('200 with no expiry while presenting: an hour idle keeps the session; after turning it off it expires again', async () => {
    const { rawApp, loginAs, advance } = await getTestContext();
    const operator = await loginAs('operator');

    const on = await request(rawApp).put('/api/session/presenter').set(operator.headers).send({ active: true });
    advance(60 * MINUTE);
    const during = await request(rawApp).get('/api/session').set(operator.headers);
    const off = await request(rawApp).put('/api/session/presenter').set(operator.headers).send({ active: false });
    advance(31 * MINUTE);
    const after = await request(rawApp).get('/api/session').set(operator.headers);

    expect(on.status).toBe(200);
    expect(SessionSchema.parse(on.body)).toMatchObject({ presenting: true, expiresAt: null });
    expect(SessionSchema.parse(during.body).presenting).toBe(true);
    expect(SessionSchema.parse(off.body).expiresAt).toBe(new Date(START_MS + 90 * MINUTE).toISOString());
    expect(after.status).toBe(401);
  });

  it('403 for a viewer: presenter mode is an operator tool', async () => {
    const { rawApp, loginAs } = await getTestContext();
    const viewer = await loginAs('viewer');

    const res = await request(rawApp).put('/api/session/presenter').set(viewer.headers).send({ active: true });

    expect(res.status).toBe(403);
  });
});

describe('PUT /api/session/password', () => {
  it('204, then the new password signs in, the old one does not, and other sessions are signed out', async () => {
    const { rawApp, loginAs } = await getTestContext();
    const here = await loginAs('viewer');
    const elsewhere = await loginAs('viewer');

    const res = await request(rawApp)
      .put('/api/session/password')
      .set(here.headers)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' });

    expect(res.status).toBe(204);
    await request(rawApp).get('/api/session').set(here.headers).expect(200);
    await request(rawApp).get('/api/session').set(elsewhere.headers).expect(401);
    await signIn(rawApp, TEST_PASSWORD, 'viewer-user').expect(401);
    await signIn(rawApp, 'a-brand-new-password', 'viewer-user').expect(200);
  });

  it.each([
    ['the current password is wrong', { currentPassword: 'wrong-password', newPassword: 'a-brand-new-password' }],
    ['the new password is too short', { currentPassword: TEST_PASSWORD, newPassword: 'short' }],
  ])('400 when %s', async (_, body) => {
    const { rawApp, loginAs } = await getTestContext();
    const viewer = await loginAs('viewer');

    const res = await request(rawApp).put('/api/session/password').set(viewer.headers).send(body);

    expect(errorOf(res, 400).code).toBe('validation_failed');
  });
});
