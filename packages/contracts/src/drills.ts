import { z } from 'zod';

import { EVENT_FIELDS } from './events';
import { ConnectionStateSchema, PowerStateSchema } from './inventory';
import { listOf } from './lists';
import {
  COMPONENT_TYPES,
  DATA_FATES,
  DATA_VERDICTS,
  DISK_ROLES,
  DRILL_LANES,
  DRILL_STATUSES,
  IMAGE_CHECK_STATUSES,
  PREFLIGHT_OBJECT_KINDS,
} from './vocabulary';
import { ComponentStateSchema, ObjectHealthSchema } from './vsan';

export { DRILL_FAULT_TYPES, DRILL_LANES, DRILL_STATUSES } from './vocabulary';
export type { DrillLane, DrillStatus } from './vocabulary';

/**
 * Failover drills (issue #7): inject one fault into the twin, watch every layer recover, prove the registry's
 * data survived, then put the fault right and watch the resync.
 */

const IdSchema = z.string().min(1).max(200);

export const DrillFaultSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('host-power-off'), hostId: IdSchema }),
  z.strictObject({ type: z.literal('disk-failure'), hostId: IdSchema, diskId: IdSchema }),
  z.strictObject({ type: z.literal('host-isolation'), hostId: IdSchema }),
]);
export type DrillFault = z.infer<typeof DrillFaultSchema>;

/** `POST /api/drills/preflight`: what the fault would do, computed without touching the live twin. */
export const DrillPreflightBodySchema = z.strictObject({ fault: DrillFaultSchema });
export type DrillPreflightBody = z.infer<typeof DrillPreflightBodySchema>;

/**
 * `POST /api/drills`. When the preflight finds anything that would go down (a volume or VM object inaccessible,
 * a Harbor service that cannot come back), `confirm` must name every one of them (`preflight.goesDown`),
 * otherwise the answer is 409 `confirmation_required` listing them and no fault is injected.
 */
export const CreateDrillBodySchema = z.strictObject({
  fault: DrillFaultSchema,
  confirm: z.array(z.string().min(1).max(300)).max(20_000).optional(),
});
export type CreateDrillBody = z.infer<typeof CreateDrillBodySchema>;

/** How one object fares under the fault, from its real placement and its policy. */
export const PreflightObjectSchema = z.object({
  /** Volume name (`vsanvol3@vsanDatastore`) or the VM object's name ("Harbor VM home", "Hard disk 1", …). */
  name: z.string(),
  kind: z.enum(PREFLIGHT_OBJECT_KINDS),
  objectUuid: z.string(),
  policy: z.string(),
  /** Failures to tolerate the policy gives the object. */
  ftt: z.number().int().nonnegative(),
  /** Components (and their votes) the fault takes out, out of the object's total. */
  componentsLost: z.number().int().nonnegative(),
  componentsTotal: z.number().int().positive(),
  votesLost: z.number().int().nonnegative(),
  votesTotal: z.number().int().positive(),
  accessibleAfter: z.boolean(),
  /** `lost` when the only copy is destroyed for good (a failed disk), not merely out of reach. */
  dataAfter: z.enum(DATA_FATES),
  healthAfter: ObjectHealthSchema,
  /** Why, in words: "2 of 3 votes stay Active (RAID-1, FTT=1)" or "policy FTT=0: its only copy is on …". */
  reason: z.string(),
  /** Harbor services that mount this volume. */
  usedBy: z.array(z.string()),
});
export type PreflightObject = z.infer<typeof PreflightObjectSchema>;

export const PreflightServiceSchema = z.object({
  name: z.string(),
  /** Whether the service is expected healthy again once HA and Docker have done their work. */
  recovers: z.boolean(),
  reason: z.string(),
});

export const DrillPreflightSchema = z.object({
  fault: DrillFaultSchema,
  /** "Power off host 10.162.102.130". */
  description: z.string(),
  hostName: z.string(),
  haEnabled: z.boolean(),
  /** Whether the failed host is the HA primary: a primary is declared dead after 35 s, a secondary after 15 s. */
  hostIsHaPrimary: z.boolean(),
  expectedDetectionSeconds: z.number().nonnegative().nullable(),
  harborVm: z.object({
    vmId: z.string(),
    name: z.string(),
    affected: z.boolean(),
    /** Where HA would restart it (the healthy host with the most unreserved capacity), null if it cannot. */
    restartHostId: z.string().nullable(),
    restartHostName: z.string().nullable(),
    reason: z.string(),
  }),
  /**
   * Harbor's VM objects and volumes, everything that goes down, and up to 100 other affected volumes
   * (the rest are counted in `objectsOmitted`, so a 10,000-volume cluster does not ship them all).
   */
  objects: z.array(PreflightObjectSchema),
  objectsOmitted: z.number().int().nonnegative().optional(),
  services: z.array(PreflightServiceSchema),
  /** Names of everything that would go down: what `confirm` must repeat. Empty when the fault is safe. */
  goesDown: z.array(z.string()),
  requiresConfirmation: z.boolean(),
  /** What the repair timer will do when it ends ("no spare fault domain: components stay Absent"). */
  repairOutlook: z.string(),
});
export type DrillPreflight = z.infer<typeof DrillPreflightSchema>;

