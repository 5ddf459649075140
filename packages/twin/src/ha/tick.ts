/**
 * `haTick`: advances HA to `now` by firing every pending deadline in time order, each at its own instant, so one big
 * tick and many small ones give the same events (times are the deadlines, not `now`).
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';

import {
  fireDeclareDead,
  fireElectionComplete,
  fireElectionStart,
  fireIsolated,
  fireIsolationResponse,
  fireNotResponding,
  fireUnreachable,
} from './fire-host';
import type { Placed } from './fire-restart';
import { firePowerOnComplete, fireRestartAttempt } from './fire-restart';
import { findHost } from './ha-state';
import type { HaTimer } from './timers';
import { nextTimer } from './timers';
import type { HaAction, HaClusterView, HaResult, HaState } from './types';

// Each firing retires its own deadline, so the loop ends; the cap only guards against a bug turning into a hang.
const MAX_FIRINGS = 100_000;

/**
 * Advances HA to `now` against the integrator's view of hosts and VMs.
 * @example
 * const { state, events, actions } = haTick(ha, { hosts, vms, canPowerOnOn }, twinTime(18));
 */
export function haTick(state: HaState, view: HaClusterView, now: TwinTime): HaResult {
  let s = state;
  const events: EventDraft[] = [];
  const actions: HaAction[] = [];
  const placed: Placed[] = [];
  for (let firings = 0; ; firings += 1) {
    if (firings >= MAX_FIRINGS) throw new Error('haTick: deadlines did not settle');
    const timer = nextTimer(s, view);
    if (timer === null || timer.at > now) break;
    const step = fire(s, timer, view, placed);
    for (const a of step.actions) if (a.type === 'vmPoweredOn') placed.push({ vmId: a.vmId, hostId: a.hostId });
    s = step.state;
    events.push(...step.events);
    actions.push(...step.actions);
  }
  return { state: s, events, actions };
}

function fire(s: HaState, timer: HaTimer, view: HaClusterView, placed: readonly Placed[]): HaResult {
  const t = timer.at;
  switch (timer.kind) {
    case 'powerOnComplete':
      return firePowerOnComplete(s, t, timer.vmId, view);
    case 'notResponding':
      return fireNotResponding(s, t, timer.hostId);
    case 'unreachable': {
      const host = findHost(s, timer.hostId);
      return host === undefined ? { state: s, events: [], actions: [] } : fireUnreachable(s, t, host);
    }
    case 'electionStart':
      return fireElectionStart(s, t);
    case 'electionComplete':
      return fireElectionComplete(s, t, view);
    case 'isolated':
      return fireIsolated(s, t, timer.hostId);
    case 'isolationResponse':
      return fireIsolationResponse(s, t, timer.hostId, view);
    case 'declareDead':
      return fireDeclareDead(s, t, timer.hostId);
    case 'restartAttempt':
      return fireRestartAttempt(s, t, timer.vmId, view, placed);
  }
}
