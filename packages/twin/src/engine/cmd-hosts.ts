/**
 * Host faults and their repair: power off (a crash: components ABSENT, VMs down, HA detection starts), power on (a
 * boot task; vSAN resyncs when it ends), isolation, and device failure/replacement (vsan-ha.md §2, §3).
 */
import { onHostFailure, onHostRecovered } from '../ha/host-faults';
import type { FaultKind } from '../ha/types';
import { after } from '../tasks/time';

import type { CommandOf } from './commands';
import { HOST_BOOT_DURATION } from './constants';
import { applyHa } from './ha-bridge';
import { reprotectSwaps, updateHost, vmPowerLoss } from './inventory-ops';
import { hostEntity } from './refs';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import type { EngineHost } from './state';
import { diskComponentsLost, hostComponentsBack, hostComponentsLost } from './vsan-failures';
import { runRepairs } from './vsan-repair';
import type { Work } from './work';
import { emit, nowOf, openTask, runTask, startOperation } from './work';

function hostOf(w: Work, hostId: string): EngineHost | undefined {
  return w.s.topology.hosts.find((h) => h.id === hostId);
}

const noHost = (hostId: string): CommandResult => refuse('not_found', `No host with id ${hostId}`);
const runningOn = (w: Work, hostId: string): string[] =>
  w.s.topology.vms.filter((v) => v.hostId === hostId && v.power === 'poweredOn').map((v) => v.id);

/** HA learns it lost the host with its `running` VMs; with a repair delay of 0 the new ABSENT components are due at once. */
function hostLost(w: Work, hostId: string, kind: FaultKind, running: string[]): void {
  applyHa(w, onHostFailure(w.s.ha, nowOf(w), { hostId, kind, runningVmIds: running }));
  runRepairs(w, 'due');
}
const booting = (w: Work, hostId: string): boolean =>
  w.s.operations.some((op) => op.kind === 'hostBoot' && op.hostId === hostId);

function powerOff(w: Work, host: EngineHost): CommandResult {
  const taskId = runTask(w, { name: 'Power off host', target: hostEntity(w.s, host.id), details: 'Power removed' });
  const running = runningOn(w, host.id);
  running.forEach((vmId) => vmPowerLoss(w, vmId));
  updateHost(w, host.id, (h) => ({ ...h, power: 'poweredOff', isolated: false }));
  // An isolated host's components are already ABSENT to the rest of the cluster.
  if (!host.isolated) hostComponentsLost(w, host.id, 'host powered off');
  emit(w, {
    time: nowOf(w),
    severity: 'error',
    typeId: 'com.harborview.host.PoweredOff',
    message: `Host ${host.name} lost power with ${running.length} running VMs`,
    objects: [hostEntity(w.s, host.id)],
  });
  hostLost(w, host.id, 'hostFailure', running);
  return done(taskId);
}

/** `powerHost`: off is immediate; on is a boot task that ends after `HOST_BOOT_DURATION`. */
export function cmdPowerHost(w: Work, cmd: CommandOf<'powerHost'>): CommandResult {
  const host = hostOf(w, cmd.hostId);
  if (host === undefined) return noHost(cmd.hostId);
  if (cmd.state === 'off') {
    if (host.power === 'poweredOff') return refuse('conflict', `Host ${host.name} is already powered off`);
    return powerOff(w, host);
  }
  if (host.power === 'poweredOn') return refuse('conflict', `Host ${host.name} is already powered on`);
  if (booting(w, host.id)) return refuse('conflict', `Host ${host.name} is already powering on`);
  const taskId = openTask(w, { name: 'Power on host', target: hostEntity(w.s, host.id), details: 'Booting ESXi' });
  startOperation(w, { kind: 'hostBoot', taskId, hostId: host.id, completesAt: after(nowOf(w), HOST_BOOT_DURATION) });
  return done(taskId);
}

