import { z } from 'zod';

import { RESYNC_STATUSES } from './vocabulary';
import { ObjectHealthSchema } from './vsan';

/** `GET /api/cluster`: the vSAN cluster's state at a glance. */
export const ClusterSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  haEnabled: z.boolean(),
  hostIds: z.array(z.string()),
  vsan: z.object({
    capacityBytes: z.number().nonnegative(),
    usedBytes: z.number().nonnegative(),
    freeBytes: z.number().nonnegative(),
    /** Capacity reserved by object space reservation, replicas included. */
    reservedBytes: z.number().nonnegative(),
  }),
  /** How many objects are in each VsanObjectHealthState (only states with objects are listed). */
  objectHealth: z.partialRecord(ObjectHealthSchema, z.number().int().nonnegative()),
  /** The Object Repair Timer (VSAN.ClomRepairDelay) and what waits on it. */
  repairTimer: z.object({
    delaySeconds: z.number().int().nonnegative(),
    objectsWaiting: z.number().int().nonnegative(),
    /** When the first waiting component's timer ends (twin time, ISO), or null. */
    nextExpiryAt: z.string().nullable(),
    /** What happens then, e.g. "no spare fault domain: components stay Absent". */
    outcome: z.string().nullable(),
  }),
});
export type ClusterSummary = z.infer<typeof ClusterSummarySchema>;

export const SetHaBodySchema = z.strictObject({ enabled: z.boolean() });
export type SetHaBody = z.infer<typeof SetHaBodySchema>;
// vSAN accepts 0 and up; a week is far past any sensible repair delay.
export const SetVsanBodySchema = z.strictObject({
  repairDelaySeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600),
});
export type SetVsanBody = z.infer<typeof SetVsanBodySchema>;

/** Monitor > vSAN > Resyncing Objects. */
export const ResyncSummarySchema = z.object({
  totalObjects: z.number().int().nonnegative(),
  bytesLeft: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().nullable(),
  /** Waiting on the repair delay timer. */
  scheduled: z.number().int().nonnegative(),
  /** Timer expired but nowhere to resync to. */
  pending: z.number().int().nonnegative(),
  objects: z.array(
    z.object({
      uuid: z.string(),
      name: z.string(),
      bytesLeft: z.number().nonnegative(),
      etaSeconds: z.number().nonnegative().nullable(),
      intent: z.string(),
      status: z.enum(RESYNC_STATUSES),
    }),
  ),
});
export type ResyncSummary = z.infer<typeof ResyncSummarySchema>;

export const HostPowerBodySchema = z.strictObject({ state: z.enum(['on', 'off']) });
export type HostPowerBody = z.infer<typeof HostPowerBodySchema>;
