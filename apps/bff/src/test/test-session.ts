import { CSRF_HEADER, SESSION_COOKIE, SessionSchema } from '@harborview/contracts/session';
import type { Express, NextFunction, Request, Response } from 'express';
import request from 'supertest';

import type { ScryptCost } from '../auth/passwords';

/** The password of `admin` and of every `loginAs` user in tests (and of the servers integration tests start). */
export const TEST_PASSWORD = 'harborview-test-password';
// Hashing at the production cost would add ~50 ms per test app; the format and the code path are the same.
export const TEST_SCRYPT_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

/** A signed-in session as a test holds it: send `headers` with each request. */
export interface TestSession {
  username: string;
  cookie: string;
  csrfToken: string;
  /** `Cookie` and `X-CSRF-Token`, ready for supertest's `.set(headers)` or fetch. */
  headers: Record<string, string>;
}

/** The session cookie out of a Set-Cookie list. */
export function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!found) throw new Error(`no ${SESSION_COOKIE} cookie in ${JSON.stringify(cookies)}`);
  return found.split(';')[0]!;
}

/** Signs in with `POST /api/session` on an app with no session attached. */
export async function signInOver(app: Express, username: string, password: string): Promise<TestSession> {
  const res = await request(app).post('/api/session').send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
  const cookie = sessionCookieOf(res.headers['set-cookie']);
  const { csrfToken } = SessionSchema.parse(res.body);
  return { username, cookie, csrfToken, headers: { Cookie: cookie, [CSRF_HEADER]: csrfToken } };
}

/**
 * `app` with a session attached to every request that brings none of its own, so tests written before sign-in
 * existed run unchanged. It is the same Express app underneath (listen, router and settings come through).
 */
export function signedInAs(app: Express, session: () => { token: string; csrfToken: string }): Express {
  const handler = (req: Request, res: Response, next: NextFunction): void => {
    const { token, csrfToken } = session();
    req.headers.cookie ??= `${SESSION_COOKIE}=${token}`;
    req.headers['x-csrf-token'] ??= csrfToken;
    app(req, res, next);
  };
  // Everything else (listen, router, set, locals) is looked up on the real app.
  Object.setPrototypeOf(handler, app);
  return handler as unknown as Express;
}
