import type { ChangePasswordBody, LoginBody, Session } from '@harborview/contracts/session';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { setCsrfToken } from '../../shared/lib/http';
import { sliceKeys } from '../../shared/lib/query-keys';

/** Query keys of the sign-in slice. */
export const sessionKeys = sliceKeys('session', ['current']);

/** `GET /api/session`: who is signed in. Its CSRF token goes to the HTTP client, which sends it on every change. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: async ({ signal }): Promise<Session> => {
      const session = await callApi('session.get', { signal });
      setCsrfToken(session.csrfToken);
      return session;
    },
    // The session changes only by sign-in, sign-out or a 401, each of which writes or clears the cache itself.
    staleTime: Infinity,
  });

/** `POST /api/session`: a 401 is a wrong name or password, a 429 too many tries (the message says how long). */
export async function signIn(body: LoginBody): Promise<Session> {
  const session = await callApi('session.signIn', { body });
  setCsrfToken(session.csrfToken);
  return session;
}

/** `DELETE /api/session`: sign out; the token is forgotten even if the session had already ended. */
export async function signOut(): Promise<void> {
  try {
    await callApi('session.signOut');
  } finally {
    setCsrfToken(null);
  }
}

/** `PUT /api/session/password`: change one's own password; the server signs out one's other sessions. */
export function changePassword(body: ChangePasswordBody): Promise<void> {
  return callApi('session.changePassword', { body });
}
