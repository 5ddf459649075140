import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';

/** Small HTTP helpers for the walkthrough tests: every call asserts its status so a failing step names itself. */
export function walkthroughClient(app: Express) {
  const send = async (method: 'get' | 'post' | 'put' | 'delete', path: string, status: number, body?: unknown) => {
    const req = request(app)[method](path);
    const res = body === undefined ? await req : await req.send(body as object);
    expect(res.status, `${method.toUpperCase()} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body as Record<string, unknown> & { items?: unknown[] };
  };
  return {
    send,
    advance: (seconds: number) => send('post', '/api/twin/clock/advance', 200, { seconds }),
    /** Everything the walkthrough sets up before the failover. */
    async setUp(): Promise<void> {
      await send('post', '/api/setup/vib', 202, {});
      await send('post', '/api/setup/plugin', 202, {});
      await send('post', '/api/twin/clock/advance', 200, { seconds: 60 });
      await send('post', '/api/policies', 201, { name: 'SW=2', content: '(("stripeWidth" i2))' });
      await send('post', '/api/volumes', 201, { name: 'vsanvol1', opts: { size: '50gb' } });
      await send('post', '/api/volumes', 201, { name: 'vsanvol2', opts: { size: '20gb' } });
      await send('post', '/api/volumes', 201, { name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } });
    },
  };
}

/** The walkthrough's compose edit: registry storage, the database and job logs onto the three volumes. */
export const WALKTHROUGH_MAPPINGS = [
  { service: 'registry', target: '/storage', volume: 'vsanvol1' },
  { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol2' },
  { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
];
