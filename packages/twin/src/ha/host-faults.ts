/**
 * The commands that start and end a host fault. A fault only starts timers here; what the operator sees (unreachable,
 * dead, isolated, Not Responding, restarts) happens later in `haTick`, on the vsan-ha.md §3 Timelines.
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after } from '../tasks/time';

import { ELECTION_DURATION } from './constants';
import type { FdmState } from './fdm-state';
import { clear, HA_ALARMS } from './ha-alarms';
import { hostConnectedEvent, hostRef, scopeOf } from './ha-events';
import { findHost, hasActivePrimary, setFdm, unchanged, updateHost } from './ha-state';
import type { FaultKind, HaAction, HaResult, HaState } from './types';

/** Input of `onHostFailure`: which host, how, and the VMs running on it at that moment. */
export interface HostFailure {
  hostId: string;
  kind: FaultKind;
  runningVmIds: string[];
}

/**
 * A host that fails at an instant is down for every action at that instant (vsan-ha.md §3 Restart behaviour: HA places
 * a VM on a healthy host). A power-on HA started on it at that very instant, before the failure reached the twin (an
 * `advance` ends on the instant, then the failure command arrives), is withdrawn: its task fails, the attempt does not
 * count, and the restart is due again now, so the same instant's settle places it on a live host.
 */
function withdrawPowerOnsStartedNow(state: HaState, now: TwinTime, hostId: string): HaResult {
  const startedNow = after(now, state.config.powerOnDuration);
  const withdrawn = state.restarts.filter(
    (r) => r.inFlight?.hostId === hostId && r.inFlight.completesAt === startedNow,
  );
  if (withdrawn.length === 0) return unchanged(state);
  const reason = `Host ${hostRef(state, hostId).name} failed as the power-on started`;
  const restarts = state.restarts.map((r) =>
    withdrawn.includes(r) ? { ...r, attemptsMade: r.attemptsMade - 1, inFlight: null } : r,
  );
  const actions: HaAction[] = withdrawn.flatMap((r) =>
    r.inFlight === null ? [] : [{ type: 'powerOnFailed', vmId: r.vmId, hostId, taskKey: r.inFlight.taskKey, reason }],
  );
  return { state: { ...state, restarts }, events: [], actions };
}

/** Records a host crash or network isolation at `now`; a host already in a fault keeps its first fault. */
export function onHostFailure(state: HaState, now: TwinTime, input: HostFailure): HaResult {
  const host = findHost(state, input.hostId);
  if (host === undefined || host.fault !== null) return unchanged(state);
  const next = updateHost(state, input.hostId, (h) => ({
    ...h,
    fault: {
      kind: input.kind,
      since: now,
      wasPrimary: state.enabled && state.primaryHostId === input.hostId,
      vmIds: state.enabled ? [...input.runningVmIds] : [],
      detection: 'none',
      isolatedAt: null,
      isolationResponded: false,
    },
  }));
  return withdrawPowerOnsStartedNow(next, now, input.hostId);
}

/** Ends a host's fault at `now`: vCenter reconnects it and its FDM agent rejoins (or starts) an election. */
export function onHostRecovered(state: HaState, now: TwinTime, input: { hostId: string }): HaResult {
  const host = findHost(state, input.hostId);
  if (host === undefined || host.fault === null) return unchanged(state);
  const ref = hostRef(state, input.hostId);
  let s = updateHost(state, input.hostId, (h) => ({ ...h, fault: null, connection: 'connected' }));
  const events: EventDraft[] = [];
  const actions: HaAction[] = [];
  if (host.connection === 'notResponding') {
    events.push(hostConnectedEvent(now, scopeOf(s), ref));
    actions.push(clear(HA_ALARMS.hostConnection, ref));
  }
  if (s.enabled) {
    let fdm: FdmState;
    if (s.primaryHostId === input.hostId && s.election === null) fdm = 'master';
    else if (hasActivePrimary(s) || s.election !== null) fdm = s.election === null ? 'connectedToMaster' : 'election';
    else {
      // Nobody is primary (every host was lost): the returning host starts a new election.
      s = { ...s, election: { startedAt: now, completesAt: after(now, ELECTION_DURATION) }, primaryHostId: null };
      fdm = 'election';
    }
    const changed = setFdm(s, now, input.hostId, fdm);
    s = changed.state;
    events.push(...changed.events);
    actions.push(clear(HA_ALARMS.hostStatus, ref));
  }
  return { state: s, events, actions };
}
