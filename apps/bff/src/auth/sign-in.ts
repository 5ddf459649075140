import type { LoginBody, Session } from '@harborview/contracts/session';
import type { Role } from '@harborview/contracts/users';

import { AppError } from '../errors/app-error';

import type { Auth } from './auth';
import type { SessionRecord } from './session-manager';

function throttled(seconds: number): AppError {
  return new AppError('rate_limited', `Too many failed sign-ins; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });
}

/**
 * Checks a name and password under the throttle (5 failures per name or address in 15 minutes → 429) and opens
 * a session. Every wrong part answers the same 401, and an unknown name costs the same time as a wrong password.
 */
export async function signIn(
  auth: Auth,
  body: LoginBody,
  address: string,
): Promise<{ token: string; session: SessionRecord; role: Role }> {
  const wait = auth.throttle.retryAfterSeconds(body.username, address);
  if (wait > 0) throw throttled(wait);
  const user = await auth.users.verify(body.username, body.password);
  if (!user) {
    auth.throttle.recordFailure(body.username, address);
    throw new AppError('unauthenticated', 'Wrong user name or password');
  }
  auth.throttle.recordSuccess(body.username);
  const { token, session } = auth.sessions.create(user.username);
  return { token, session, role: user.role };
}

/** A signed-in user changes their own password; it counts against the throttle like a sign-in, and ends their other sessions. */
export async function changeOwnPassword(
  auth: Auth,
  session: SessionRecord,
  passwords: { currentPassword: string; newPassword: string },
  address: string,
): Promise<void> {
  const wait = auth.throttle.retryAfterSeconds(session.username, address);
  if (wait > 0) throw throttled(wait);
  if (!(await auth.users.verify(session.username, passwords.currentPassword))) {
    auth.throttle.recordFailure(session.username, address);
    throw new AppError('validation_failed', 'The current password is wrong', [
      { path: 'currentPassword', message: 'The current password is wrong' },
    ]);
  }
  await auth.users.setPassword(session.username, passwords.newPassword);
  auth.sessions.removeAllOf(session.username, session.id);
}

/** The session as `GET /api/session` shows it. */
export function sessionBody(auth: Pick<Auth, 'sessions'>, session: SessionRecord, role: Role): Session {
  const expires = auth.sessions.expiresAtMs(session);
  return {
    username: session.username,
    role,
    csrfToken: session.csrfToken,
    expiresAt: expires === null ? null : new Date(expires).toISOString(),
    idleTimeoutSeconds: Math.round(auth.sessions.idleMs / 1000),
    presenting: session.presenting,
  };
}
