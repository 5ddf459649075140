import { z } from 'zod';

/** Which implementation answers the API: the embedded twin now, real connectors later. */
export const BackendKindSchema = z.enum(['twin']);
export type BackendKind = z.infer<typeof BackendKindSchema>;

/** `GET /api/health`. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  backend: BackendKindSchema,
});
export type Health = z.infer<typeof HealthSchema>;
