/**
 * vSphere HA wired to the inventory: the view HA reads (hosts, VMs, the vSAN power-on rule) and what its actions do
 * (ha/README.md: tasks for power-ons, VMs running on new hosts with a boot time for Harbor, alarms).
 */
import { FDM_STATE_LABELS } from '../ha/fdm-state';
import { haTick } from '../ha/tick';
import type { HaAction, HaClusterView, HaResult } from '../ha/types';
import { applyAlarmIntent } from '../tasks/alarms';
import { findOpenTaskByKey } from '../tasks/task';
import { isAccessible } from '../vsan/quorum';

import { SYSTEM_INITIATOR } from './constants';
import { updateHost, vmById, vmPoweredOn, vmPowerLoss } from './inventory-ops';
import { hostEntity, vmEntity } from './refs';
import type { TwinState } from './state';
import { afterVmMoved } from './vdvs-restart';
import { OBJECTS } from './vsan-view';
import type { Work } from './work';
import { closeTask, emit, nowOf, openTask, startOperation } from './work';

const MIB = 1024 ** 2;

/**
 * Whether a VM may power on: every vSAN object it needs (home namespace, each disk) must be accessible, since HA
 * restarts a VM only where its partition has quorum and the latest copy (vsan-ha.md §3 Restart behaviour).
 */
export function canPowerOn(s: TwinState, vmId: string): true | string {
  const vm = s.topology.vms.find((v) => v.id === vmId);
  if (vm === undefined) return 'The virtual machine does not exist';
  const home = OBJECTS.find(s.vsan.objects, vm.namespaceObjectUuid);
  if (home === undefined || !isAccessible(home)) return `The VM home namespace of ${vm.name} is inaccessible`;
  for (const disk of vm.disks) {
    const o = OBJECTS.find(s.vsan.objects, disk.objectUuid);
    // vSphere's wording when a VMDK cannot be opened at power-on.
    if (o === undefined || !isAccessible(o))
      return `Cannot open the disk '${disk.vmdkPath}' or one of the snapshot disks it depends on.`;
  }
  return true;
}

/** What `haTick` reads: capacity per host, each VM's actual power state, and the vSAN power-on rule. */
export function haView(s: TwinState): HaClusterView {
  return {
    hosts: s.topology.hosts.map((h) => ({
      id: h.id,
      connectedDatastores: 1,
      cpuCapacityMhz: h.cpuCores * h.cpuMhzPerCore,
      memoryCapacityMb: Math.floor(h.memoryBytes / MIB),
      cpuReservedMhz: 0,
      memoryReservedMb: 0,
    })),
    vms: s.topology.vms.map((v) => ({
      id: v.id,
      name: v.name,
      hostId: v.hostId,
      powerState: v.power,
      restartPriority: v.restartPriority,
      cpuReservationMhz: 0,
      memoryReservationMb: 0,
    })),
    canPowerOnOn: (vmId) => canPowerOn(s, vmId),
  };
}

function applyAction(w: Work, action: HaAction): void {
  const t = nowOf(w);
  switch (action.type) {
    case 'powerOnVm': {
      const vm = vmById(w, action.vmId);
      if (vm === undefined) return;
      // An isolated host's copy loses its locks when HA starts the VM elsewhere: that instance is gone.
      vmPowerLoss(w, action.vmId);
      const taskId = openTask(w, {
        name: 'Power On virtual machine',
        target: vmEntity(vm),
        initiator: SYSTEM_INITIATOR,
        key: action.taskKey,
        details: `vSphere HA restart, attempt ${action.attempt}, on ${hostEntity(w.s, action.hostId).name}`,
      });
      startOperation(w, { kind: 'haPowerOn', taskId, vmId: vm.id, completesAt: action.completesAt });
      return;
    }
    case 'vmPoweredOn': {
      const from = vmById(w, action.vmId)?.hostId;
      vmPoweredOn(w, action.vmId, action.hostId, action.guestBootedAt);
      endPowerOnTask(w, action.taskKey, null);
      if (from !== undefined && from !== action.hostId) afterVmMoved(w, action.vmId);
      return;
    }
    case 'powerOnFailed':
      endPowerOnTask(w, action.taskKey, action.reason);
      return;
    case 'powerOffVm': {
      const vm = vmById(w, action.vmId);
      if (vm?.hostId === action.hostId) vmPowerLoss(w, action.vmId);
      return;
    }
    case 'triggerAlarm':
    case 'clearAlarm': {
      const r = applyAlarmIntent(w.s.alarms, t, action);
      w.s = { ...w.s, alarms: r.state };
      emit(w, ...r.events);
      return;
    }
  }
}

function endPowerOnTask(w: Work, taskKey: string, error: string | null): void {
  const task = findOpenTaskByKey(w.s.tasks, taskKey);
  if (task === undefined) return;
  closeTask(w, task.id, error);
  w.s = { ...w.s, operations: w.s.operations.filter((op) => op.taskId !== task.id) };
}

/** Takes in an HA transition's state, events and actions. */
export function applyHa(w: Work, r: HaResult): void {
  w.s = { ...w.s, ha: r.state };
  emit(w, ...r.events);
  for (const action of r.actions) applyAction(w, action);
  syncHostLabels(w);
}

/** Fires HA's deadlines up to now. */
export function runHa(w: Work): void {
  const r = haTick(w.s.ha, haView(w.s), nowOf(w));
  if (r.state === w.s.ha && r.events.length === 0 && r.actions.length === 0) return;
  applyHa(w, r);
}

/** Copies HA's host connection ("Not Responding" at 60 s) and HA state label onto the inventory hosts. */
export function syncHostLabels(w: Work): void {
  for (const h of w.s.ha.hosts) {
    updateHost(w, h.id, (host) => {
      const haState = FDM_STATE_LABELS[h.fdm];
      return host.connection === h.connection && host.haState === haState
        ? host
        : { ...host, connection: h.connection, haState };
    });
  }
  if (w.s.topology.cluster.haEnabled !== w.s.ha.enabled) {
    w.s = { ...w.s, topology: { ...w.s.topology, cluster: { ...w.s.topology.cluster, haEnabled: w.s.ha.enabled } } };
  }
}
