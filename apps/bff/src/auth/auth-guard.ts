import { timingSafeEqual } from 'node:crypto';

import type { RouteSpec } from '@harborview/contracts/api-spec';
import { requiredRole } from '@harborview/contracts/api-spec';
import { CSRF_HEADER, SESSION_COOKIE } from '@harborview/contracts/session';
import { roleAllows } from '@harborview/contracts/users';
import type { RequestHandler } from 'express';

import { AppError } from '../errors/app-error';
import { requestState } from '../security/request-state';

import type { Auth } from './auth';
import { readCookie } from './cookies';
import { createRouteLookup } from './route-lookup';
import { createStreamReaper } from './stream-reaper';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The one place access is decided. It looks the request up in API_SPEC and applies the route's role
 * (`requiredRole`): public routes pass; every other one needs a live session (401 `unauthenticated`), for any
 * method but GET/HEAD the session's X-CSRF-Token (403 `csrf_failed`), and the role (403 `forbidden`). A path
 * API_SPEC does not know needs a session too, so nobody learns which routes exist without signing in.
 * Mounted on the /api router before the body parsers, so nothing is parsed for a caller who is turned away.
 */
export function createAuthGuard(auth: Pick<Auth, 'sessions' | 'users'>, specs: readonly RouteSpec[]): RequestHandler {
  const lookup = createRouteLookup(specs);
  const reaper = createStreamReaper((id) => auth.sessions.isLive(id));
  return (req, res, next) => {
    const state = requestState(res);
    state.route = lookup(req.method, req.baseUrl + req.path);
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = token === undefined ? undefined : auth.sessions.touch(token);
    const user = session && auth.users.find(session.username);
    if (session && user) Object.assign(state, { session, user });

    const access = state.route ? requiredRole(state.route.spec) : 'viewer';
    if (access === 'public') return next();
    if (!session || !user) return next(new AppError('unauthenticated', 'Sign in first: no session, or it expired'));
    if (!SAFE_METHODS.has(req.method) && !sameToken(req.header(CSRF_HEADER), session.csrfToken)) {
      return next(new AppError('csrf_failed', `Send the session's CSRF token in the ${CSRF_HEADER} header`));
    }
    if (!roleAllows(user.role, access)) {
      return next(
        new AppError('forbidden', `This needs the ${access} role; ${user.username} is ${user.role}`, { role: access }),
      );
    }
    // A stream outlives the request that opened it: end it when its session ends (sign-out, expiry, removal).
    if (state.route?.spec.responses[200]?.contentType === 'text/event-stream') reaper.track(res, session.id);
    next();
  };
}
