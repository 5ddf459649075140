import { z } from 'zod';

import { pageOf } from './lists';
import { SORT_ORDERS, VOLUME_SORT_KEYS, VOLUME_STATUSES } from './vocabulary';
import { VsanObjectSchema } from './vsan';

export { VOLUME_SORT_KEYS } from './vocabulary';

const VolumeStatusSchema = z.enum(VOLUME_STATUSES);

/** A vDVS volume: `docker volume inspect`'s Status, the admin `volume ls` columns, and its vSAN object. */
export const VolumeSchema = z.object({
  /** Short name, e.g. `vsanvol1`. */
  name: z.string(),
  datastore: z.string(),
  /** `name@datastore`, as vDVS lists volumes since 0.10. */
  fullName: z.string(),
  status: VolumeStatusSchema,
  attachedTo: z.string().nullable(),
  vmGroup: z.string(),
  capacityBytes: z.number().nonnegative(),
  usedBytes: z.number().nonnegative(),
  filesystem: z.string(),
  policy: z.string(),
  diskFormat: z.string(),
  access: z.string(),
  attachAs: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** The vDVS `Status` map with its exact keys (vdvs.md §2). */
  vdvsStatus: z.record(z.string(), z.unknown()),
  object: VsanObjectSchema,
});
export type Volume = z.infer<typeof VolumeSchema>;

/** `GET /api/volumes` query: filter by text, policy, status or health; sort; page. */
export const VolumeListQuerySchema = z.strictObject({
  filter: z.string().max(200).optional(),
  policy: z.string().max(128).optional(),
  status: VolumeStatusSchema.optional(),
  health: z.string().max(64).optional(),
  sort: z.enum(VOLUME_SORT_KEYS).default('name'),
  order: z.enum(SORT_ORDERS).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type VolumeListQuery = z.infer<typeof VolumeListQuerySchema>;

/**
 * `POST /api/volumes`'s answer: the volume, with `existed: true` when it was already there. vDVS answers success for
 * a create of an existing volume and changes nothing (vdvs.md §1); the field says so, additively, so the status and
 * the volume stay what clients already read.
 */
export const CreatedVolumeSchema = VolumeSchema.extend({ existed: z.literal(true).optional() });
export type CreatedVolume = z.infer<typeof CreatedVolumeSchema>;

export const VolumeListSchema = pageOf(VolumeSchema);
export type VolumeList = z.infer<typeof VolumeListSchema>;

/** `POST /api/volumes`: the `docker volume create --driver=vmdk --name=… -o k=v` equivalent. Values are vDVS strings. */
export const CreateVolumeBodySchema = z.strictObject({
  name: z.string().min(1).max(256),
  opts: z.record(z.string().max(64), z.string().max(256)).default({}),
});
export type CreateVolumeBody = z.infer<typeof CreateVolumeBodySchema>;
