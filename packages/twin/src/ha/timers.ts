/**
 * HA as a discrete-event machine: every pending deadline derives from the state, and `haTick` fires them in time
 * order. Deadlines follow vsan-ha.md §3 Timelines; declaring a host dead and restarting VMs wait for an active primary,
 * which yields the T15 (secondary lost) and T35 (primary lost: election T10–T25, protectedlist read) restart times.
 */
import type { TwinTime } from '../tasks/time';
import { after, laterOf } from '../tasks/time';

import {
  DEAD_AFTER,
  ELECTION_START_AFTER,
  ISOLATION_DECLARED_PRIMARY,
  ISOLATION_DECLARED_SECONDARY,
  ISOLATION_POLICY_DELAY,
  NOT_RESPONDING_AFTER,
  UNREACHABLE_AFTER,
} from './constants';
import { findHost, hasActivePrimary } from './ha-state';
import type { HaClusterView, HaState, RestartPriority } from './types';

/** A pending HA deadline. */
export type HaTimer =
  | { kind: 'powerOnComplete'; at: TwinTime; vmId: string }
  | { kind: 'notResponding'; at: TwinTime; hostId: string }
  | { kind: 'unreachable'; at: TwinTime; hostId: string }
  | { kind: 'electionStart'; at: TwinTime }
  | { kind: 'electionComplete'; at: TwinTime }
  | { kind: 'isolated'; at: TwinTime; hostId: string }
  | { kind: 'isolationResponse'; at: TwinTime; hostId: string }
  | { kind: 'declareDead'; at: TwinTime; hostId: string }
  | { kind: 'restartAttempt'; at: TwinTime; vmId: string };

// Same-instant order: finished power-ons free slots first; an election completes before the dead are declared.
const RANK: Record<HaTimer['kind'], number> = {
  powerOnComplete: 0,
  notResponding: 1,
  unreachable: 2,
  electionStart: 3,
  electionComplete: 4,
  isolated: 5,
  isolationResponse: 6,
  declareDead: 7,
  restartAttempt: 8,
};
const PRIORITY_ORDER: Record<RestartPriority, number> = {
  highest: 0,
  high: 1,
  medium: 2,
  low: 3,
  lowest: 4,
  disabled: 5,
};

/** Every deadline pending in this state. */
export function pendingTimers(state: HaState): HaTimer[] {
  const timers: HaTimer[] = [];
  const primaryActive = hasActivePrimary(state);
  for (const h of state.hosts) {
    const f = h.fault;
    if (f === null) continue;
    if (h.connection === 'connected')
      timers.push({ kind: 'notResponding', at: after(f.since, NOT_RESPONDING_AFTER), hostId: h.id });
    if (!state.enabled) continue;
    if (f.detection === 'none')
      timers.push({ kind: 'unreachable', at: after(f.since, UNREACHABLE_AFTER), hostId: h.id });
    if (f.detection !== 'dead' && primaryActive && state.primaryReadyAt !== null) {
      timers.push({ kind: 'declareDead', at: laterOf(after(f.since, DEAD_AFTER), state.primaryReadyAt), hostId: h.id });
    }
    if (f.kind === 'isolation' && f.isolatedAt === null) {
      const delay = f.wasPrimary ? ISOLATION_DECLARED_PRIMARY : ISOLATION_DECLARED_SECONDARY;
      timers.push({ kind: 'isolated', at: after(f.since, delay), hostId: h.id });
    }
    if (f.isolatedAt !== null && !f.isolationResponded && state.config.isolationResponse !== 'disabled') {
      timers.push({ kind: 'isolationResponse', at: after(f.isolatedAt, ISOLATION_POLICY_DELAY), hostId: h.id });
    }
  }
  const primary = state.primaryHostId === null ? undefined : findHost(state, state.primaryHostId);
  if (state.enabled && state.election === null && primary?.fault != null) {
    timers.push({ kind: 'electionStart', at: after(primary.fault.since, ELECTION_START_AFTER) });
  }
  if (state.election !== null) timers.push({ kind: 'electionComplete', at: state.election.completesAt });
  for (const r of state.restarts) {
    if (r.inFlight !== null) timers.push({ kind: 'powerOnComplete', at: r.inFlight.completesAt, vmId: r.vmId });
    else if (primaryActive && state.primaryReadyAt !== null) {
      timers.push({ kind: 'restartAttempt', at: laterOf(r.nextAttemptAt, state.primaryReadyAt), vmId: r.vmId });
    }
  }
  return timers;
}

function tieKey(t: HaTimer, view: HaClusterView): string {
  if ('hostId' in t) return t.hostId;
  if (!('vmId' in t)) return '';
  // Higher restart priority goes first (§3 Restart behaviour), then by VM id.
  const priority = view.vms.find((v) => v.id === t.vmId)?.restartPriority ?? 'medium';
  return `${PRIORITY_ORDER[priority]}:${t.vmId}`;
}

/** The earliest pending deadline (ties by kind, then priority or id), or null when nothing is pending. */
export function nextTimer(state: HaState, view: HaClusterView): HaTimer | null {
  let best: HaTimer | null = null;
  for (const t of pendingTimers(state)) {
    if (best === null || compare(t, best, view) < 0) best = t;
  }
  return best;
}

function compare(a: HaTimer, b: HaTimer, view: HaClusterView): number {
  if (a.at !== b.at) return a.at - b.at;
  if (RANK[a.kind] !== RANK[b.kind]) return RANK[a.kind] - RANK[b.kind];
  const ka = tieKey(a, view);
  const kb = tieKey(b, view);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
