import { z } from 'zod';

import { pageOf } from './lists';
import type { LayoutBranchType } from './vocabulary';
import {
  COMPLIANCE_STATUSES,
  COMPONENT_STATES,
  COMPONENT_TYPES,
  LAYOUT_BRANCH_TYPES,
  OBJECT_HEALTH_STATES,
  VSAN_OBJECT_KINDS,
} from './vocabulary';

// The lists live in vocabulary.ts; re-exported here, where the web has always read them.
export { COMPONENT_STATES, OBJECT_HEALTH_STATES } from './vocabulary';
export type { ComponentState, ObjectHealth, VsanObjectKind } from './vocabulary';

export const ComponentStateSchema = z.enum(COMPONENT_STATES);

export const ObjectHealthSchema = z.enum(OBJECT_HEALTH_STATES);
export const VsanObjectKindSchema = z.enum(VSAN_OBJECT_KINDS);

export const ComponentSchema = z.object({
  uuid: z.string(),
  type: z.enum(COMPONENT_TYPES),
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
  { type: LayoutBranchType; children: LayoutNode[] } | { type: 'Component'; componentUuid: string };
export const LayoutNodeSchema: z.ZodType<LayoutNode> = z.union([
  z.object({
    type: z.enum(LAYOUT_BRANCH_TYPES),
    get children() {
      return z.array(LayoutNodeSchema);
    },
  }),
  z.object({ type: z.literal('Component'), componentUuid: z.string() }),
]);

/** A vSAN object (a VMDK, a VM home namespace or its swap) with its placement and health. */
export const VsanObjectSchema = z.object({
  uuid: z.string(),
  kind: VsanObjectKindSchema,
  name: z.string(),
  /** The VM or volume the object belongs to (Virtual Objects groups by it). */
  ownerId: z.string().nullable(),
  policyName: z.string(),
  health: ObjectHealthSchema,
  healthLabel: z.string(),
  accessible: z.boolean(),
  compliance: z.enum(COMPLIANCE_STATUSES),
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
  kind: VsanObjectKindSchema.optional(),
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

export const VsanObjectListSchema = pageOf(VsanObjectRowSchema);
export type VsanObjectList = z.infer<typeof VsanObjectListSchema>;
