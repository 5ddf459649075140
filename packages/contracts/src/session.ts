import { z } from 'zod';

import { PasswordSchema, RoleSchema } from './users';

/** The HttpOnly session cookie the BFF sets at sign-in (SameSite=Strict). */
export const SESSION_COOKIE = 'hv_session';
/**
 * Every request but GET/HEAD must carry the session's CSRF token in this header. The token comes in the body of
 * `POST /api/session` and `GET /api/session` only (no readable cookie), so a page must be same-origin to learn it.
 */
export const CSRF_HEADER = 'X-CSRF-Token';
/** Echoed on every response; give one to correlate a request with the server log. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** `POST /api/session`: sign in. Any wrong part answers the same 401, so names cannot be probed. */
export const LoginBodySchema = z.strictObject({
  // Not UsernameSchema: a malformed name is just a failed sign-in, not a 400 that says which names are possible.
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** The signed-in session: `POST /api/session` and `GET /api/session` answer it. */
export const SessionSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  /** Send back in the X-CSRF-Token header on every request but GET/HEAD. */
  csrfToken: z.string(),
  /** When the session ends if nothing else is asked (ISO wall time); null while presenting suspends the idle timeout. */
  expiresAt: z.string().nullable(),
  idleTimeoutSeconds: z.number().int().positive(),
  presenting: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

/** `PUT /api/session/presenter` (operator): while active the session does not expire when idle. */
export const PresenterBodySchema = z.strictObject({ active: z.boolean() });
export type PresenterBody = z.infer<typeof PresenterBodySchema>;

/** `PUT /api/session/password`: any signed-in user changes their own password; other sessions are signed out. */
export const ChangePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;
