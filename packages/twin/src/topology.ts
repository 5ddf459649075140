/**
 * The walkthrough's inventory as plain data: a vCenter, a Datacenter, a vSAN cluster of three ESXi hosts
 * (10.162.102.130/.131/.132), a Photon OS VM running Docker and Harbor on .130, and the vsanDatastore.
 * Addresses are labels only: nothing ever connects to them.
 */
import type { ConnectionState, PowerState } from '@harborview/contracts/vocabulary';

export type HostPower = PowerState;
export type HostConnection = ConnectionState;

export interface TwinDisk {
  id: string;
  name: string;
  capacityBytes: number;
  isSsd: boolean;
  failed: boolean;
}

export interface TwinDiskGroup {
  id: string;
  cacheDisk: TwinDisk;
  capacityDisks: TwinDisk[];
}

export interface TwinHost {
  id: string;
  name: string;
  address: string;
  power: HostPower;
  connection: HostConnection;
  haState: string;
  cpuCores: number;
  cpuMhzPerCore: number;
  memoryBytes: number;
  diskGroups: TwinDiskGroup[];
}

export interface TwinVirtualDisk {
  label: string;
  capacityBytes: number;
  vmdkPath: string;
  volumeName: string | null;
  controller: string;
  unitNumber: number;
}

export interface TwinVm {
  id: string;
  name: string;
  hostId: string;
  power: HostPower;
  guestOs: string;
  ipAddress: string | null;
  cpuCount: number;
  memoryBytes: number;
  disks: TwinVirtualDisk[];
}

export interface TwinTopology {
  vcenter: { id: string; name: string };
  datacenter: { id: string; name: string };
  cluster: { id: string; name: string; haEnabled: boolean; vsanEnabled: boolean };
  hosts: TwinHost[];
  vms: TwinVm[];
  datastore: { id: string; name: string; url: string };
  network: { id: string; name: string };
}

export interface TopologyOptions {
  /** Cluster size: 3 by default, up to 64 (vsan-ha.md §3: HA on vSAN needs at least 3 hosts). */
  hosts?: number;
}

const GIB = 1024 ** 3;
const MIN_HOSTS = 3;
const MAX_HOSTS = 64;

/** The 10.162.102.x label of the n-th host: .130, .131, ... as in the walkthrough. */
export function hostAddress(index: number): string {
  const last = 130 + index;
  return last <= 254 ? `10.162.102.${last}` : `10.162.103.${last - 255}`;
}

function makeDiskGroup(hostIndex: number): TwinDiskGroup {
  const prefix = `host-${hostIndex + 1}-dg-1`;
  return {
    id: prefix,
    cacheDisk: {
      id: `${prefix}-cache`,
      name: 'mpx.vmhba1:C0:T0:L0',
      capacityBytes: 50 * GIB,
      isSsd: true,
      failed: false,
    },
    capacityDisks: [1, 2].map((n) => ({
      id: `${prefix}-cap-${n}`,
      name: `mpx.vmhba1:C0:T${n}:L0`,
      capacityBytes: 500 * GIB,
      isSsd: false,
      failed: false,
    })),
  };
}

function makeHost(index: number): TwinHost {
  return {
    id: `host-${index + 1}`,
    name: hostAddress(index),
    address: hostAddress(index),
    power: 'poweredOn',
    connection: 'connected',
    haState: 'disabled',
    cpuCores: 8,
    cpuMhzPerCore: 2600,
    memoryBytes: 64 * GIB,
    diskGroups: [makeDiskGroup(index)],
  };
}

/** Builds the walkthrough's topology; `hosts` sizes the cluster (3–64). */
export function createTopology(options: TopologyOptions = {}): TwinTopology {
  const count = options.hosts ?? MIN_HOSTS;
  if (!Number.isInteger(count) || count < MIN_HOSTS || count > MAX_HOSTS) {
    throw new RangeError(`hosts must be an integer from ${MIN_HOSTS} to ${MAX_HOSTS}, got ${count}`);
  }
  const hosts = Array.from({ length: count }, (_, i) => makeHost(i));
  const harborVm: TwinVm = {
    id: 'vm-1',
    name: 'photon-harbor',
    hostId: 'host-1',
    power: 'poweredOn',
    guestOs: 'VMware Photon OS (64-bit)',
    ipAddress: '10.162.102.140',
    cpuCount: 2,
    memoryBytes: 4 * GIB,
    disks: [
      {
        label: 'Hard disk 1',
        capacityBytes: 16 * GIB,
        vmdkPath: '[vsanDatastore] photon-harbor/photon-harbor.vmdk',
        volumeName: null,
        controller: 'SCSI controller 0',
        unitNumber: 0,
      },
    ],
  };
  return {
    vcenter: { id: 'vcenter', name: 'vcenter.harborview.local' },
    datacenter: { id: 'datacenter-1', name: 'Datacenter' },
    cluster: { id: 'cluster-1', name: 'vSAN-Cluster', haEnabled: false, vsanEnabled: true },
    hosts,
    vms: [harborVm],
    datastore: {
      id: 'datastore-1',
      name: 'vsanDatastore',
      url: 'ds:///vmfs/volumes/vsan:52a1b2c3d4e5f607-8192a3b4c5d6e7f8/',
    },
    network: { id: 'network-1', name: 'VM Network' },
  };
}
