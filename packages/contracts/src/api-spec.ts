import type { z } from 'zod';

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
}
