import { API_ROUTES } from '@harborview/contracts/routes';
import { CSRF_HEADER, SessionSchema } from '@harborview/contracts/session';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sessionFixture } from '../../test/auth-fixtures';
import { apiError } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';

import { ApiError, onUnauthenticated, request, requestNoContent, setCsrfToken } from './http';

/** Records the CSRF header of each request to `path` and answers 204. */
function recordingCsrf(path: string): (string | null)[] {
  const seen: (string | null)[] = [];
  const answer = ({ request: r }: { request: Request }) => {
    seen.push(r.headers.get(CSRF_HEADER));
    return r.method === 'GET' ? HttpResponse.json(sessionFixture()) : new HttpResponse(null, { status: 204 });
  };
  server.use(http.get(path, answer), http.post(path, answer), http.delete(path, answer));
  return seen;
}

afterEach(() => setCsrfToken(null));

describe('the HTTP client and the session', () => {
  it('when a POST is sent, then it carries the session’s CSRF token, and a GET does not', async () => {
    setCsrfToken('token-1');
    const seen = recordingCsrf('/api/thing');

    await requestNoContent('/api/thing', { method: 'POST', body: '{}' });
    await request(SessionSchema, '/api/thing');

    expect(seen).toStrictEqual(['token-1', null]);
  });

  it('when the API answers 401, then the listeners hear the session ended and the token is forgotten', async () => {
    setCsrfToken('token-1');
    server.use(http.get('/api/hosts', () => apiError('unauthenticated', 'Sign in first')));
    const ended = vi.fn();
    const stop = onUnauthenticated(ended);

    await expect(request(SessionSchema, '/api/hosts')).rejects.toMatchObject({ status: 401 });
    const seen = recordingCsrf('/api/thing');
    await requestNoContent('/api/thing', { method: 'DELETE' });
    stop();

    expect(ended).toHaveBeenCalledTimes(1);
    expect(seen).toStrictEqual([null]);
  });

  it('when a sign-in is refused with 401, then nobody is signed out (the form shows it)', async () => {
    server.use(http.post(API_ROUTES.session, () => apiError('unauthenticated', 'Wrong user name or password')));
    const ended = vi.fn();
    const stop = onUnauthenticated(ended);

    await expect(
      request(SessionSchema, API_ROUTES.session, { method: 'POST', body: '{"username":"a","password":"b"}' }),
    ).rejects.toBeInstanceOf(ApiError);
    stop();

    expect(ended).not.toHaveBeenCalled();
  });

  it('when the role is not enough (403), then the error says which role is required', async () => {
    server.use(
      http.post('/api/volumes', () =>
        apiError('forbidden', 'This needs the operator role; victor is viewer', { role: 'operator' }),
      ),
    );

    await expect(requestNoContent('/api/volumes', { method: 'POST', body: '{}' })).rejects.toMatchObject({
      status: 403,
      message: 'You do not have permission: operator required',
    });
  });

  it('when the CSRF token is stale (another tab signed in again), then it is fetched anew and the change sent once more', async () => {
    setCsrfToken('stale');
    const fresh = sessionFixture('admin');
    const sent: (string | null)[] = [];
    server.use(
      http.get(API_ROUTES.session, () => HttpResponse.json(fresh)),
      http.post('/api/policies', ({ request: r }) => {
        sent.push(r.headers.get(CSRF_HEADER));
        return r.headers.get(CSRF_HEADER) === fresh.csrfToken
          ? new HttpResponse(null, { status: 204 })
          : apiError('csrf_failed', 'Send the CSRF token');
      }),
    );

    await requestNoContent('/api/policies', { method: 'POST', body: '{}' });

    expect(sent).toStrictEqual(['stale', fresh.csrfToken]);
  });
});
