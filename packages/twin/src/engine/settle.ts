/**
 * Brings every subsystem to the working state's `now`, in a fixed order: operations that end now, repair timers that
 * run out now, HA's deadlines (its actions power VMs on and off), Harbor's containers (which follow their VM), then
 * the vSAN alarm and the task progress. Commands call it after their change; `advance` calls it at every deadline.
 */
import { pendingTimers } from '../ha/timers';

import { runHa, syncHostLabels } from './ha-bridge';
import { harborVm, runHarbor } from './harbor-bridge';
import { nextOperationEnd, runOperations } from './operations';
import type { TwinState } from './state';
import { updateVsanAlarm } from './vsan-alarm';
import { nextRepairExpiry, runRepairs } from './vsan-repair';
import { nextResyncCompletion } from './vsan-resync';
import type { Work } from './work';
import { nowOf } from './work';

/**
 * Settles the working state at its current time. `timersExpire` is true only where time has just moved to `now`
 * (inside `advance`): repair timers that run out exactly now are handled once, not again by a later command.
 */
export function settle(w: Work, timersExpire: boolean): void {
  const t = nowOf(w);
  if (w.s.vsan.stuns.some((st) => st.until <= t)) {
    w.s = { ...w.s, vsan: { ...w.s.vsan, stuns: w.s.vsan.stuns.filter((st) => st.until > t) } };
  }
  runOperations(w);
  if (timersExpire) runRepairs(w, 'expiring');
  runHa(w);
  runHarbor(w);
  updateVsanAlarm(w);
  syncHostLabels(w);
}

function nextHarborStart(s: TwinState): number {
  const t = s.clock.now;
  let next = Infinity;
  for (const c of s.harbor.state.containers) {
    for (const at of [c.pendingStartAt, c.nextRestartAt]) {
      if (at !== null && at > t && at < next) next = at;
    }
  }
  // A restore is scheduled on the first tick after the guest boot is known; that tick is the boot instant at latest.
  const vm = harborVm(s);
  if (s.harbor.state.awaitingBoot && vm?.guestBootedAt != null && vm.guestBootedAt > t) {
    next = Math.min(next, vm.guestBootedAt);
  }
  return next;
}

/** The earliest instant after now at which something happens by itself; Infinity when nothing is pending. */
export function nextDeadline(s: TwinState): number {
  const t = s.clock.now;
  const ha = pendingTimers(s.ha).reduce((next, timer) => (timer.at > t && timer.at < next ? timer.at : next), Infinity);
  const stun = s.vsan.stuns.reduce((next, st) => (st.until > t && st.until < next ? st.until : next), Infinity);
  return Math.min(
    ha,
    stun,
    nextOperationEnd(s.operations, t),
    nextHarborStart(s),
    nextRepairExpiry(s),
    nextResyncCompletion(s),
  );
}
