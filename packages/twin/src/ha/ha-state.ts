/**
 * Creating HA state and the small queries and updates every HA transition shares.
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';

import { GUEST_BOOT_DURATION, POWER_ON_DURATION, RESTART_ATTEMPT_OFFSETS } from './constants';
import type { FdmState } from './fdm-state';
import { hostRef, hostStateChangedEvent, scopeOf } from './ha-events';
import type { HaConfig, HaHost, HaResult, HaState } from './types';

/** HA defaults: restart VMs, "Power off and restart VMs" on isolation (Deepdive's vSAN advice, vsan-ha.md §3). */
export const DEFAULT_HA_CONFIG: HaConfig = {
  hostFailureResponse: 'restartVms',
  isolationResponse: 'powerOffAndRestart',
  maxRestartAttempts: RESTART_ATTEMPT_OFFSETS.length,
  powerOnDuration: POWER_ON_DURATION,
  guestBootDuration: GUEST_BOOT_DURATION,
};

/** Input of `createHaState`. */
export interface NewHaState {
  cluster: HaState['cluster'];
  hosts: { id: string; name: string }[];
  config?: Partial<HaConfig>;
}

/** HA state for a cluster with HA off and every host connected. */
export function createHaState(input: NewHaState): HaState {
  const hosts: HaHost[] = [...input.hosts]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((h) => ({ id: h.id, name: h.name, fdm: 'notConfigured', connection: 'connected', fault: null }));
  return {
    cluster: input.cluster,
    enabled: false,
    config: { ...DEFAULT_HA_CONFIG, ...input.config },
    primaryHostId: null,
    election: null,
    primaryReadyAt: null,
    hosts,
    restarts: [],
  };
}

/** A result that changes nothing. */
export function unchanged(state: HaState, error?: string): HaResult {
  return error === undefined ? { state, events: [], actions: [] } : { state, events: [], actions: [], error };
}

/** The host with this id, if HA knows it. */
export function findHost(state: HaState, hostId: string): HaHost | undefined {
  return state.hosts.find((h) => h.id === hostId);
}

/** Replaces one host through `change`. */
export function updateHost(state: HaState, hostId: string, change: (host: HaHost) => HaHost): HaState {
  return { ...state, hosts: state.hosts.map((h) => (h.id === hostId ? change(h) : h)) };
}

/** Sets a host's HA state, logging the change (nothing when it is already in that state). */
export function setFdm(
  state: HaState,
  t: TwinTime,
  hostId: string,
  fdm: FdmState,
): { state: HaState; events: EventDraft[] } {
  const host = findHost(state, hostId);
  if (host === undefined || host.fdm === fdm) return { state, events: [] };
  const next = updateHost(state, hostId, (h) => ({ ...h, fdm }));
  // Turning HA off is one DasDisabledEvent, not a state change per host.
  const events = fdm === 'notConfigured' ? [] : [hostStateChangedEvent(t, scopeOf(state), hostRef(state, hostId), fdm)];
  return { state: next, events };
}

/** True when a primary is elected, alive and has read the protectedlist, so it can declare failures and restart VMs. */
export function hasActivePrimary(state: HaState): boolean {
  if (!state.enabled || state.primaryHostId === null || state.election !== null || state.primaryReadyAt === null) {
    return false;
  }
  return findHost(state, state.primaryHostId)?.fault === null;
}

/** A known host with no fault. */
export function isHealthy(state: HaState, hostId: string): boolean {
  return findHost(state, hostId)?.fault === null;
}
