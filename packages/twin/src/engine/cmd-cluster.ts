/**
 * Cluster-wide commands: vSphere HA on/off (vsan-ha.md §3 Basics), the Object Repair Timer (§2), the clock's speed,
 * alarm acknowledgement and `advance`, the one command that moves time.
 */
import { setHaEnabled } from '../ha/enable';
import { acknowledgeAlarm } from '../tasks/alarms';
import { seconds } from '../tasks/time';

import { advanceBy } from './advance';
import type { CommandOf } from './commands';
import { MAX_ADVANCE_SECONDS } from './constants';
import { applyHa } from './ha-bridge';
import { clusterEntity } from './refs';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import { runRepairs } from './vsan-repair';
import type { Work } from './work';
import { emit, nowOf, runTask } from './work';

// The contracts cap speed at 3600× (PutClockBody) and the repair delay at a week (SetVsanBody).
const MAX_SPEED = 3600;

/** Turns vSphere HA on or off; on a vSAN cluster it needs 3 hosts (the module refuses fewer). */
export function cmdSetHaEnabled(w: Work, cmd: CommandOf<'setHaEnabled'>): CommandResult {
  const r = setHaEnabled(w.s.ha, nowOf(w), { enabled: cmd.enabled, vsanEnabled: w.s.topology.cluster.vsanEnabled });
  if (r.error !== undefined) return refuse('conflict', r.error);
  // vCenter records a Reconfigure task even when HA already is in the asked state; it simply succeeds.
  const taskId = runTask(w, {
    name: 'Reconfigure cluster',
    target: clusterEntity(w.s),
    details: cmd.enabled ? 'Turn on vSphere HA' : 'Turn off vSphere HA',
  });
  if (r.state !== w.s.ha) applyHa(w, r);
  return done(taskId);
}

/** Sets `VSAN.ClomRepairDelay`; components already past the new delay are repaired (or reported blocked) at once. */
export function cmdSetRepairDelay(w: Work, cmd: CommandOf<'setRepairDelay'>): CommandResult {
  if (!Number.isInteger(cmd.seconds) || cmd.seconds < 0 || cmd.seconds > MAX_ADVANCE_SECONDS) {
    return refuse('bad_request', `setRepairDelay.seconds must be an integer from 0 to ${MAX_ADVANCE_SECONDS}`);
  }
  const taskId = runTask(w, {
    name: 'Reconfigure vSAN cluster',
    target: clusterEntity(w.s),
    details: `Object Repair Timer: ${cmd.seconds / 60} minutes`,
  });
  const cluster = { ...w.s.topology.cluster, repairDelaySeconds: seconds(cmd.seconds) };
  w.s = { ...w.s, topology: { ...w.s.topology, cluster } };
  runRepairs(w, 'due');
  return done(taskId);
}

/** Records the clock speed the BFF runs at. */
export function cmdSetSpeed(w: Work, cmd: CommandOf<'setSpeed'>): CommandResult {
  if (!(cmd.speed > 0 && cmd.speed <= MAX_SPEED)) {
    return refuse('bad_request', `setSpeed.speed must be above 0 and at most ${MAX_SPEED}`);
  }
  w.s = { ...w.s, clock: { ...w.s.clock, speed: cmd.speed } };
  return done();
}

/** Acknowledges a triggered alarm for the step's user. */
export function cmdAcknowledgeAlarm(w: Work, cmd: CommandOf<'acknowledgeAlarm'>): CommandResult {
  if (!w.s.alarms.alarms.some((a) => a.id === cmd.alarmId)) {
    return refuse('not_found', `No triggered alarm with id ${cmd.alarmId}`);
  }
  const r = acknowledgeAlarm(w.s.alarms, nowOf(w), { alarmId: cmd.alarmId, user: w.initiator });
  w.s = { ...w.s, alarms: r.state };
  emit(w, ...r.events);
  return done();
}

/** Lets time pass. */
export function cmdAdvance(w: Work, cmd: CommandOf<'advance'>): CommandResult {
  if (!(cmd.seconds > 0 && cmd.seconds <= MAX_ADVANCE_SECONDS)) {
    return refuse('bad_request', `advance.seconds must be above 0 and at most ${MAX_ADVANCE_SECONDS}`);
  }
  advanceBy(w, cmd.seconds);
  return done();
}
