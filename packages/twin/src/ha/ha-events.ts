/**
 * The Events-list entries HA and vCenter log during a failover. Type ids and texts marked [V] are vsan-ha.md §3 Events
 * and alarms; the others are vSphere class names with plausible wording, marked [U].
 */
import type { EntityRef } from '../tasks/entity';
import type { EventDraft, EventSeverity } from '../tasks/events';
import type { TwinTime } from '../tasks/time';

import type { FdmState } from './fdm-state';
import { FDM_STATE_LABELS } from './fdm-state';
import type { HaState } from './types';

/** Names of the objects an HA event mentions. */
export interface HaEventScope {
  cluster: EntityRef;
  datacenterName: string;
}

/** The scope for events of this state's cluster. */
export function scopeOf(state: HaState): HaEventScope {
  const { id, name, datacenterName } = state.cluster;
  return { cluster: { type: 'ClusterComputeResource', id, name }, datacenterName };
}

/** A host reference by id, named from the state. */
export function hostRef(state: HaState, hostId: string): EntityRef {
  const name = state.hosts.find((h) => h.id === hostId)?.name ?? hostId;
  return { type: 'HostSystem', id: hostId, name };
}

/** A VM reference. */
export function vmRef(id: string, name: string): EntityRef {
  return { type: 'VirtualMachine', id, name };
}

function draft(
  t: TwinTime,
  severity: EventSeverity,
  typeId: string,
  message: string,
  objects: EntityRef[],
): EventDraft {
  return { time: t, severity, typeId, message, objects };
}

/** [V] The restart event (warning, as scripts filter it). */
export function vmRestartedEvent(t: TwinTime, s: HaEventScope, vm: EntityRef, host: EntityRef): EventDraft {
  const message = `vSphere HA restarted virtual machine ${vm.name} on host ${host.name} in cluster ${s.cluster.name}`;
  return draft(t, 'warning', 'com.vmware.vc.ha.VmRestartedByHAEvent', message, [vm, host, s.cluster]);
}

/** [V] type id and text; severity error [U]. */
export function hostFailedEvent(t: TwinTime, s: HaEventScope, host: EntityRef): EventDraft {
  const message = `vSphere HA detected a possible host failure of host ${host.name} in cluster ${s.cluster.name} in datacenter ${s.datacenterName}`;
  return draft(t, 'error', 'com.vmware.vc.HA.DasHostFailedEvent', message, [host, s.cluster]);
}

/** [U] wording; the type id is the EventEx the default alarms watch. */
export function hostIsolatedEvent(t: TwinTime, s: HaEventScope, host: EntityRef): EventDraft {
  const message = `vSphere HA detected that host ${host.name} is isolated from cluster ${s.cluster.name} in ${s.datacenterName}`;
  return draft(t, 'warning', 'com.vmware.vc.HA.DasHostIsolatedEvent', message, [host, s.cluster]);
}

/** [U] The host's HA state changed (e.g. to "Running (Primary)"). */
export function hostStateChangedEvent(t: TwinTime, s: HaEventScope, host: EntityRef, to: FdmState): EventDraft {
  const message = `The vSphere HA availability state of the host ${host.name} in cluster ${s.cluster.name} in ${s.datacenterName} has changed to ${FDM_STATE_LABELS[to]}`;
  return draft(t, 'info', 'com.vmware.vc.HA.HostStateChangedEvent', message, [host, s.cluster]);
}

/** [U] Raised with the "vSphere HA initiated a failover action" alarm. */
export function failoverInitiatedEvent(t: TwinTime, s: HaEventScope, vmCount: number): EventDraft {
  const message = `vSphere HA initiated a failover action on ${vmCount} virtual machines in cluster ${s.cluster.name} in datacenter ${s.datacenterName}`;
  return draft(t, 'warning', 'com.vmware.vc.HA.ClusterFailoverActionInitiatedEvent', message, [s.cluster]);
}

/** [U] wording. One failed restart attempt; capacity shortages use NotEnoughResourcesToStartVmEvent (§3). */
export function restartAttemptFailedEvent(
  t: TwinTime,
  s: HaEventScope,
  vm: EntityRef,
  reason: string,
  noCapacity: boolean,
): EventDraft {
  if (noCapacity) {
    const message = `Insufficient resources to fail over ${vm.name} in ${s.cluster.name} in ${s.datacenterName}. vSphere HA will retry the fail over when enough resources are available. Reason: ${reason}`;
    return draft(t, 'error', 'vim.event.NotEnoughResourcesToStartVmEvent', message, [vm, s.cluster]);
  }
  const message = `vSphere HA unsuccessfully failed over ${vm.name} in cluster ${s.cluster.name} in ${s.datacenterName}. vSphere HA will retry if the maximum number of attempts has not been exceeded. Reason: ${reason}`;
  return draft(t, 'error', 'vim.event.VmFailoverFailed', message, [vm, s.cluster]);
}

/** [U] tail; scripts match the "vSphere HA stopped trying to restart <vm>" prefix. */
export function maxRestartsReachedEvent(t: TwinTime, s: HaEventScope, vm: EntityRef, host: EntityRef): EventDraft {
  const message = `vSphere HA stopped trying to restart ${vm.name} on ${host.name} in cluster ${s.cluster.name} in ${s.datacenterName} because the maximum VM restart count was reached`;
  return draft(t, 'warning', 'vim.event.VmMaxRestartCountReached', message, [vm, host, s.cluster]);
}

/** [U] wording. The isolation response powered a VM off. */
export function isolationPowerOffEvent(t: TwinTime, s: HaEventScope, vm: EntityRef, host: EntityRef): EventDraft {
  const message = `vSphere HA powered off virtual machine ${vm.name} on isolated host ${host.name} in cluster ${s.cluster.name} in ${s.datacenterName}`;
  return draft(t, 'warning', 'vim.event.VmPowerOffOnIsolationEvent', message, [vm, host, s.cluster]);
}

/** [U] wording. vCenter lost the host's vpxa heartbeat for 60 s. */
export function hostNotRespondingEvent(t: TwinTime, s: HaEventScope, host: EntityRef): EventDraft {
  return draft(
    t,
    'error',
    'vim.event.HostNotRespondingEvent',
    `Host ${host.name} in ${s.datacenterName} is not responding`,
    [host],
  );
}

/** [U] wording. vCenter reconnected the host. */
export function hostConnectedEvent(t: TwinTime, s: HaEventScope, host: EntityRef): EventDraft {
  return draft(t, 'info', 'vim.event.HostConnectedEvent', `Connected to ${host.name} in ${s.datacenterName}`, [host]);
}

/** [U] wording. HA switched on or off for the cluster. */
export function haToggledEvent(t: TwinTime, s: HaEventScope, enabled: boolean): EventDraft {
  const typeId = enabled ? 'vim.event.DasEnabledEvent' : 'vim.event.DasDisabledEvent';
  const message = `vSphere HA ${enabled ? 'enabled' : 'disabled'} for cluster ${s.cluster.name} in ${s.datacenterName}`;
  return draft(t, 'info', typeId, message, [s.cluster]);
}
