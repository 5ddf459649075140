import { z } from 'zod';

/** Machine-readable error codes the API answers with; the HTTP status is derived from the code. */
export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'unauthorized',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  /** A drill whose fault takes something down, without `confirm` naming each thing (details.goesDown). */
  'confirmation_required',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'rate_limited',
  'service_unavailable',
  'internal',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** HTTP status for each error code: one table, so handlers never pick statuses ad hoc. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  // No session, or it expired: sign in again.
  unauthenticated: 401,
  // Signed in, but the role is not enough.
  forbidden: 403,
  // A change without the session's X-CSRF-Token header (or with a wrong one).
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  confirmation_required: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  // Too many failed sign-ins; the answer carries Retry-After.
  rate_limited: 429,
  service_unavailable: 503,
  internal: 500,
};

/** The body of every `/api` error: `{"error":{"code","message","details"}}`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
