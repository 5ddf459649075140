import type { Response, Router } from 'express';

import { clearSessionCookie, setSessionCookie } from '../auth/cookies';
import type { SessionRecord } from '../auth/session-manager';
import { changeOwnPassword, sessionBody, signIn } from '../auth/sign-in';
import type { AppDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { requestState } from '../security/request-state';

import { route } from './define-route';

/** The session and user the auth guard found; only reached on routes that need one. */
function signedIn(res: Response): { session: SessionRecord; role: 'viewer' | 'operator' | 'admin' } {
  const { session, user } = requestState(res);
  if (!session || !user) throw new AppError('unauthenticated', 'Sign in first: no session, or it expired');
  return { session, role: user.role };
}

/** Sign in and out, who is signed in, presenter mode and changing one's own password. */
export function registerSessionRoutes(router: Router, { auth }: Pick<AppDeps, 'auth'>): void {
  route(router, 'session.signIn', async ({ body, req, res }) => {
    const state = requestState(res);
    state.signInName = body.username;
    const { token, session, role } = await signIn(auth, body, req.ip ?? 'unknown');
    // Signing in again replaces the session this browser had.
    if (state.session) auth.sessions.remove(state.session.id);
    Object.assign(state, { session, user: { username: session.username, role } });
    setSessionCookie(req, res, auth.cookieSecure, token);
    return sessionBody(auth, session, role);
  });

  route(router, 'session.get', ({ res }) => {
    const { session, role } = signedIn(res);
    return sessionBody(auth, session, role);
  });

  route(router, 'session.signOut', ({ req, res }) => {
    auth.sessions.remove(signedIn(res).session.id);
    clearSessionCookie(req, res, auth.cookieSecure);
    return undefined;
  });

  route(router, 'session.setPresenter', ({ body, res }) => {
    const { session, role } = signedIn(res);
    const updated = auth.sessions.setPresenting(session.id, body.active);
    if (!updated) throw new AppError('unauthenticated', 'Sign in first: no session, or it expired');
    return sessionBody(auth, updated, role);
  });

  route(router, 'session.changePassword', async ({ body, req, res }) => {
    await changeOwnPassword(auth, signedIn(res).session, body, req.ip ?? 'unknown');
    return undefined;
  });
}