export const DrillStatusSchema = z.enum(DRILL_STATUSES);

export const DrillLaneSchema = z.enum(DRILL_LANES);

export const DrillTimelineEntrySchema = z.object({
  /** Order within the drill (twin events and the BFF's own registry observations interleaved by twin time). */
  seq: z.number().int().nonnegative(),
  lane: DrillLaneSchema,
  /** Twin-clock time, ISO, and seconds since the fault (negative before it). */
  time: z.string(),
  tSeconds: z.number(),
  ...EVENT_FIELDS,
});
export type DrillTimelineEntry = z.infer<typeof DrillTimelineEntrySchema>;

/** Recovery stopwatch: seconds from the fault to each milestone, null until reached. */
export const DrillRtoSchema = z.object({
  faultAt: z.string().nullable(),
  /** vSphere HA declares the host dead (15 s for a secondary, 35 s for the primary). */
  hostDeclaredDeadSeconds: z.number().nonnegative().nullable(),
  /** The VM is powered on again on its new host. */
  vmPoweredOnSeconds: z.number().nonnegative().nullable(),
  /** Harbor's /api/v2.0/health says healthy again. */
  harborHealthySeconds: z.number().nonnegative().nullable(),
  /** After recover: every component Active again. */
  resyncedSeconds: z.number().nonnegative().nullable(),
});
export type DrillRto = z.infer<typeof DrillRtoSchema>;

export const IntegrityImageSchema = z.object({
  ref: z.string(),
  manifestDigest: z.string(),
  blobs: z.number().int().nonnegative(),
  status: z.enum(IMAGE_CHECK_STATUSES),
  /** Which volume holds it and why it is not intact. */
  detail: z.string(),
});

export const DrillIntegritySchema = z.object({
  /** Digests recorded from the real registry before the fault. */
  baseline: z.object({
    recordedAt: z.string(),
    images: z.number().int().nonnegative(),
    blobs: z.number().int().nonnegative(),
  }),
  /** null until the drill has checked after recovery. */
  verdict: z.enum(DATA_VERDICTS).nullable(),
  checkedAt: z.string().nullable(),
  /** "2 images, 6 blobs verified, nothing lost" or what was lost and why. */
  summary: z.string(),
  images: z.array(IntegrityImageSchema),
  /** Volumes whose data is not intact, with the reason (e.g. "policy FTT=0: only copy on a failed disk"). */
  affectedVolumes: z.array(
    z.object({ name: z.string(), verdict: z.enum(['lost', 'unavailable']), reason: z.string() }),
  ),
  /**
   * The re-verification once the fault was put right and every component is Active again. For a completed drill
   * it repeats the verdict; for a failed one it says whether the data came back (the verdict above stays the one
   * the failover got).
   */
  recheck: z
    .object({
      checkedAt: z.string(),
      verdict: z.enum(DATA_VERDICTS),
      summary: z.string(),
    })
    .nullable()
    .optional(),
});
export type DrillIntegrity = z.infer<typeof DrillIntegritySchema>;

/** One point of the drill's charts. */
export const DrillSampleSchema = z.object({
  tSeconds: z.number(),
  time: z.string(),
  objectHealth: z.record(z.string(), z.number().int().nonnegative()),
  harborHealthy: z.number().int().nonnegative(),
  harborUnhealthy: z.number().int().nonnegative(),
  resyncBytesLeft: z.number().nonnegative(),
});
export type DrillSample = z.infer<typeof DrillSampleSchema>;

export const DrillRepairTimerSchema = z.object({
  /** Twin time when the repair timer ends, null when nothing waits on it. */
  endsAt: z.string().nullable(),
  secondsLeft: z.number().nonnegative().nullable(),
  outcome: z.string(),
});

export const DrillResyncSchema = z.object({
  bytesLeft: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  /** 0–1. */
  progress: z.number().min(0).max(1),
});

/**
 * One drill. Status: `preflight` while the baseline is recorded, `running` from the fault until Harbor is healthy
 * and its data verified (`recovered`), or until the drill gives up (`failed`): Harbor not healthy 5 minutes of twin
 * time after the fault (HA's first two restart attempts, at +0 and +2 min, have run by then), HA out of restart
 * attempts, or the data not intact. After `recover`, a recovered drill becomes `completed` once every component is
 * Active again, Harbor is healthy and the data re-verified; a failed drill stays failed but records that recheck.
 */
