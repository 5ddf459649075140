/** The sign-in page's URL. */
export const LOGIN_PATH = '/login';
/** Where a signed-in user lands when the sign-in page names nowhere (or somewhere it may not go). */
export const DEFAULT_AFTER_LOGIN = '/';

/** The sign-in page, remembering where to come back to (`?next=`), e.g. `/login?next=%2Fvolumes%3Fpage%3D2`. */
export function loginPath(current: string): string {
  const next = safeNextPath(current);
  return next === DEFAULT_AFTER_LOGIN ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/**
 * The `next` page if it is a path on this console, else the default: no other origin (`//evil.example`,
 * `https://…`, `/\evil`), no `javascript:`, and never the sign-in page itself, so a crafted link cannot send a
 * user who just signed in anywhere else (an open redirect).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_AFTER_LOGIN;
  const base = 'http://console.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== base || url.pathname === LOGIN_PATH) return DEFAULT_AFTER_LOGIN;
  return `${url.pathname}${url.search}${url.hash}`;
}
