// Used by api-latency.ts: the console signs requests in with a session cookie (and a CSRF token on writes), so the
// bench does too, and its reads pay what a signed-in browser's reads pay. A server without sign-in (404 on
// POST /api/session) gets no headers.

/** The benches' admin password, set through ADMIN_PASSWORD on the fresh DATA_DIR the bench starts with. */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password';

/** Headers for a signed-in request: the session and CSRF cookies and the CSRF header. */
export type SessionHeaders = Record<string, string>;

/** Signs in as `admin`; empty headers when the server has no sign-in. */
export async function signIn(origin: string): Promise<SessionHeaders> {
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  });
  if (res.status === 404) return {};
  if (!res.ok) throw new Error(`POST /api/session: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': csrfToken };
}
