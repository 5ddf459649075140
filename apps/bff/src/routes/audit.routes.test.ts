import { AuditEntrySchema, AuditPageSchema } from '@harborview/contracts/audit';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { getOnFreshApp } from '../test/route-test';
import { closeTestApps, openTestApp, TEST_PASSWORD } from '../test/test-app';

afterEach(closeTestApps);

async function auditOf(app: Parameters<typeof request>[0]) {
  const res = await request(app).get('/api/audit?limit=1000');
  expect(res.status).toBe(200);
  return AuditPageSchema.parse(res.body).items;
}

describe('the audit log', () => {
  it('200 with an entry for a change that succeeded: who, when (wall and twin time), what, target and result', async () => {
    const { app } = await openTestApp();

    await request(app).post('/api/hosts/host-1/power').send({ state: 'off' }).expect(202);
    const [entry] = await auditOf(app);

    expect(entry).toMatchObject({
      user: 'admin',
      role: 'admin',
      method: 'POST',
      route: '/api/hosts/:id/power',
      action: 'hosts.power',
      target: { id: 'host-1' },
      status: 202,
      errorCode: null,
      twinTime: '2017-03-01T09:00:00.000Z',
    });
    expect(entry?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry?.requestId).toMatch(/^[\w-]+$/);
  });

  it('200 with an entry for a refused change, carrying the status and error code', async () => {
    const { app } = await openTestApp();

    await request(app).delete('/api/volumes/missing').expect(404);
    const [entry] = await auditOf(app);

    expect(entry).toMatchObject({
      action: 'volumes.delete',
      target: { name: 'missing' },
      status: 404,
      errorCode: 'not_found',
    });
  });

  it('200 with entries for a viewer refused by role, and for sign-ins that failed and succeeded, never a password', async () => {
    const { app, rawApp, loginAs } = await openTestApp();
    const viewer = await loginAs('viewer');
    await request(rawApp).post('/api/session').send({ username: 'admin', password: 'a-wrong-guess' }).expect(401);
    await request(rawApp).put('/api/twin/clock').set(viewer.headers).send({ paused: true }).expect(403);
    await request(app).post('/api/users').send({ username: 'eve', role: 'viewer', password: 'secret-pass-1' });

    const entries = await auditOf(app);

    expect(entries.map((e) => [e.action, e.user, e.status, e.errorCode])).toStrictEqual([
      ['session.login', 'viewer-user', 200, null],
      ['session.login', 'admin', 401, 'unauthenticated'],
      ['twin.clock.update', 'viewer-user', 403, 'forbidden'],
      ['users.create', 'admin', 201, null],
    ]);
    expect(entries[3]?.target).toStrictEqual({ username: 'eve' });
    const stored = JSON.stringify(entries);
    for (const secret of [TEST_PASSWORD, 'a-wrong-guess', 'secret-pass-1', viewer.csrfToken]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('200 with no entry for reads, read-only checks and anonymous requests', async () => {
    const { app, rawApp } = await openTestApp();

    await request(app).get('/api/hosts').expect(200);
    await request(app).post('/api/policies/validate').send({ content: '(("stripeWidth" i2))' }).expect(200);
    await request(rawApp).post('/api/volumes').send({ name: 'x' }).expect(401);

    expect(await auditOf(app)).toStrictEqual([]);
  });

  it('200 with the next page after a cursor', async () => {
    const { app } = await openTestApp();
    for (const seconds of [1, 2, 3]) await request(app).post('/api/twin/clock/advance').send({ seconds });

    const first = AuditPageSchema.parse((await request(app).get('/api/audit?limit=2')).body);
    const next = AuditPageSchema.parse((await request(app).get(`/api/audit?after=${first.lastId}`)).body);

    expect(first.items).toHaveLength(2);
    expect(next.items.map((e) => e.id)).toStrictEqual([first.lastId + 1]);
  });

  it('400 when the cursor is not a count', async () => {
    const { app } = await openTestApp();

    expect((await request(app).get('/api/audit?after=-1')).status).toBe(400);
  });
});

describe('GET /api/audit/export', () => {
  it('200 with one AuditEntry JSON per line as application/x-ndjson', async () => {
    const { app } = await openTestApp();
    await request(app).put('/api/twin/clock').send({ paused: true }).expect(200);
    await request(app).post('/api/twin/clock/advance').send({ seconds: 5 }).expect(200);

    const res = await request(app).get('/api/audit/export');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="harborview-audit\.ndjson"/);
    const lines = res.text.split('\n');
    expect(lines.at(-1)).toBe('');
    const entries = lines.slice(0, -1).map((line) => AuditEntrySchema.parse(JSON.parse(line)));
    expect(entries.map((e) => e.action)).toStrictEqual(['twin.clock.update', 'twin.clock.advance']);
  });

  it('200 with an empty body when nothing was audited yet', async () => {
    const res = await getOnFreshApp('/api/audit/export');

    expect([res.status, res.text]).toStrictEqual([200, '']);
  });
});
