import { z } from 'zod';

/** `POST /api/harbor/compose/mounts`: the file to read, or Harbor's own compose file when left out. */
export const ComposeMountsBodySchema = z.strictObject({
  // Its size is checked in bytes by the compose reader (413), not in characters here.
  compose: z.string().optional(),
});
export type ComposeMountsBody = z.infer<typeof ComposeMountsBodySchema>;

/** One entry of a service's `volumes:` list, as the Attach to Harbor wizard lists it. */
export const ComposeDataMountSchema = z.object({
  service: z.string(),
  source: z.string().nullable(),
  target: z.string(),
  kind: z.enum(['bind', 'volume', 'anonymous', 'tmpfs', 'other']),
  readOnly: z.boolean(),
  /** A bind of a single file: it cannot become a named volume (harbor.md §1). */
  singleFile: z.boolean(),
  role: z.string(),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type ComposeDataMount = z.infer<typeof ComposeDataMountSchema>;

/** The mounts of every service, with the layout the file follows. */
export const ComposeMountListSchema = z.object({
  layout: z.object({ family: z.string(), version: z.string().nullable() }),
  services: z.array(z.string()),
  mounts: z.array(ComposeDataMountSchema),
});
export type ComposeMountList = z.infer<typeof ComposeMountListSchema>;
