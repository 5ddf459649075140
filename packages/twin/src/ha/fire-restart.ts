/**
 * Firing restart deadlines: a restart attempt (place and power on, or fail and schedule a retry) and the end of a
 * power-on task (vsan-ha.md §3 Restart behaviour). A VM whose attempts are used up stays down.
 */
import type { TwinTime } from '../tasks/time';
import { after } from '../tasks/time';

import { clear, HA_ALARMS, raise } from './ha-alarms';
import {
  hostRef,
  maxRestartsReachedEvent,
  restartAttemptFailedEvent,
  scopeOf,
  vmRef,
  vmRestartedEvent,
} from './ha-events';
import { isHealthy } from './ha-state';
import type { PlacementHost } from './placement';
import { choosePlacement } from './placement';
import { nextAttemptAt } from './retry';
import type { HaAction, HaClusterView, HaResult, HaState, VmRestart } from './types';

/** A power-on that completed earlier in the same tick: its reservation is not in the view yet. */
export interface Placed {
  vmId: string;
  hostId: string;
}

function replace(state: HaState, entry: VmRestart, next: VmRestart | null): HaState {
  const restarts = state.restarts.flatMap((r) => (r.vmId !== entry.vmId ? [r] : next === null ? [] : [next]));
  return { ...state, restarts };
}

// The "failover in progress" alarm goes back to green once nothing is left to restart [U].
function drained(state: HaState): HaAction[] {
  return state.restarts.length === 0 ? [clear(HA_ALARMS.failoverInitiated, scopeOf(state).cluster)] : [];
}

function placementHosts(state: HaState, view: HaClusterView, placed: readonly Placed[]): PlacementHost[] {
  const reservationOf = (vmId: string): { cpu: number; mem: number } => {
    const vm = view.vms.find((v) => v.id === vmId);
    return { cpu: vm?.cpuReservationMhz ?? 0, mem: vm?.memoryReservationMb ?? 0 };
  };
  return state.hosts
    .filter((h) => h.fault === null && (h.fdm === 'master' || h.fdm === 'connectedToMaster'))
    .flatMap((h) => {
      const v = view.hosts.find((x) => x.id === h.id);
      if (v === undefined) return [];
      const inFlight = state.restarts.filter((r) => r.inFlight?.hostId === h.id).map((r) => r.vmId);
      const pending = [...inFlight, ...placed.filter((p) => p.hostId === h.id).map((p) => p.vmId)].map(reservationOf);
      return [
        {
          id: h.id,
          cpuCapacityMhz: v.cpuCapacityMhz,
          memoryCapacityMb: v.memoryCapacityMb,
          cpuReservedMhz: v.cpuReservedMhz + pending.reduce((sum, r) => sum + r.cpu, 0),
          memoryReservedMb: v.memoryReservedMb + pending.reduce((sum, r) => sum + r.mem, 0),
          powerOnsInFlight: inFlight.length,
        },
      ];
    });
}

function failAttempt(
  state: HaState,
  t: TwinTime,
  entry: VmRestart,
  vmName: string,
  reason: string,
  noCapacity: boolean,
): HaResult {
  const vm = vmRef(entry.vmId, vmName);
  const scope = scopeOf(state);
  if (!state.enabled || entry.attemptsMade >= state.config.maxRestartAttempts) {
    const s = replace(state, entry, null);
    const events = state.enabled ? [maxRestartsReachedEvent(t, scope, vm, hostRef(state, entry.sourceHostId))] : [];
    return { state: s, events, actions: [raise(HA_ALARMS.failoverFailed, vm), ...drained(s)] };
  }
  const next: VmRestart = {
    ...entry,
    inFlight: null,
    lastError: reason,
    nextAttemptAt: nextAttemptAt(entry.firstAttemptAt, entry.attemptsMade, t),
  };
  return {
    state: replace(state, entry, next),
    events: [restartAttemptFailedEvent(t, scope, vm, reason, noCapacity)],
    actions: [raise(HA_ALARMS.failoverFailed, vm)],
  };
}

/** One restart attempt: drop the VM if it already runs, else place it and power it on, wait for a slot, or fail. */
export function fireRestartAttempt(
  state: HaState,
  t: TwinTime,
  vmId: string,
  view: HaClusterView,
  placed: readonly Placed[],
): HaResult {
  const entry = state.restarts.find((r) => r.vmId === vmId);
  if (entry === undefined) return { state, events: [], actions: [] };
  const vm = view.vms.find((v) => v.id === vmId);
  const running = vm?.powerState === 'poweredOn' && vm.hostId !== null && isHealthy(state, vm.hostId);
  if (vm === undefined || vm.restartPriority === 'disabled' || running) {
    const s = replace(state, entry, null);
    return { state: s, events: [], actions: drained(s) };
  }
  const placement = choosePlacement(vm, placementHosts(state, view, placed), view.canPowerOnOn);
  if (placement.kind === 'throttled') {
    // Waiting for a slot is not an attempt: retry when the earliest power-on in flight ends.
    const ends = state.restarts.flatMap((r) => (r.inFlight === null ? [] : [r.inFlight.completesAt]));
    return {
      state: replace(state, entry, { ...entry, nextAttemptAt: Math.min(...ends) as TwinTime }),
      events: [],
      actions: [],
    };
  }
  const attempt = entry.attemptsMade + 1;
  if (placement.kind === 'failed') {
    return failAttempt(state, t, { ...entry, attemptsMade: attempt }, vm.name, placement.reason, placement.noCapacity);
  }
  const taskKey = `ha-restart:${vmId}:${attempt}`;
  const completesAt = after(t, state.config.powerOnDuration);
  const next: VmRestart = {
    ...entry,
    attemptsMade: attempt,
    inFlight: { hostId: placement.hostId, completesAt, taskKey },
  };
  return {
    state: replace(state, entry, next),
    events: [],
    actions: [{ type: 'powerOnVm', vmId, hostId: placement.hostId, attempt, taskKey, completesAt }],
  };
}

/** The power-on task ends: the VM runs (guest boot follows), or the attempt failed because the host went down. */
export function firePowerOnComplete(state: HaState, t: TwinTime, vmId: string, view: HaClusterView): HaResult {
  const entry = state.restarts.find((r) => r.vmId === vmId);
  if (entry?.inFlight == null) return { state, events: [], actions: [] };
  const { hostId, taskKey } = entry.inFlight;
  const vmName = view.vms.find((v) => v.id === vmId)?.name ?? vmId;
  if (!isHealthy(state, hostId)) {
    const reason = `Host ${hostRef(state, hostId).name} failed during the power-on`;
    const failed = failAttempt(state, t, entry, vmName, reason, false);
    return { ...failed, actions: [{ type: 'powerOnFailed', vmId, hostId, taskKey, reason }, ...failed.actions] };
  }
  const s = replace(state, entry, null);
  const vm = vmRef(vmId, vmName);
  const actions: HaAction[] = [
    { type: 'vmPoweredOn', vmId, hostId, taskKey, guestBootedAt: after(t, state.config.guestBootDuration) },
    ...(entry.lastError === null ? [] : [clear(HA_ALARMS.failoverFailed, vm)]),
    ...drained(s),
  ];
  return { state: s, events: [vmRestartedEvent(t, scopeOf(s), vm, hostRef(s, hostId))], actions };
}
