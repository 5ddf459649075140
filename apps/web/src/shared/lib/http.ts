import { ErrorBodySchema } from '@harborview/contracts/errors';
import { API_ROUTES } from '@harborview/contracts/routes';
import { CSRF_HEADER, SessionSchema } from '@harborview/contracts/session';
import type { Role } from '@harborview/contracts/users';
import { RoleSchema } from '@harborview/contracts/users';
import type { z } from 'zod';

/** An API failure with the server's code and message, or `network`/`bad_response` when there was none. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The sentence a 403 `forbidden` shows in place of what was refused (issue #8). */
export function permissionMessage(role: Role | null): string {
  return role ? `You do not have permission: ${role} required` : 'You do not have permission';
}

// The BFF's 403 names the role the route needs in `details.role`.
function requiredRoleOf(details: unknown): Role | null {
  const role = RoleSchema.safeParse((details as { role?: unknown } | undefined)?.role);
  return role.success ? role.data : null;
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    if (code === 'forbidden') {
      return new ApiError(response.status, code, permissionMessage(requiredRoleOf(details)), details);
    }
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

// The session's CSRF token lives in memory only (never localStorage): set by sign-in and GET /api/session,
// forgotten at sign-out and on any 401.
let csrfToken: string | null = null;
const signedInListeners = new Set<() => void>();
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the token `X-CSRF-Token` carries; a first token after none tells `onSignedIn` listeners. */
export function setCsrfToken(token: string | null): void {
  const wasSignedIn = csrfToken !== null;
  csrfToken = token;
  if (token !== null && !wasSignedIn) signedInListeners.forEach((listener) => listener());
}

/** Called once a session starts (the live stream waits for it after a 401). Returns the unsubscribe function. */
export function onSignedIn(listener: () => void): () => void {
  signedInListeners.add(listener);
  return () => signedInListeners.delete(listener);
}

/** Called on every 401 but a failed sign-in: the session is gone. Returns the unsubscribe function. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Sends one request to the BFF: throws ApiError on failure and parses success bodies with the response schema from
 * @harborview/contracts. Slices call routes through `callApi(id, …)` (api-client.ts), which builds the URL and
 * picks the schema from the route table and then comes here.
 */
export async function request<S extends z.ZodType>(
  schema: S,
  path: string,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  const response = await send(path, init);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', `Unexpected response from ${path}`);
  return parsed.data;
}

async function fetchOnce(path: string, init: RequestInit, method: string): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(!SAFE_METHODS.has(method) && csrfToken ? { [CSRF_HEADER]: csrfToken } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
}

async function send(path: string, init: RequestInit, retried = false): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const response = await fetchOnce(path, init, method);
  if (response.ok) return response;
  const error = await readError(response);
  // A sign-in in another tab replaces this browser's session (and its token): fetch the new one and try once more.
  if (error.code === 'csrf_failed' && !retried && (await refreshCsrfToken())) return send(path, init, true);
  // A refused sign-in is a 401 too, but only the login form should hear about it.
  const signingIn = method === 'POST' && path === API_ROUTES.session;
  if (error.status === 401 && !signingIn) {
    csrfToken = null;
    unauthenticatedListeners.forEach((listener) => listener());
  }
  throw error;
}

async function refreshCsrfToken(): Promise<boolean> {
  const session = await request(SessionSchema, API_ROUTES.session).catch(() => null);
  if (session) setCsrfToken(session.csrfToken);
  return session !== null;
}

/**
 * Whether this browser still has a session, for callers that cannot see a status (EventSource). Only a 401 says
 * no (and tells `onUnauthenticated` listeners); a network failure is not a sign-out.
 */
export async function hasSession(): Promise<boolean> {
  try {
    await send(API_ROUTES.session, {});
    return true;
  } catch (error) {
    return !(error instanceof ApiError && error.status === 401);
  }
}

/** For calls that answer 204 No Content (removals): same errors as `request`, no body to parse. */
export async function requestNoContent(path: string, init: RequestInit = {}): Promise<void> {
  await send(path, init);
}

/** TanStack Query retry policy: never retry a 4xx, retry anything else twice (Headlamp's api/v2/retry.ts). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
