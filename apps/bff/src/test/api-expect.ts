import { ErrorBodySchema } from '@harborview/contracts/errors';
import type { ErrorBody } from '@harborview/contracts/errors';
import { expect } from 'vitest';

/**
 * Asserts that `res` answered `status` with the error envelope, and returns the envelope's `error` for the
 * test's own checks (route tests check the status and the envelope together on nearly every failure).
 *
 * @example expect(errorOf(res, 400).code).toBe('validation_failed');
 */
export function errorOf(res: { status: number; body: unknown }, status: number): ErrorBody['error'] {
  expect(res.status).toBe(status);
  return ErrorBodySchema.parse(res.body).error;
}
