/**
 * Turning vSphere HA on or off for the cluster. Turning it on configures FDM on every host and starts an election
 * (~15 s, vsan-ha.md §3 Basics); on vSAN it needs at least 3 hosts.
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after } from '../tasks/time';

import { ELECTION_DURATION, MIN_HOSTS_WITH_VSAN } from './constants';
import { clear, HA_ALARMS } from './ha-alarms';
import { haToggledEvent, hostRef, scopeOf } from './ha-events';
import { setFdm, unchanged } from './ha-state';
import type { HaAction, HaResult, HaState } from './types';

/** Input of `setHaEnabled`. */
export interface HaToggle {
  enabled: boolean;
  vsanEnabled: boolean;
}

/** The refusal when a vSAN cluster is too small for HA (twin wording [U]). */
export const TOO_FEW_HOSTS_ERROR = `vSphere HA on a vSAN cluster requires at least ${MIN_HOSTS_WITH_VSAN} hosts`;

/** Enables or disables HA; enabling an enabled cluster (or disabling a disabled one) changes nothing. */
export function setHaEnabled(state: HaState, now: TwinTime, input: HaToggle): HaResult {
  if (input.enabled === state.enabled) return unchanged(state);
  if (input.enabled && input.vsanEnabled && state.hosts.length < MIN_HOSTS_WITH_VSAN) {
    return unchanged(state, TOO_FEW_HOSTS_ERROR);
  }
  return input.enabled ? enable(state, now) : disable(state, now);
}

function enable(state: HaState, now: TwinTime): HaResult {
  // VMs already down when HA is turned on were never protected, so faults in progress restart nothing.
  let s: HaState = {
    ...state,
    enabled: true,
    election: { startedAt: now, completesAt: after(now, ELECTION_DURATION) },
    primaryHostId: null,
    primaryReadyAt: null,
    hosts: state.hosts.map((h) =>
      h.fault === null ? h : { ...h, fault: { ...h.fault, vmIds: [], detection: 'dead', wasPrimary: false } },
    ),
  };
  const events: EventDraft[] = [haToggledEvent(now, scopeOf(s), true)];
  for (const h of s.hosts) {
    const changed = setFdm(s, now, h.id, h.fault === null ? 'election' : 'fdmUnreachable');
    s = changed.state;
    events.push(...changed.events);
  }
  return { state: s, events, actions: [] };
}

function disable(state: HaState, now: TwinTime): HaResult {
  let s: HaState = {
    ...state,
    enabled: false,
    election: null,
    primaryHostId: null,
    primaryReadyAt: null,
    // A power-on already issued still completes; queued restarts are dropped, so those VMs stay down.
    restarts: state.restarts.filter((r) => r.inFlight !== null),
  };
  const actions: HaAction[] = [clear(HA_ALARMS.failoverInitiated, scopeOf(s).cluster)];
  for (const h of s.hosts) {
    s = setFdm(s, now, h.id, 'notConfigured').state;
    actions.push(clear(HA_ALARMS.hostStatus, hostRef(s, h.id)));
  }
  return { state: s, events: [haToggledEvent(now, scopeOf(s), false)], actions };
}
