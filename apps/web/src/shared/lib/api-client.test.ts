import { CSRF_HEADER } from '@harborview/contracts/session';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { apiError } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';

import { callApi } from './api-client';
import { ApiError, setCsrfToken } from './http';

interface Seen {
  method: string;
  url: string;
  body: string;
  csrf: string | null;
}

/** Records what reaches `path` and answers with `reply`. */
function recording(method: 'get' | 'post' | 'put' | 'delete', path: string, reply: () => Response): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](path, async ({ request }) => {
      seen.push({
        method: request.method,
        url: request.url,
        body: await request.text(),
        csrf: request.headers.get(CSRF_HEADER),
      });
      return reply();
    }),
  );
  return seen;
}

const volume = {
  name: 'db',
  datastore: 'vsanDatastore',
  driver: 'vmdk',
  status: {},
};

afterEach(() => setCsrfToken(null));

describe('callApi', () => {
  it('when a route with path parameters is called, then each parameter is encoded into the path of its spec', async () => {
    const seen = recording('delete', '/api/users/:username', () => new HttpResponse(null, { status: 204 }));

    const answer = await callApi('users.remove', { params: { username: 'dana smith/2' } });

    expect(answer).toBeUndefined();
    expect(seen.map((s) => [s.method, new URL(s.url).pathname])).toStrictEqual([
      ['DELETE', '/api/users/dana%20smith%2F2'],
    ]);
  });

  it('when a query is given, then empty and missing values are left out and the rest sent', async () => {
    const seen = recording('get', '/api/events', () => HttpResponse.json({ items: [], lastId: 0 }));

    await callApi('events.list', { query: { limit: 1000, entity: undefined, after: 0 } });

    expect(new URL(seen[0]!.url).search).toBe('?limit=1000&after=0');
  });

  it('when a change is sent, then it goes with the spec’s method, the JSON body and the CSRF token', async () => {
    setCsrfToken('token-1');
    const seen = recording('put', '/api/session/password', () => new HttpResponse(null, { status: 204 }));

    await callApi('session.changePassword', { body: { currentPassword: 'a', newPassword: 'b' } });

    expect(seen.map(({ method, body, csrf }) => ({ method, body, csrf }))).toStrictEqual([
      { method: 'PUT', body: '{"currentPassword":"a","newPassword":"b"}', csrf: 'token-1' },
    ]);
  });

  it('when the answer does not match the spec’s response schema, then it fails with bad_response', async () => {
    recording('post', '/api/volumes', () => HttpResponse.json({ ...volume, name: 42 }, { status: 201 }));

    await expect(callApi('volumes.create', { body: { name: 'db', opts: {} } })).rejects.toMatchObject({
      code: 'bad_response',
    });
  });

  it('when the API refuses, then the error body arrives as an ApiError with its code and message', async () => {
    server.use(http.post('/api/volumes', () => apiError('conflict', 'Volume db already exists')));

    const failure = callApi('volumes.create', { body: { name: 'db', opts: {} } });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 409, code: 'conflict', message: 'Volume db already exists' });
  });

  it('when a call leaves out what its route needs, then it does not compile', () => {
    // Never run: the compiler checks these lines (web typecheck).
    const unchecked = (): unknown[] => [
      // @ts-expect-error the path needs :username
      callApi('users.remove'),
      // @ts-expect-error the body needs a name
      callApi('volumes.create', { body: { opts: {} } }),
      // @ts-expect-error no such route
      callApi('volumes.rename'),
    ];

    expect(typeof unchecked).toBe('function');
  });
});
