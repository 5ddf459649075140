/**
 * Firing host and election deadlines: Not Responding, unreachable, election, isolation and its response, and the
 * declaration of a dead host that queues its VMs for restart (vsan-ha.md §3 Timelines).
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after } from '../tasks/time';

import { ELECTION_DURATION, PROTECTED_LIST_READ } from './constants';
import { electPrimary } from './election';
import { HA_ALARMS, raise } from './ha-alarms';
import {
  failoverInitiatedEvent,
  hostFailedEvent,
  hostIsolatedEvent,
  hostNotRespondingEvent,
  hostRef,
  isolationPowerOffEvent,
  scopeOf,
  vmRef,
} from './ha-events';
import { findHost, setFdm, updateHost } from './ha-state';
import type { HaAction, HaClusterView, HaHost, HaResult, HaState, HostFault, VmRestart } from './types';

type Step = HaResult;

function withFault(state: HaState, hostId: string, change: Partial<HostFault>): HaState {
  return updateHost(state, hostId, (h) => (h.fault === null ? h : { ...h, fault: { ...h.fault, ...change } }));
}

// Once a host has declared itself isolated, that is what the client shows, whatever the primary concludes.
function showUnlessIsolated(state: HaState, t: TwinTime, host: HaHost, fdm: 'fdmUnreachable' | 'hostDown'): Step {
  if (host.fdm === 'networkIsolated') return { state, events: [], actions: [] };
  return { ...setFdm(state, t, host.id, fdm), actions: [] };
}

/** vCenter marks the host Not Responding (60 s without vpxa heartbeats). */
export function fireNotResponding(state: HaState, t: TwinTime, hostId: string): Step {
  const ref = hostRef(state, hostId);
  const s = updateHost(state, hostId, (h) => ({ ...h, connection: 'notResponding' }));
  return {
    state: s,
    events: [hostNotRespondingEvent(t, scopeOf(s), ref)],
    actions: [raise(HA_ALARMS.hostConnection, ref)],
  };
}

/** The host stops answering heartbeats (T10). */
export function fireUnreachable(state: HaState, t: TwinTime, host: HaHost): Step {
  return showUnlessIsolated(withFault(state, host.id, { detection: 'unreachable' }), t, host, 'fdmUnreachable');
}

/** The secondaries notice the primary is gone and start an election (T10). */
export function fireElectionStart(state: HaState, t: TwinTime): Step {
  let s: HaState = {
    ...state,
    primaryHostId: null,
    primaryReadyAt: null,
    election: { startedAt: t, completesAt: after(t, ELECTION_DURATION) },
  };
  const events: EventDraft[] = [];
  for (const h of s.hosts.filter((x) => x.fault === null)) {
    const changed = setFdm(s, t, h.id, 'election');
    s = changed.state;
    events.push(...changed.events);
  }
  return { state: s, events, actions: [] };
}

/** The election ends: the healthy host with most datastores (ties: highest MoID) becomes primary. */
export function fireElectionComplete(state: HaState, t: TwinTime, view: HaClusterView): Step {
  const healthy = state.hosts.filter((h) => h.fault === null);
  const winner = electPrimary(
    healthy.map((h) => ({
      id: h.id,
      connectedDatastores: view.hosts.find((v) => v.id === h.id)?.connectedDatastores ?? 0,
    })),
  );
  let s: HaState = {
    ...state,
    election: null,
    primaryHostId: winner,
    primaryReadyAt: winner === null ? null : after(t, PROTECTED_LIST_READ),
  };
  const events: EventDraft[] = [];
  for (const h of healthy) {
    const changed = setFdm(s, t, h.id, h.id === winner ? 'master' : 'connectedToMaster');
    s = changed.state;
    events.push(...changed.events);
  }
  return { state: s, events, actions: [] };
}

/** The host's own agent declares it isolated (T30 secondary, T5 primary). */
export function fireIsolated(state: HaState, t: TwinTime, hostId: string): Step {
  const ref = hostRef(state, hostId);
  const changed = setFdm(withFault(state, hostId, { isolatedAt: t }), t, hostId, 'networkIsolated');
  return {
    state: changed.state,
    events: [hostIsolatedEvent(t, scopeOf(state), ref), ...changed.events],
    actions: [raise(HA_ALARMS.hostStatus, ref)],
  };
}

/** The isolation response powers off (or shuts down) the VMs still running on the isolated host (T60). */
export function fireIsolationResponse(state: HaState, t: TwinTime, hostId: string, view: HaClusterView): Step {
  const s = withFault(state, hostId, { isolationResponded: true });
  const mode = state.config.isolationResponse === 'shutdownAndRestart' ? 'shutdown' : 'powerOff';
  const host = hostRef(s, hostId);
  const running = view.vms.filter((v) => v.hostId === hostId && v.powerState === 'poweredOn');
  return {
    state: s,
    events: running.map((v) => isolationPowerOffEvent(t, scopeOf(s), vmRef(v.id, v.name), host)),
    actions: running.map(
      (v) => ({ type: 'powerOffVm', vmId: v.id, hostId, mode, reason: 'isolationResponse' }) as const,
    ),
  };
}

/** The primary declares the host dead and queues its protected VMs for restart (T15, or T35 after an election). */
export function fireDeclareDead(state: HaState, t: TwinTime, hostId: string): Step {
  const host = findHost(state, hostId);
  if (host?.fault == null) return { state, events: [], actions: [] };
  const ref = hostRef(state, hostId);
  const shown = showUnlessIsolated(withFault(state, hostId, { detection: 'dead' }), t, host, 'hostDown');
  let s = shown.state;
  const events: EventDraft[] = [hostFailedEvent(t, scopeOf(s), ref), ...shown.events];
  const actions: HaAction[] = [raise(HA_ALARMS.hostStatus, ref)];
  const queued = new Set(s.restarts.map((r) => r.vmId));
  const fresh: VmRestart[] =
    s.config.hostFailureResponse === 'disabled'
      ? []
      : host.fault.vmIds
          .filter((vmId) => !queued.has(vmId))
          .map((vmId) => ({
            vmId,
            sourceHostId: hostId,
            firstAttemptAt: t,
            attemptsMade: 0,
            nextAttemptAt: t,
            inFlight: null,
            lastError: null,
          }));
  if (fresh.length > 0) {
    s = { ...s, restarts: [...s.restarts, ...fresh] };
    events.push(failoverInitiatedEvent(t, scopeOf(s), fresh.length));
    actions.push(raise(HA_ALARMS.failoverInitiated, scopeOf(s).cluster, 'yellow'));
  }
  return { state: s, events, actions };
}
