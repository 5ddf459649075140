import type { ErrorBody } from '@harborview/contracts/errors';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import { expect } from 'vitest';
import type { z } from 'zod';

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

/**
 * Asserts that `res` answered `status`, and returns its body parsed with the route's response schema (so a
 * route test fails on a body that breaks the contract as well as on a wrong status).
 *
 * @example const cluster = bodyOf(res, 200, ClusterSummarySchema);
 */
export function bodyOf<S extends z.ZodType>(
  res: { status: number; body: unknown },
  status: number,
  schema: S,
): z.output<S> {
  expect(res.status).toBe(status);
  return schema.parse(res.body);
}
