/**
 * Hosts and VMs as the inventory views show them (contracts `Host`, `Vm`), with disk usage from the components
 * placed on each device, HA state labels, the setup checklist pieces and each object's alarm colour.
 */
import { entityAlarmStatus } from '../../tasks/alarms';
import type { AlarmStatus } from '../../tasks/alarms';
import type { FdmState } from '../../ha/fdm-state';
import type { EngineHost, EngineVm, InstallState, TwinState } from '../state';
import { diskRows } from '../vsan-usage';
import { hostComponentCounts } from './host-components';
import type { HostComponentCounts } from './host-components';
import { isoOrNull } from './time';

// Labels the BFF showed before the engine existed; the twin keeps them so the Summary tab does not change.
const ESXI_VERSION = 'VMware ESXi, 6.5.0';
const HOST_MODEL = 'PowerEdge R630';

/** A disk with the bytes placed components use on it. */
export interface DiskView {
  id: string;
  name: string;
  capacityBytes: number;
  usedBytes: number;
  isSsd: boolean;
  state: 'healthy' | 'failed';
}

/** contracts `Host` plus engine facts. */
export interface HostView {
  id: string;
  name: string;
  address: string;
  clusterId: string;
  powerState: 'poweredOn' | 'poweredOff';
  connectionState: 'connected' | 'notResponding' | 'disconnected';
  haState: string;
  fdmState: FdmState | null;
  version: string;
  model: string;
  cpu: { cores: number; mhzPerCore: number };
  memory: { totalBytes: number; usedBytes: number };
  diskGroups: { id: string; cacheDisk: DiskView; capacityDisks: DiskView[] }[];
  vmIds: string[];
  /** The vSAN components placed on the host, by state (witnesses included). */
  components: HostComponentCounts;
  isolated: boolean;
  booting: boolean;
  vib: InstallState;
  alarmStatus: AlarmStatus;
}

function hostView(s: TwinState, h: EngineHost, used: ReadonlyMap<string, number>): HostView {
  const vms = s.topology.vms.filter((vm) => vm.hostId === h.id);
  const disk = (d: EngineHost['diskGroups'][number]['cacheDisk']): DiskView => ({
    id: d.id,
    name: d.name,
    capacityBytes: d.capacityBytes,
    usedBytes: used.get(d.id) ?? 0,
    isSsd: d.isSsd,
    state: d.failed ? 'failed' : 'healthy',
  });
  return {
    id: h.id,
    name: h.name,
    address: h.address,
    clusterId: s.topology.cluster.id,
    powerState: h.power,
    connectionState: h.connection,
    haState: h.haState,
    fdmState: s.ha.hosts.find((x) => x.id === h.id)?.fdm ?? null,
    version: ESXI_VERSION,
    model: HOST_MODEL,
    cpu: { cores: h.cpuCores, mhzPerCore: h.cpuMhzPerCore },
    memory: {
      totalBytes: h.memoryBytes,
      usedBytes: vms.filter((vm) => vm.power === 'poweredOn').reduce((n, vm) => n + vm.memoryBytes, 0),
    },
    diskGroups: h.diskGroups.map((g) => ({
      id: g.id,
      cacheDisk: disk(g.cacheDisk),
      capacityDisks: g.capacityDisks.map(disk),
    })),
    vmIds: vms.map((vm) => vm.id),
    components: hostComponentCounts(s.vsan.objects, h.id),
    isolated: h.isolated,
    booting: s.operations.some((op) => op.kind === 'hostBoot' && op.hostId === h.id),
    vib: h.vib,
    alarmStatus: entityAlarmStatus(s.alarms, h.id),
  };
}

/** Every host. */
export function hostsView(s: TwinState): HostView[] {
  const used = new Map(diskRows(s).map((r) => [r.diskId, r.usedBytes + r.reservedBytes]));
  return s.topology.hosts.map((h) => hostView(s, h, used));
}

/** contracts `Vm` plus engine facts. */
export interface VmView {
  id: string;
  name: string;
  hostId: string;
  powerState: 'poweredOn' | 'poweredOff';
  guestOs: string;
  ipAddress: string | null;
  cpuCount: number;
  memoryBytes: number;
  haProtection: 'protected' | 'unprotected';
  disks: {
    label: string;
    capacityBytes: number;
    vmdkPath: string;
    volumeName: string | null;
    controller: string;
    unitNumber: number;
    diskMode: string;
    objectUuid: string;
  }[];
  uuid: string;
  guestBootedAt: string | null;
  restartPriority: EngineVm['restartPriority'];
  namespaceObjectUuid: string;
  swapObjectUuid: string | null;
  dockerPlugin: InstallState;
  alarmStatus: AlarmStatus;
}

/** Every VM. */
export function vmsView(s: TwinState): VmView[] {
  return s.topology.vms.map((vm) => ({
    id: vm.id,
    name: vm.name,
    hostId: vm.hostId,
    powerState: vm.power,
    guestOs: vm.guestOs,
    ipAddress: vm.power === 'poweredOn' ? vm.ipAddress : null,
    cpuCount: vm.cpuCount,
    memoryBytes: vm.memoryBytes,
    haProtection: s.ha.enabled && vm.power === 'poweredOn' ? 'protected' : 'unprotected',
    disks: vm.disks.map((d) => ({
      label: d.label,
      capacityBytes: d.capacityBytes,
      vmdkPath: d.vmdkPath,
      volumeName: d.volumeName,
      controller: d.controller,
      unitNumber: d.unitNumber,
      diskMode: d.diskMode,
      objectUuid: d.objectUuid,
    })),
    uuid: vm.uuid,
    guestBootedAt: isoOrNull(s, vm.guestBootedAt),
    restartPriority: vm.restartPriority,
    namespaceObjectUuid: vm.namespaceObjectUuid,
    swapObjectUuid: vm.swapObjectUuid,
    dockerPlugin: vm.dockerPlugin,
    alarmStatus: entityAlarmStatus(s.alarms, vm.id),
  }));
}
