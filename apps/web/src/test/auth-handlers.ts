import type { AuditEntry } from '@harborview/contracts/audit';
import { AuditQuerySchema } from '@harborview/contracts/audit';
import type { ErrorBody, ErrorCode } from '@harborview/contracts/errors';
import { ERROR_STATUS } from '@harborview/contracts/errors';
import { API_ROUTES } from '@harborview/contracts/routes';
import type { Session } from '@harborview/contracts/session';
import { CSRF_HEADER, LoginBodySchema } from '@harborview/contracts/session';
import type { User } from '@harborview/contracts/users';
import { CreateUserBodySchema, UpdateUserBodySchema } from '@harborview/contracts/users';
import type { HttpHandler } from 'msw';
import { http, HttpResponse } from 'msw';

import { auditFixture, FIXTURE_PASSWORD, sessionFixture, userFixture, usersFixture } from './auth-fixtures';

/** The API's error body with the status its code has. */
export function apiError(code: ErrorCode, message: string, details?: unknown): HttpResponse<ErrorBody> {
  return HttpResponse.json(
    { error: { code, message, ...(details === undefined ? {} : { details }) } } satisfies ErrorBody,
    {
      status: ERROR_STATUS[code],
    },
  );
}

export interface AuthScenario {
  /** Who GET /api/session says is signed in; null answers 401. */
  session?: Session | null;
  users?: User[];
  audit?: AuditEntry[];
  /** Every change request's method, path and X-CSRF-Token header, for assertions. */
  received?: { method: string; path: string; csrf: string | null }[];
}

/**
 * Session, user and audit routes as the BFF answers them: sign-in with {@link FIXTURE_PASSWORD} for any fixture
 * user, the last admin refused with 409. Each call keeps its own users, so no test leaks into the next.
 */
export function authHandlers(scenario: AuthScenario = {}): HttpHandler[] {
  let session = scenario.session === undefined ? sessionFixture() : scenario.session;
  const users = new Map((scenario.users ?? usersFixture()).map((u) => [u.username, u]));
  const audit = scenario.audit ?? auditFixture();
  const record = (request: Request): void =>
    void scenario.received?.push({
      method: request.method,
      path: new URL(request.url).pathname,
      csrf: request.headers.get(CSRF_HEADER),
    });
  const admins = (): number => [...users.values()].filter((u) => u.role === 'admin').length;
  const lastAdmin = (): HttpResponse<ErrorBody> =>
    apiError('conflict', 'The last admin cannot be removed or demoted; make another admin first');

  return [
    http.get(API_ROUTES.session, () =>
      session ? HttpResponse.json(session) : apiError('unauthenticated', 'Sign in first: no session, or it expired'),
    ),
    http.post(API_ROUTES.session, async ({ request }) => {
      const body = LoginBodySchema.safeParse(await request.json());
      const user = body.success ? users.get(body.data.username) : undefined;
      if (!body.success || !user || body.data.password !== FIXTURE_PASSWORD) {
        return apiError('unauthenticated', 'Wrong user name or password');
      }
      session = sessionFixture(user.role, user.username);
      return HttpResponse.json(session);
    }),
    http.delete(API_ROUTES.session, ({ request }) => {
      record(request);
      session = null;
      return new HttpResponse(null, { status: 204 });
    }),
    http.put(API_ROUTES.sessionPassword, async ({ request }) => {
      record(request);
      const body = (await request.json()) as { currentPassword?: string };
      if (body.currentPassword !== FIXTURE_PASSWORD) {
        return apiError('validation_failed', 'The current password is wrong', [
          { path: 'currentPassword', message: 'The current password is wrong' },
        ]);
      }
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(API_ROUTES.users, () => HttpResponse.json({ items: [...users.values()] })),
    http.post(API_ROUTES.users, async ({ request }) => {
      record(request);
      const body = CreateUserBodySchema.safeParse(await request.json());
      if (!body.success) return apiError('validation_failed', body.error.issues[0]?.message ?? 'Invalid');
      if (users.has(body.data.username)) {
        return apiError('conflict', `A user named '${body.data.username}' already exists`);
      }
      const user = userFixture(body.data.username, body.data.role);
      users.set(user.username, user);
      return HttpResponse.json(user, { status: 201 });
    }),
    http.put(`${API_ROUTES.users}/:username`, async ({ request, params }) => {
      record(request);
      const user = users.get(String(params.username));
      if (!user) return apiError('not_found', `No user named '${String(params.username)}'`);
      const body = UpdateUserBodySchema.safeParse(await request.json());
      if (!body.success) return apiError('validation_failed', 'Give role or password');
      if (body.data.role && body.data.role !== 'admin' && user.role === 'admin' && admins() === 1) return lastAdmin();
      const updated = { ...user, ...(body.data.role ? { role: body.data.role } : {}) };
      users.set(user.username, updated);
      return HttpResponse.json(updated);
    }),
    http.delete(`${API_ROUTES.users}/:username`, ({ request, params }) => {
      record(request);
      const user = users.get(String(params.username));
      if (!user) return apiError('not_found', `No user named '${String(params.username)}'`);
      if (user.role === 'admin' && admins() === 1) return lastAdmin();
      users.delete(user.username);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(API_ROUTES.audit, ({ request }) => {
      const q = AuditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!q.success) return apiError('validation_failed', q.error.message);
      const items = audit.filter((e) => e.id > q.data.after).slice(0, q.data.limit);
      return HttpResponse.json({ items, lastId: items.at(-1)?.id ?? q.data.after });
    }),
  ];
}
