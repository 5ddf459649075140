import type { DrillLane } from '@harborview/contracts/drills';

/** What the lane of an event is decided from: its vSphere event type, text and the objects it names. */
export interface LaneInput {
  typeId: string;
  message: string;
  objects: readonly { type: string }[];
}

// vSphere event types (vsan-ha.md §3 Events and alarms, plus the twin's own com.harborview.* types) by lane.
const BY_TYPE: Readonly<Record<string, DrillLane>> = {
  'com.harborview.host.PoweredOff': 'host',
  'com.harborview.host.PoweredOn': 'host',
  'vim.event.HostNotRespondingEvent': 'host',
  'vim.event.HostConnectedEvent': 'host',
  'com.vmware.vc.HA.DasHostFailedEvent': 'ha',
  'com.vmware.vc.HA.DasHostIsolatedEvent': 'ha',
  'com.vmware.vc.HA.HostStateChangedEvent': 'ha',
  'com.vmware.vc.HA.ClusterFailoverActionInitiatedEvent': 'ha',
  'vim.event.VmFailoverFailed': 'ha',
  'vim.event.NotEnoughResourcesToStartVmEvent': 'ha',
  'vim.event.VmMaxRestartCountReached': 'ha',
  'vim.event.DasEnabledEvent': 'ha',
  'vim.event.DasDisabledEvent': 'ha',
  'com.vmware.vc.ha.VmRestartedByHAEvent': 'vm',
  'vim.event.VmPowerOffOnIsolationEvent': 'vm',
};

const BY_PREFIX: readonly [string, DrillLane][] = [
  ['com.harborview.vsan.', 'vsan'],
  ['com.harborview.vdvs.', 'volume'],
  ['com.harborview.harbor.', 'harbor'],
];

// Managed-object types the twin puts first in an event's objects.
const BY_OBJECT: Readonly<Record<string, DrillLane>> = {
  HostSystem: 'host',
  VirtualMachine: 'vm',
  ClusterComputeResource: 'ha',
  Datastore: 'vsan',
  DockerVolume: 'volume',
  Harbor: 'harbor',
  Container: 'harbor',
};

/**
 * The timeline lane of a twin event: by type, then by type prefix; tasks and alarms (generic types) go by what they
 * are about — an alarm's name says vSAN or HA, a task by its target object.
 * @example laneOf({ typeId: 'com.vmware.vc.HA.DasHostFailedEvent', message: '…', objects: [] }) // 'ha'
 */
export function laneOf(event: LaneInput): DrillLane {
  const exact = BY_TYPE[event.typeId];
  if (exact) return exact;
  const prefixed = BY_PREFIX.find(([prefix]) => event.typeId.startsWith(prefix));
  if (prefixed) return prefixed[1];
  if (event.typeId === 'vim.event.AlarmStatusChangedEvent' || event.typeId === 'vim.event.AlarmAcknowledgedEvent') {
    // HA's alarms name the cluster ("on vSAN-Cluster"), so HA is asked first.
    if (event.message.includes('vSphere HA')) return 'ha';
    if (event.message.includes('vSAN')) return 'vsan';
  }
  return BY_OBJECT[event.objects[0]?.type ?? ''] ?? 'host';
}
