import { UserListSchema, UserSchema } from '@harborview/contracts/users';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { sendOnFreshApp } from '../test/route-test';
import { closeTestApps, openTestApp } from '../test/test-app';

afterEach(closeTestApps);

const NEW_USER = { username: 'dana', role: 'operator', password: 'dana-password-1' };

describe('GET and POST /api/users', () => {
  it('201 with the new user (no password or hash in the answer), then 200 listing it beside admin', async () => {
    const { app } = await openTestApp();

    const created = await request(app).post('/api/users').send(NEW_USER);
    const list = await request(app).get('/api/users');

    expect(created.status).toBe(201);
    expect(Object.keys(created.body as object).sort()).toStrictEqual([
      'createdAt',
      'passwordChangedAt',
      'role',
      'username',
    ]);
    expect(UserSchema.parse(created.body)).toMatchObject({ username: 'dana', role: 'operator' });
    expect(list.status).toBe(200);
    expect(UserListSchema.parse(list.body).items.map((u) => [u.username, u.role])).toStrictEqual([
      ['admin', 'admin'],
      ['dana', 'operator'],
    ]);
    await request(app).post('/api/session').send({ username: 'dana', password: NEW_USER.password }).expect(200);
  });

  it('409 when the name is taken, whatever its letter case', async () => {
    const { app } = await openTestApp();

    const res = await request(app)
      .post('/api/users')
      .send({ ...NEW_USER, username: 'ADMIN' });

    expect(res.status).toBe(409);
  });

  it.each([
    ['the name has a space', { ...NEW_USER, username: 'da na' }],
    ['the role is unknown', { ...NEW_USER, role: 'root' }],
    ['the password is under 8 characters', { ...NEW_USER, password: 'short' }],
  ])('400 when %s', async (_, body) => {
    const res = await sendOnFreshApp('post', '/api/users', body);

    expect(errorOf(res, 400).code).toBe('validation_failed');
  });
});

describe('PUT /api/users/:username', () => {
  it('200 with the new role, which applies to the user’s open session at once', async () => {
    const { app, rawApp, loginAs } = await openTestApp();
    const viewer = await loginAs('viewer');

    const res = await request(app).put('/api/users/viewer-user').send({ role: 'operator' });
    const nowAllowed = await request(rawApp).put('/api/twin/clock').set(viewer.headers).send({ paused: true });

    expect(bodyOf(res, 200, UserSchema).role).toBe('operator');
    expect(nowAllowed.status).toBe(200);
  });

  it('200 when an admin resets a password, and the user’s sessions end', async () => {
    const { app, rawApp, loginAs } = await openTestApp();
    const viewer = await loginAs('viewer');

    const res = await request(app).put('/api/users/viewer-user').send({ password: 'reset-by-admin' });

    expect(res.status).toBe(200);
    await request(rawApp).get('/api/session').set(viewer.headers).expect(401);
    await request(rawApp)
      .post('/api/session')
      .send({ username: 'viewer-user', password: 'reset-by-admin' })
      .expect(200);
  });

  it('409 when it would demote the last admin', async () => {
    const res = await sendOnFreshApp('put', '/api/users/admin', { role: 'operator' });

    expect(errorOf(res, 409).message).toMatch(/last admin/);
  });

  it('200 demoting admin once another admin exists', async () => {
    const { app, loginAs } = await openTestApp();
    await loginAs('admin');

    const res = await request(app).put('/api/users/admin').send({ role: 'viewer' });

    expect(res.status).toBe(200);
  });

  it('404 when there is no such user', async () => {
    const { app } = await openTestApp();

    expect((await request(app).put('/api/users/nobody').send({ role: 'viewer' })).status).toBe(404);
  });
});

describe('DELETE /api/users/:username', () => {
  it('204, and the removed user’s session stops working', async () => {
    const { app, rawApp, loginAs } = await openTestApp();
    const operator = await loginAs('operator');

    const res = await request(app).delete('/api/users/operator-user');

    expect(res.status).toBe(204);
    await request(rawApp).get('/api/session').set(operator.headers).expect(401);
  });

  it('409 when it is the last admin', async () => {
    const res = await sendOnFreshApp('delete', '/api/users/admin');

    expect(res.status).toBe(409);
  });

  it('404 when there is no such user', async () => {
    const { app } = await openTestApp();

    expect((await request(app).delete('/api/users/nobody')).status).toBe(404);
  });
});
