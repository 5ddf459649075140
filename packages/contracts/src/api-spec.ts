import type { z } from 'zod';

import type { Role } from './users';

/** Who may call a route: anyone (`public`), or a signed-in user with at least this role. */
export type RouteAccess = 'public' | Role;

/** One documented route: the BFF registers it, the OpenAPI document describes it, a test keeps both in step. */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path, e.g. `/api/hosts/:id`. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success status → response schema (null: no body, or not JSON such as the SSE stream). */
  responses: Partial<
    Record<200 | 201 | 202 | 204, { description: string; schema: z.ZodType | null; contentType?: string }>
  >;
  /** Error statuses this route can answer, each with the error body. */
  errors: number[];
  /** Minimum role, only where it differs from the rule in `requiredRole`. */
  role?: RouteAccess;
  /** A POST that changes nothing (a check or a preview): viewers may call it, and it is not audited. */
  readOnly?: boolean;
  /** Short name in the audit log; derived from the path when absent (see the BFF's audit-action). */
  action?: string;
}

/**
 * The role a route needs, decided from the table: an explicit `role` wins; otherwise reads (GET, and read-only
 * POSTs) need a viewer and every change an operator. User admin and the audit log say `role: 'admin'`.
 */
export function requiredRole(spec: RouteSpec): RouteAccess {
  if (spec.role) return spec.role;
  return spec.method === 'get' || spec.readOnly ? 'viewer' : 'operator';
}
