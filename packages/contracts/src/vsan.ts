import { z } from 'zod';

/** Component states as the Physical Placement view names them (VsanComponentStates; vsan-ha.md §2). */
export const COMPONENT_STATES = ['ACTIVE', 'ABSENT', 'DEGRADED', 'ACTIVE_STALE', 'ABSENT_RESYNC', 'RECONFIG'] as const;
export const ComponentStateSchema = z.enum(COMPONENT_STATES);
export type ComponentState = z.infer<typeof ComponentStateSchema>;

/** VsanObjectHealthState values (vsan-ha.md §2 Object health states). */
export const OBJECT_HEALTH_STATES = [
  'healthy',
  'datamove',
  'inaccessible',
  'reducedavailabilitywithnorebuild',
  'reducedavailabilitywithnorebuilddelaytimer',
  'reducedavailabilitywithactiverebuild',
  'reducedavailabilitywithpausedrebuild',
  'reducedavailabilitywithpolicypending',
  'reducedavailabilitywithpolicypendingfailed',
  'nonavailabilityrelatedreconfig',
  'nonavailabilityrelatedincompliance',
  'nonavailabilityrelatedincompliancewithpausedrebuild',
  'nonavailabilityrelatedincompliancewithpolicypending',
  'nonavailabilityrelatedincompliancewithpolicypendingfailed',
  'remoteAccessible',
] as const;
export const ObjectHealthSchema = z.enum(OBJECT_HEALTH_STATES);
export type ObjectHealth = z.infer<typeof ObjectHealthSchema>;

export const ComponentSchema = z.object({
  uuid: z.string(),
  type: z.enum(['Component', 'Witness']),
  state: ComponentStateSchema,
  hostId: z.string(),
  hostName: z.string(),
  faultDomain: z.string(),
  /** Disk names as the Cache Disk / Capacity Disk columns show them. */
  cacheDisk: z.string(),
  capacityDisk: z.string(),
  votes: z.number().int().nonnegative(),
  sizeBytes: z.number().nonnegative(),
  bytesToSync: z.number().nonnegative(),
});
export type Component = z.infer<typeof ComponentSchema>;

/** The RAID tree of an object; leaves name a data component by uuid. Witnesses sit beside the tree, as RVC prints them. */
export type LayoutNode =
  | { type: 'RAID_1' | 'RAID_0' | 'RAID_5' | 'RAID_6' | 'Concatenation'; children: LayoutNode[] }
  | { type: 'Component'; componentUuid: string };
export const LayoutNodeSchema: z.ZodType<LayoutNode> = z.union([
  z.object({
    type: z.enum(['RAID_1', 'RAID_0', 'RAID_5', 'RAID_6', 'Concatenation']),
    get children() {
      return z.array(LayoutNodeSchema);
    },
  }),
  z.object({ type: z.literal('Component'), componentUuid: z.string() }),
]);

/** A vSAN object (a VMDK, a VM home namespace or its swap) with its placement and health. */
export const VsanObjectSchema = z.object({
  uuid: z.string(),
  kind: z.enum(['vdisk', 'namespace', 'vmswap']),
  name: z.string(),
  /** The VM or volume the object belongs to (Virtual Objects groups by it). */
  ownerId: z.string().nullable(),
  policyName: z.string(),
  health: ObjectHealthSchema,
  healthLabel: z.string(),
  accessible: z.boolean(),
  compliance: z.enum(['Compliant', 'Noncompliant']),
  sizeBytes: z.number().nonnegative(),
  /** The only up-to-date copy is gone for good. */
  dataLost: z.boolean(),
  layout: LayoutNodeSchema,
  components: z.array(ComponentSchema),
});
export type VsanObject = z.infer<typeof VsanObjectSchema>;

/** `GET /api/vsan/objects`: every object with its owner, for Monitor > vSAN > Virtual Objects. */
export const VsanObjectListQuerySchema = z.strictObject({
  filter: z.string().max(200).optional(),
  kind: z.enum(['vdisk', 'namespace', 'vmswap']).optional(),
  policy: z.string().max(128).optional(),
  health: ObjectHealthSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});
export type VsanObjectListQuery = z.infer<typeof VsanObjectListQuerySchema>;

export const VsanObjectRowSchema = VsanObjectSchema.extend({
  owner: z.object({ kind: z.enum(['vm', 'volume']), id: z.string(), name: z.string() }).nullable(),
});
export type VsanObjectRow = z.infer<typeof VsanObjectRowSchema>;

export const VsanObjectListSchema = z.object({
  items: z.array(VsanObjectRowSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
export type VsanObjectList = z.infer<typeof VsanObjectListSchema>;
