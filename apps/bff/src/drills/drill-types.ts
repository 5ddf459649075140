import type {
  DrillFault,
  DrillIntegrity,
  DrillLane,
  DrillPreflight,
  DrillReport,
  DrillStatus,
} from '@harborview/contracts/drills';
import type { EntityRef } from '@harborview/contracts/entity';

/** One timeline entry before it is numbered and stamped: `time` is twin seconds since the scenario started. */
export interface ObservedEntry {
  time: number;
  lane: DrillLane;
  severity: 'info' | 'warning' | 'error';
  typeId: string;
  message: string;
  objects: EntityRef[];
}

/** An entry the drill service adds itself (baseline, verification): placed after `afterEntries` observed ones. */
export interface ServiceEntry extends ObservedEntry {
  afterEntries: number;
}

/** One chart point, in twin seconds. */
export interface ObservedSample {
  time: number;
  objectHealth: Record<string, number>;
  harborHealthy: number;
  harborUnhealthy: number;
  resyncBytesLeft: number;
}

/**
 * Everything the drill learns from the twin's states, folded one committed state at a time. A pure function of the
 * start state and the commands after it, so a restarted BFF (or a replay) rebuilds it exactly. Plain JSON.
 */
export interface Observation {
  /** `clock.startEpochMs` of the scenario, to print twin instants. */
  epochMs: number;
  /** Seq of the last command folded in. */
  lastSeq: number;
  /** The next twin event id to read from the state's event log. */
  nextEventId: number;
  now: number;
  /** Twin time the fault was first seen in a state; null before. */
  faultAt: number | null;
  faultActive: boolean;
  /** Twin time the fault was put right (host booting, disk replaced, network back). */
  clearedAt: number | null;
  entries: ObservedEntry[];
  samples: ObservedSample[];
  harborHealthy: boolean;
  /** vSphere HA gave up restarting Harbor's VM (das.maxvmrestartcount reached). */
  haGaveUp: boolean;
  /** Last reported standing per watched object uuid, to log only changes. */
  objectKeys: Record<string, string>;
  registryRunning: boolean;
  /** After the fault was put right: when every component was Active again. */
  resyncedAt: number | null;
  resyncLeft: number;
  /** The most bytes left to resync seen since the fault was put right (the progress bar's 100%). */
  resyncPeak: number;
  repairTimer: { endsAt: number | null; outcome: string | null };
  vmHostNow: string | null;
  /** The twin was reset under the drill: nothing after it belongs to the drill. */
  reset: boolean;
}

/** The image digests recorded from the real registry before the fault. */
export interface Baseline {
  recordedAt: string;
  /** The volume behind the registry's /storage then (null: the VM's own disk). */
  registryVolume: string | null;
  images: { ref: string; manifestDigest: string; blobs: string[] }[];
  /** Manifests and blobs, as the registry stores them. */
  blobs: number;
}

/** A drill as stored: what the service decided, plus where in the command log it starts and ends. */
export interface DrillRecord {
  id: string;
  fault: DrillFault;
  description: string;
  initiator: string;
  startedAt: string;
  status: DrillStatus;
  failure: string | null;
  endedAt: string | null;
  preflight: DrillPreflight;
  vmId: string;
  vmHostBefore: string;
  /** The command log before the fault: the start state is the state after `startSeq`. */
  startSeq: number;
  startEventId: number;
  /** Set when the drill stops watching the twin (completed, closed, or the twin was reset). */
  endSeq: number | null;
  endEventId: number | null;
  baseline: Baseline | null;
  integrity: DrillIntegrity | null;
  serviceEntries: ServiceEntry[];
  /** The final observation, kept once the drill stops watching (live drills hold theirs in memory). */
  observation: Observation | null;
  /** Each volume's policy and placement when the drill stopped watching. */
  volumesAtEnd: DrillReport['volumes'] | null;
}
