import type { DrillSample, DrillTimelineEntry } from '@harborview/contracts/drills';

/** One timeline entry before it is numbered and stamped: `time` is twin seconds since the scenario started. */
export type ObservedEntry = Omit<DrillTimelineEntry, 'seq' | 'time' | 'tSeconds'> & { time: number };

/** An entry the drill service adds itself (baseline, verification): placed after `afterEntries` observed ones. */
export type ServiceEntry = ObservedEntry & { afterEntries: number };

/** One chart point, in twin seconds (the API's sample before it is stamped). */
export type ObservedSample = Omit<DrillSample, 'time' | 'tSeconds'> & { time: number };

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
