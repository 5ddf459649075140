import type { Drill, DrillRto } from '@harborview/contracts/drills';

export type MilestoneKey = 'hostDeclaredDead' | 'vmPoweredOn' | 'harborHealthy' | 'resynced';

export interface Milestone {
  key: MilestoneKey;
  label: string;
  /** Seconds from the fault: reached, or (while pending) the time elapsed so far. */
  seconds: number | null;
  reached: boolean;
  /** Still waiting and the clock is running toward it, so the figure ticks. */
  ticking: boolean;
}

const SECONDS_OF: Record<MilestoneKey, keyof DrillRto> = {
  hostDeclaredDead: 'hostDeclaredDeadSeconds',
  vmPoweredOn: 'vmPoweredOnSeconds',
  harborHealthy: 'harborHealthySeconds',
  resynced: 'resyncedSeconds',
};

export const MILESTONE_LABELS: Record<MilestoneKey, string> = {
  hostDeclaredDead: 'HA declares the host dead',
  vmPoweredOn: 'VM powered on',
  harborHealthy: 'Harbor healthy',
  resynced: 'Resynced',
};

/** Seconds from the fault to twin time `nowMs`, or null before the fault. */
export function elapsedSinceFault(rto: DrillRto, nowMs: number | null): number | null {
  if (!rto.faultAt || nowMs === null) return null;
  const fault = Date.parse(rto.faultAt);
  return Number.isNaN(fault) ? null : Math.max(0, (nowMs - fault) / 1000);
}

type StopwatchDrill = Pick<Drill, 'rto' | 'status' | 'endedAt' | 'recoverable'>;

/** The fault has been put right and the drill waits for the resync (recover is no longer offered, not ended yet). */
export function resyncing(drill: Pick<Drill, 'status' | 'endedAt' | 'recoverable'>): boolean {
  return (
    (drill.status === 'recovered' || drill.status === 'failed') && drill.endedAt === null && drill.recoverable === false
  );
}

/** How far the drill's charts reach: its end once it has ended, else twin time now (seconds since the fault). */
export function chartEndSeconds(drill: Pick<Drill, 'rto' | 'endedAt'>, nowMs: number | null): number | null {
  const end = drill.endedAt ? Date.parse(drill.endedAt) : nowMs;
  return elapsedSinceFault(drill.rto, Number.isNaN(end) ? null : end);
}

/**
 * The recovery stopwatch: fault → HA declares dead → VM on → Harbor healthy, then resynced after recover.
 * A pending milestone shows the time elapsed so far while the drill is still on its way to it.
 */
export function toMilestones(drill: StopwatchDrill, nowMs: number | null): Milestone[] {
  const elapsed = elapsedSinceFault(drill.rto, nowMs);
  const keys: MilestoneKey[] = ['hostDeclaredDead', 'vmPoweredOn', 'harborHealthy', 'resynced'];
  return keys.map((key) => {
    const value = drill.rto[SECONDS_OF[key]];
    const seconds = typeof value === 'number' ? value : null;
    const running = key === 'resynced' ? resyncing(drill) : drill.status === 'running';
    const ticking = seconds === null && running && elapsed !== null;
    return {
      key,
      label: MILESTONE_LABELS[key],
      seconds: seconds ?? (ticking ? elapsed : null),
      reached: seconds !== null,
      ticking,
    };
  });
}

/** Seconds left on the repair timer at twin time `nowMs`, counted down from `endsAt` (null when nothing waits). */
export function repairSecondsLeft(endsAt: string | null, nowMs: number | null): number | null {
  if (!endsAt || nowMs === null) return null;
  const end = Date.parse(endsAt);
  return Number.isNaN(end) ? null : Math.max(0, Math.ceil((end - nowMs) / 1000));
}