/** Cuts a running host off the vSAN network: its components go ABSENT, its VMs run on without storage. */
export function cmdIsolateHost(w: Work, cmd: CommandOf<'isolateHost'>): CommandResult {
  const host = hostOf(w, cmd.hostId);
  if (host === undefined) return noHost(cmd.hostId);
  if (host.power !== 'poweredOn') return refuse('conflict', `Host ${host.name} is powered off`);
  if (host.isolated) return refuse('conflict', `Host ${host.name} is already isolated`);
  const taskId = runTask(w, {
    name: 'Disconnect host network',
    target: hostEntity(w.s, host.id),
    details: 'vSAN and management networks unreachable',
  });
  updateHost(w, host.id, (h) => ({ ...h, isolated: true }));
  hostComponentsLost(w, host.id, 'host isolated from the vSAN network');
  hostLost(w, host.id, 'isolation', runningOn(w, host.id));
  return done(taskId);
}

/** Ends an isolation: the host's components come back (resyncing any delta) and HA's agent rejoins. */
export function cmdReconnectHost(w: Work, cmd: CommandOf<'reconnectHost'>): CommandResult {
  const host = hostOf(w, cmd.hostId);
  if (host === undefined) return noHost(cmd.hostId);
  if (!host.isolated) return refuse('conflict', `Host ${host.name} is not isolated`);
  const taskId = runTask(w, { name: 'Reconnect host', target: hostEntity(w.s, host.id) });
  updateHost(w, host.id, (h) => ({ ...h, isolated: false }));
  hostComponentsBack(w, host.id);
  applyHa(w, onHostRecovered(w.s.ha, nowOf(w), { hostId: host.id }));
  reprotectSwaps(w);
  runRepairs(w, 'due');
  return done(taskId);
}

function findDisk(host: EngineHost, diskId: string): { failed: boolean } | undefined {
  return host.diskGroups.flatMap((g) => [g.cacheDisk, ...g.capacityDisks]).find((d) => d.id === diskId);
}

function setDiskFailed(w: Work, hostId: string, diskId: string, failed: boolean): void {
  updateHost(w, hostId, (h) => ({
    ...h,
    diskGroups: h.diskGroups.map((g) => ({
      ...g,
      cacheDisk: g.cacheDisk.id === diskId ? { ...g.cacheDisk, failed } : g.cacheDisk,
      capacityDisks: g.capacityDisks.map((d) => (d.id === diskId ? { ...d, failed } : d)),
    })),
  }));
}

/** A device dies: its components (all of its disk group's, for a cache device) go DEGRADED and rebuild at once. */
export function cmdFailDisk(w: Work, cmd: CommandOf<'failDisk'>): CommandResult {
  const host = hostOf(w, cmd.hostId);
  if (host === undefined) return noHost(cmd.hostId);
  const disk = findDisk(host, cmd.diskId);
  if (disk === undefined) return refuse('not_found', `Host ${host.name} has no disk ${cmd.diskId}`);
  if (disk.failed) return refuse('conflict', `Disk ${cmd.diskId} on ${host.name} has already failed`);
  const taskId = runTask(w, { name: 'Fail disk', target: hostEntity(w.s, host.id), details: cmd.diskId });
  setDiskFailed(w, host.id, cmd.diskId, true);
  diskComponentsLost(w, host.id, cmd.diskId);
  runRepairs(w, 'due');
  return done(taskId);
}

/** The failed device is replaced by an empty one: rebuilds that had nowhere to go may start. */
export function cmdReplaceDisk(w: Work, cmd: CommandOf<'replaceDisk'>): CommandResult {
  const host = hostOf(w, cmd.hostId);
  if (host === undefined) return noHost(cmd.hostId);
  const disk = findDisk(host, cmd.diskId);
  if (disk === undefined) return refuse('not_found', `Host ${host.name} has no disk ${cmd.diskId}`);
  if (!disk.failed) return refuse('conflict', `Disk ${cmd.diskId} on ${host.name} has not failed`);
  const taskId = runTask(w, { name: 'Replace disk', target: hostEntity(w.s, host.id), details: cmd.diskId });
  setDiskFailed(w, host.id, cmd.diskId, false);
  runRepairs(w, 'due');
  return done(taskId);
}
