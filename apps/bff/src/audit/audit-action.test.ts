import { API_SPEC } from '@harborview/contracts/api-routes';
import { describe, expect, it } from 'vitest';

import { auditAction } from './audit-action';

const actionOf = (method: string, path: string): string => {
  const spec = API_SPEC.find((s) => s.method === method && s.path === path);
  if (!spec) throw new Error(`no route ${method} ${path}`);
  return auditAction(spec, API_SPEC);
};

describe('audit action names', () => {
  it.each([
    ['post', '/api/hosts/:id/power', 'hosts.power'],
    ['post', '/api/hosts/:id/disks/:diskId/fail', 'hosts.disks.fail'],
    ['put', '/api/cluster/ha', 'cluster.ha'],
    ['post', '/api/policies', 'policies.create'],
    ['put', '/api/policies/:name', 'policies.update'],
    ['delete', '/api/volumes/:name', 'volumes.delete'],
    ['put', '/api/twin/clock', 'twin.clock.update'],
    ['post', '/api/twin/clock/advance', 'twin.clock.advance'],
    ['post', '/api/session', 'session.login'],
    ['delete', '/api/session', 'session.logout'],
  ])('when the route is %s %s, then the action is %s', (method, path, action) => {
    expect(actionOf(method, path)).toBe(action);
  });

  it('when every change route is named, then no two share a name', () => {
    const names = API_SPEC.filter((s) => s.method !== 'get').map((s) => auditAction(s, API_SPEC));

    expect(new Set(names).size).toBe(names.length);
  });
});
