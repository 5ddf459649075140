import type { Cluster, Datastore, Disk, Host, Vm } from '@harborview/contracts/inventory';
import { createTopology } from '@harborview/twin/topology';
import type { TopologyOptions, TwinDisk, TwinHost, TwinTopology, TwinVm } from '@harborview/twin/topology';

import type { ConsoleBackend } from './backend';
import { buildInventory } from './twin-inventory';

function toDisk(disk: TwinDisk): Disk {
  // No vSAN objects are placed yet, so nothing is used; the placement engine fills this in.
  return {
    id: disk.id,
    name: disk.name,
    capacityBytes: disk.capacityBytes,
    usedBytes: 0,
    isSsd: disk.isSsd,
    state: disk.failed ? 'failed' : 'healthy',
  };
}

function toHost(topology: TwinTopology, host: TwinHost): Host {
  const vms = topology.vms.filter((vm) => vm.hostId === host.id);
  return {
    id: host.id,
    name: host.name,
    address: host.address,
    clusterId: topology.cluster.id,
    powerState: host.power,
    connectionState: host.connection,
    haState: host.haState,
    version: 'VMware ESXi, 6.5.0',
    model: 'PowerEdge R630',
    cpu: { cores: host.cpuCores, mhzPerCore: host.cpuMhzPerCore },
    memory: {
      totalBytes: host.memoryBytes,
      usedBytes: vms.filter((vm) => vm.power === 'poweredOn').reduce((sum, vm) => sum + vm.memoryBytes, 0),
    },
    diskGroups: host.diskGroups.map((group) => ({
      id: group.id,
      cacheDisk: toDisk(group.cacheDisk),
      capacityDisks: group.capacityDisks.map(toDisk),
    })),
    vmIds: vms.map((vm) => vm.id),
  };
}

function toVm(topology: TwinTopology, vm: TwinVm): Vm {
  return {
    id: vm.id,
    name: vm.name,
    hostId: vm.hostId,
    powerState: vm.power,
    guestOs: vm.guestOs,
    ipAddress: vm.power === 'poweredOn' ? vm.ipAddress : null,
    cpuCount: vm.cpuCount,
    memoryBytes: vm.memoryBytes,
    haProtection: topology.cluster.haEnabled ? 'protected' : 'unprotected',
    disks: vm.disks.map((disk) => ({ ...disk })),
  };
}

function toCluster(topology: TwinTopology): Cluster {
  return {
    id: topology.cluster.id,
    name: topology.cluster.name,
    datacenterId: topology.datacenter.id,
    haEnabled: topology.cluster.haEnabled,
    vsanEnabled: topology.cluster.vsanEnabled,
    hostIds: topology.hosts.map((h) => h.id),
    datastoreIds: [topology.datastore.id],
  };
}

function toDatastore(topology: TwinTopology): Datastore {
  // vSAN's datastore is the sum of every capacity disk of every host (vsan-ha.md §1, capacity).
  const capacityDisks = topology.hosts.flatMap((h) => h.diskGroups.flatMap((g) => g.capacityDisks));
  const capacityBytes = capacityDisks.reduce((sum, d) => sum + d.capacityBytes, 0);
  return {
    id: topology.datastore.id,
    name: topology.datastore.name,
    type: 'vsan',
    url: topology.datastore.url,
    capacityBytes,
    freeBytes: capacityBytes,
    hostIds: topology.hosts.map((h) => h.id),
  };
}

/** The embedded default backend: answers from the deterministic twin, no lab needed. */
export function createTwinBackend(options: TopologyOptions = {}): ConsoleBackend {
  const topology = createTopology(options);
  return {
    kind: 'twin',
    inventory: async () => buildInventory(topology),
    listHosts: async () => topology.hosts.map((h) => toHost(topology, h)),
    getHost: async (id) => {
      const host = topology.hosts.find((h) => h.id === id);
      return host && toHost(topology, host);
    },
    listVms: async () => topology.vms.map((vm) => toVm(topology, vm)),
    getVm: async (id) => {
      const vm = topology.vms.find((v) => v.id === id);
      return vm && toVm(topology, vm);
    },
    listClusters: async () => [toCluster(topology)],
    getCluster: async (id) => (id === topology.cluster.id ? toCluster(topology) : undefined),
    listDatastores: async () => [toDatastore(topology)],
    getDatastore: async (id) => (id === topology.datastore.id ? toDatastore(topology) : undefined),
    // The twin's task and alarm engine lands with the twin issue; until then there are none to show.
    listTasks: async () => [],
    listAlarms: async () => [],
  };
}