export const DrillSchema = z.object({
  id: z.string(),
  fault: DrillFaultSchema,
  description: z.string(),
  status: DrillStatusSchema,
  /** Why the drill failed (e.g. "Harbor did not come back: vsanvol4 is inaccessible"), else null. */
  failure: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  initiator: z.string(),
  preflight: DrillPreflightSchema,
  timeline: z.array(DrillTimelineEntrySchema),
  rto: DrillRtoSchema,
  integrity: DrillIntegritySchema.nullable(),
  samples: z.array(DrillSampleSchema),
  repairTimer: DrillRepairTimerSchema,
  resync: DrillResyncSchema,
  /** Harbor VM's host before the fault and now. */
  vmHostBefore: z.string(),
  vmHostNow: z.string().nullable(),
  /** `POST /api/drills/:id/recover` is accepted now: Harbor is back (or the drill failed) and the fault is in place. */
  recoverable: z.boolean().optional(),
  /**
   * The drill still follows the twin: until it completes, or, once failed, until the fault is put right and the
   * cluster has resynced (a failed drill's `endedAt` is the failure, so it can be set while this is still true).
   * Only one drill is active at a time: `POST /api/drills` answers 409 meanwhile.
   */
  active: z.boolean().optional(),
});
export type Drill = z.infer<typeof DrillSchema>;

export const DrillSummarySchema = DrillSchema.pick({
  id: true,
  fault: true,
  description: true,
  status: true,
  startedAt: true,
  endedAt: true,
  initiator: true,
  rto: true,
}).extend({ verdict: z.enum(DATA_VERDICTS).nullable() });
export type DrillSummary = z.infer<typeof DrillSummarySchema>;
export const DrillListSchema = listOf(DrillSummarySchema);
export type DrillList = z.infer<typeof DrillListSchema>;

/** `POST /api/drills/:id/recover`: no options; an empty object (or no body) is accepted. */
export const RecoverDrillBodySchema = z.strictObject({});

export const DrillReportQuerySchema = z.strictObject({ format: z.enum(['md', 'json']).default('json') });

/** `GET /api/drills/:id/report?format=json`. */
export const DrillReportSchema = z.object({
  drill: DrillSchema,
  volumes: z.array(
    z.object({
      name: z.string(),
      policy: z.string(),
      policyContent: z.string(),
      /** Each component: host, disk and state at the end of the drill. */
      placement: z.array(
        z.object({
          type: z.enum(COMPONENT_TYPES),
          hostId: z.string(),
          hostName: z.string(),
          state: ComponentStateSchema,
        }),
      ),
    }),
  ),
});
export type DrillReport = z.infer<typeof DrillReportSchema>;

/** What the topology view draws at one instant: hosts, their disks' components, the VM and Harbor's services. */
export const DrillFrameSchema = z.object({
  time: z.string(),
  tSeconds: z.number(),
  /** Timeline entries up to this instant: `timeline.slice(0, timelineCount)`. */
  timelineCount: z.number().int().nonnegative(),
  hosts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      powerState: PowerStateSchema,
      connectionState: ConnectionStateSchema,
      haState: z.string(),
      disks: z.array(
        z.object({
          id: z.string(),
          role: z.enum(DISK_ROLES),
          failed: z.boolean(),
          components: z.array(
            z.object({
              uuid: z.string(),
              object: z.string(),
              type: z.enum(COMPONENT_TYPES),
              state: ComponentStateSchema,
            }),
          ),
        }),
      ),
    }),
  ),
  vm: z.object({ id: z.string(), name: z.string(), hostId: z.string(), powerState: z.string() }),
  harbor: z.array(z.object({ name: z.string(), state: z.string(), healthy: z.boolean() })),
});
export type DrillFrame = z.infer<typeof DrillFrameSchema>;

/**
 * `GET /api/drills/:id/replay`: the drill re-run from its recorded start state and commands in a separate engine,
 * never the live twin. Same seed and commands, same frames: the scrubber just picks a frame.
 */
export const DrillReplaySchema = z.object({
  drillId: z.string(),
  /** Hash of the replayed events, equal to the recorded one when the replay is faithful. */
  eventsHash: z.string(),
  recordedEventsHash: z.string(),
  durationSeconds: z.number().nonnegative(),
  timeline: z.array(DrillTimelineEntrySchema),
  frames: z.array(DrillFrameSchema),
});
export type DrillReplay = z.infer<typeof DrillReplaySchema>;

/** `GET /api/failover/topology`: the live twin as one frame (the Failover page's topology view). */
export const LiveFrameQuerySchema = z.strictObject({ drillId: z.string().max(200).optional() });
