import { ErrorBodySchema } from '@harborview/contracts/errors';
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

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

/**
 * The one way the console calls the BFF: throws ApiError on failure and parses success bodies
 * with the response schema from @harborview/contracts.
 * @example const hosts = await request(HostListSchema, API_ROUTES.hosts);
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

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) throw await readError(response);
  return response;
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
