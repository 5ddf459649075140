import { z } from 'zod';

import { RoleSchema } from './users';

/** One audited request: every change (and every sign-in attempt) the API answered, success or refusal. */
export const AuditEntrySchema = z.object({
  id: z.number().int().positive(),
  /** Wall time the answer was sent (ISO). */
  at: z.string(),
  /** Twin time then (ISO); null when the backend keeps no clock. */
  twinTime: z.string().nullable(),
  /** Who: the signed-in user, or the name tried at sign-in. */
  user: z.string().nullable(),
  role: RoleSchema.nullable(),
  method: z.enum(['POST', 'PUT', 'DELETE']),
  /** The route as API_SPEC names it, e.g. `/api/hosts/:id/power`. */
  route: z.string(),
  /** Short name of what was asked, e.g. `hosts.power`, `volumes.create`, `session.login`. */
  action: z.string(),
  /** What it was asked of: path parameters and the names in the body (never other body fields). */
  target: z.record(z.string(), z.string()),
  status: z.number().int(),
  /** The error body's code when it was refused. */
  errorCode: z.string().nullable(),
  requestId: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /api/audit?after=<id>&limit=` (admin): oldest first after the cursor. */
export const AuditQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), lastId: z.number().int().nonnegative() });
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** `GET /api/audit/export` answers every entry as JSON lines (one AuditEntry per line). */
export const AUDIT_EXPORT_CONTENT_TYPE = 'application/x-ndjson';
