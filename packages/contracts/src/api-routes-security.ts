import { ok } from './api-routes-infra';
import type { RouteSpec } from './api-spec';
import { AUDIT_EXPORT_CONTENT_TYPE, AuditPageSchema, AuditQuerySchema } from './audit';
import { ChangePasswordBodySchema, LoginBodySchema, PresenterBodySchema, SessionSchema } from './session';
import { CreateUserBodySchema, UpdateUserBodySchema, UserListSchema, UserSchema } from './users';

const noContent = (description: string): RouteSpec['responses'] => ({ 204: { description, schema: null } });

/** Routes of sign-in, users and the audit log (issue #8). */
export const SECURITY_ROUTES: RouteSpec[] = [
  {
    method: 'post',
    path: '/api/session',
    summary: 'Sign in: sets the HttpOnly session cookie and answers the CSRF token',
    tag: 'session',
    role: 'public',
    action: 'session.login',
    body: LoginBodySchema,
    responses: ok(SessionSchema, 'Signed in'),
    errors: [400, 401, 429],
  },
  {
    method: 'get',
    path: '/api/session',
    summary: 'Who is signed in, with the CSRF token and when the session expires',
    tag: 'session',
    responses: ok(SessionSchema, 'The session'),
    errors: [],
  },
  {
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out',
    tag: 'session',
    role: 'viewer',
    action: 'session.logout',
    responses: noContent('Signed out'),
    errors: [],
  },
  {
    method: 'put',
    path: '/api/session/presenter',
    summary: 'Presenter mode on or off: while on, the session does not expire when idle',
    tag: 'session',
    body: PresenterBodySchema,
    responses: ok(SessionSchema, 'The session'),
    errors: [400],
  },
  {
    method: 'put',
    path: '/api/session/password',
    summary: 'Change your own password (signs out your other sessions)',
    tag: 'session',
    role: 'viewer',
    body: ChangePasswordBodySchema,
    responses: noContent('Changed'),
    errors: [400, 429],
  },
  {
    method: 'get',
    path: '/api/users',
    summary: 'Console users',
    tag: 'users',
    role: 'admin',
    responses: ok(UserListSchema),
    errors: [],
  },
  {
    method: 'post',
    path: '/api/users',
    summary: 'Create a user',
    tag: 'users',
    role: 'admin',
    body: CreateUserBodySchema,
    responses: { 201: { description: 'Created', schema: UserSchema } },
    errors: [400, 409],
  },
  {
    method: 'put',
    path: '/api/users/:username',
    summary: "Change a user's role or reset their password (never demotes the last admin)",
    tag: 'users',
    role: 'admin',
    body: UpdateUserBodySchema,
    responses: ok(UserSchema),
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/users/:username',
    summary: 'Remove a user and end their sessions (never the last admin)',
    tag: 'users',
    role: 'admin',
    responses: noContent('Removed'),
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit log after an id, oldest first',
    tag: 'audit',
    role: 'admin',
    query: AuditQuerySchema,
    responses: ok(AuditPageSchema),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/audit/export',
    summary: 'The whole audit log as JSON lines',
    tag: 'audit',
    role: 'admin',
    responses: {
      200: { description: 'One AuditEntry per line', schema: null, contentType: AUDIT_EXPORT_CONTENT_TYPE },
    },
    errors: [],
  },
];
