import { z } from 'zod';

import { COMPONENT_TYPES } from './vocabulary';

/**
 * `POST /api/volumes/placement-preview`: the New Volume wizard's fields as they stand. `name` (`vol[@datastore]`)
 * may be left out while it is not typed yet; `opts` are the `-o` options `POST /api/volumes` would get.
 */
export const PlacementPreviewBodySchema = z.strictObject({
  name: z.string().max(256).optional(),
  opts: z.record(z.string().max(64), z.string().max(256)).default({}),
});
export type PlacementPreviewBody = z.infer<typeof PlacementPreviewBodySchema>;

/** How a layout keeps data: RAID-0 means no redundancy (FTT 0), as the wizard names it. */
export const PREVIEW_RAID_LEVELS = ['RAID-0', 'RAID-1', 'RAID-5', 'RAID-6'] as const;

/** One component vSAN would place: a data component of replica or segment `group`, or a witness (group 0). */
export const PlannedComponentSchema = z.object({
  kind: z.enum(COMPONENT_TYPES),
  /** Replica (RAID-1) or segment (RAID-5/6) number, 1-based; 0 for witnesses. */
  group: z.number().int().nonnegative(),
  hostName: z.string(),
  diskName: z.string(),
  /** Address space of the component; 0 for witnesses, which hold metadata only. */
  bytes: z.number().nonnegative(),
});
export type PlannedComponent = z.infer<typeof PlannedComponentSchema>;

/**
 * Where vSAN would put the volume and the raw capacity it would take, computed by the twin on a copy of its state
 * (nothing is created). `layout` is null when vDVS refuses before vSAN is asked (a bad option or name).
 */
export const PlacementPreviewSchema = z.object({
  /** Whether `docker volume create` would succeed. */
  ok: z.boolean(),
  /** Why it would be refused (vDVS's message verbatim), or the force-provisioning note; null when it fits. */
  problem: z.string().nullable(),
  layout: z
    .object({
      raid: z.enum(PREVIEW_RAID_LEVELS),
      ftt: z.number().int().nonnegative(),
      stripeWidth: z.number().int().positive(),
    })
    .nullable(),
  /** The volume's logical size (a clone's is its source's); null when vDVS refuses before it is known. */
  sizeBytes: z.number().nonnegative().nullable(),
  /** Raw bytes written once the volume is full: every replica or segment (size × copies, × 4/3, × 1.5). */
  consumedBytes: z.number().nonnegative(),
  /** Reserved up front by the policy's object space reservation. */
  reservedBytes: z.number().nonnegative(),
  components: z.array(PlannedComponentSchema),
});
export type PlacementPreview = z.infer<typeof PlacementPreviewSchema>;
