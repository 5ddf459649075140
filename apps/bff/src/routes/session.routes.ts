import { ChangePasswordBodySchema, LoginBodySchema, PresenterBodySchema } from '@harborview/contracts/session';
import type { Response, Router } from 'express';

import { clearSessionCookie, setSessionCookie } from '../auth/cookies';
import type { SessionRecord } from '../auth/session-manager';
import { changeOwnPassword, sessionBody, signIn } from '../auth/sign-in';
import type { AppDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { requestState } from '../security/request-state';

/** The session and user the auth guard found; only reached on routes that need one. */
function signedIn(res: Response): { session: SessionRecord; role: 'viewer' | 'operator' | 'admin' } {
  const { session, user } = requestState(res);
  if (!session || !user) throw new AppError('unauthenticated', 'Sign in first: no session, or it expired');
  return { session, role: user.role };
}

/** Sign in and out, who is signed in, presenter mode and changing one's own password. */
export function registerSessionRoutes(router: Router, { auth }: AppDeps): void {
  router.post('/session', async (req, res) => {
    const body = LoginBodySchema.parse(req.body);
    const state = requestState(res);
    state.signInName = body.username;
    const { token, session, role } = await signIn(auth, body, req.ip ?? 'unknown');
    // Signing in again replaces the session this browser had.
    if (state.session) auth.sessions.remove(state.session.id);
    Object.assign(state, { session, user: { username: session.username, role } });
    setSessionCookie(req, res, auth.cookieSecure, token);
    res.json(sessionBody(auth, session, role));
  });

  router.get('/session', (_req, res) => {
    const { session, role } = signedIn(res);
    res.json(sessionBody(auth, session, role));
  });

  router.delete('/session', (req, res) => {
    auth.sessions.remove(signedIn(res).session.id);
    clearSessionCookie(req, res, auth.cookieSecure);
    res.status(204).end();
  });

  router.put('/session/presenter', (req, res) => {
    const { active } = PresenterBodySchema.parse(req.body);
    const { session, role } = signedIn(res);
    const updated = auth.sessions.setPresenting(session.id, active);
    if (!updated) throw new AppError('unauthenticated', 'Sign in first: no session, or it expired');
    res.json(sessionBody(auth, updated, role));
  });

  router.put('/session/password', async (req, res) => {
    const body = ChangePasswordBodySchema.parse(req.body);
    await changeOwnPassword(auth, signedIn(res).session, body, req.ip ?? 'unknown');
    res.status(204).end();
  });
}
