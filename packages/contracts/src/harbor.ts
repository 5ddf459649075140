import { z } from 'zod';

/** Harbor's `/api/v2.0/health` component entry. */
export const HarborComponentHealthSchema = z.object({
  name: z.string(),
  status: z.enum(['healthy', 'unhealthy']),
  error: z.string().optional(),
});

export const HarborMountSchema = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.enum(['bind', 'volume']),
  /** The vDVS volume behind a named-volume mount, with its object's accessibility. */
  volume: z.string().nullable(),
  accessible: z.boolean().nullable(),
});

/** One Harbor service and its container. */
export const HarborServiceSchema = z.object({
  name: z.string(),
  container: z.string(),
  state: z.enum(['created', 'running', 'restarting', 'exited']),
  exitCode: z.number().int().nullable(),
  error: z.string().nullable(),
  restarts: z.number().int().nonnegative(),
  startedAt: z.string().nullable(),
  healthy: z.boolean(),
  mounts: z.array(HarborMountSchema),
});
export type HarborService = z.infer<typeof HarborServiceSchema>;

/** A known fault recognised from state, with the operator's fix. */
export const FindingSchema = z.object({
  id: z.string(),
  severity: z.enum(['warning', 'error']),
  title: z.string(),
  detail: z.string(),
  fix: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** `GET /api/harbor`. */
export const HarborSchema = z.object({
  status: z.enum(['healthy', 'unhealthy']),
  /** Harbor 2.x answers /api/v2.0/health; 0.x has none and the console derives it from containers. */
  healthApi: z.enum(['v2.0', 'none']),
  components: z.array(HarborComponentHealthSchema),
  services: z.array(HarborServiceSchema),
  vmId: z.string(),
  layout: z.string(),
  registry: z.object({
    url: z.string().nullable(),
    process: z.enum(['stopped', 'starting', 'running', 'crashed', 'unavailable']),
    storageRoot: z.string().nullable(),
    detail: z.string().nullable(),
  }),
  findings: z.array(FindingSchema),
});
export type Harbor = z.infer<typeof HarborSchema>;
