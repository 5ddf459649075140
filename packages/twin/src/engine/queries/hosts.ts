/**
 * Hosts and VMs exactly as the inventory views show them (contracts `Host`, `Vm`), with disk usage from the
 * components placed on each device, HA state labels and component counts.
 */
import type { Disk, Host, Vm } from '@harborview/contracts/inventory';

import type { EngineHost, TwinState } from '../state';
import { diskRows } from '../vsan-usage';

import { hostComponentCounts } from './host-components';

// Labels the BFF showed before the engine existed; the twin keeps them so the Summary tab does not change.
const ESXI_VERSION = 'VMware ESXi, 6.5.0';
const HOST_MODEL = 'PowerEdge R630';

// Fields are listed in the contract's order: the BFF serializes these objects as they are.
function hostView(s: TwinState, h: EngineHost, used: ReadonlyMap<string, number>): Host {
  const vms = s.topology.vms.filter((vm) => vm.hostId === h.id);
  const disk = (d: EngineHost['diskGroups'][number]['cacheDisk']): Disk => ({
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
  };
}

/** Every host. */
export function hostsView(s: TwinState): Host[] {
  const used = new Map(diskRows(s).map((r) => [r.diskId, r.usedBytes + r.reservedBytes]));
  return s.topology.hosts.map((h) => hostView(s, h, used));
}

/** Every VM. */
export function vmsView(s: TwinState): Vm[] {
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
    })),
  }));
}
