import type { Cluster, Datastore, Host, Inventory, InventoryNode, Vm } from '@harborview/contracts/inventory';

const GIB = 1024 ** 3;

/** A small inventory for component tests, typed by the contracts so it cannot drift from the API. */
export function hostFixture(over: Partial<Host> = {}): Host {
  return {
    id: 'host-1',
    name: '10.162.102.130',
    address: '10.162.102.130',
    clusterId: 'cluster-1',
    powerState: 'poweredOn',
    connectionState: 'connected',
    haState: 'Running (Primary)',
    version: 'VMware ESXi, 6.5.0',
    model: 'PowerEdge R630',
    cpu: { cores: 8, mhzPerCore: 2600 },
    memory: { totalBytes: 64 * GIB, usedBytes: 4 * GIB },
    diskGroups: [
      {
        id: 'dg-1',
        cacheDisk: {
          id: 'c',
          name: 'mpx.vmhba1:C0:T0:L0',
          capacityBytes: 50 * GIB,
          usedBytes: 0,
          isSsd: true,
          state: 'healthy',
        },
        capacityDisks: [
          {
            id: 'd1',
            name: 'mpx.vmhba1:C0:T1:L0',
            capacityBytes: 500 * GIB,
            usedBytes: 0,
            isSsd: false,
            state: 'healthy',
          },
        ],
      },
    ],
    vmIds: ['vm-1'],
    components: {
      total: 0,
      byState: { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 },
    },
    ...over,
  };
}

export function vmFixture(over: Partial<Vm> = {}): Vm {
  return {
    id: 'vm-1',
    name: 'photon-harbor',
    hostId: 'host-1',
    powerState: 'poweredOn',
    guestOs: 'VMware Photon OS (64-bit)',
    ipAddress: '10.162.102.140',
    cpuCount: 2,
    memoryBytes: 4 * GIB,
    haProtection: 'unprotected',
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
    ...over,
  };
}

export const clusterFixture: Cluster = {
  id: 'cluster-1',
  name: 'vSAN-Cluster',
  datacenterId: 'datacenter-1',
  haEnabled: false,
  vsanEnabled: true,
  hostIds: ['host-1', 'host-2', 'host-3'],
  datastoreIds: ['datastore-1'],
};

export const datastoreFixture: Datastore = {
  id: 'datastore-1',
  name: 'vsanDatastore',
  type: 'vsan',
  url: 'ds:///vmfs/volumes/vsan:1/',
  capacityBytes: 3000 * GIB,
  freeBytes: 2850 * GIB,
  hostIds: ['host-1', 'host-2', 'host-3'],
};

const disk = (id: string, target: number, isSsd: boolean, capacityBytes: number, usedBytes = 0) => ({
  id,
  name: `mpx.vmhba1:C0:T${target}:L0`,
  capacityBytes,
  usedBytes,
  isSsd,
  state: 'healthy' as const,
});

/** The walkthrough's three hosts (.130, .131, .132), each with one disk group of a cache SSD and two capacity disks. */
export function walkthroughHosts(): Host[] {
  return [0, 1, 2].map((i) => {
    const id = `host-${i + 1}`;
    const address = `10.162.102.${130 + i}`;
    return hostFixture({
      id,
      name: address,
      address,
      haState: 'disabled',
      vmIds: i === 0 ? ['vm-1'] : [],
      diskGroups: [
        {
          id: `${id}-dg-1`,
          cacheDisk: disk(`${id}-dg-1-cache`, 0, true, 50 * GIB),
          capacityDisks: [1, 2].map((n) => disk(`${id}-dg-1-cap-${n}`, n, false, 500 * GIB, 25 * GIB)),
        },
      ],
    });
  });
}

/** An inventory tree node (a leaf unless given children). */
const node = (
  id: string,
  kind: InventoryNode['kind'],
  name: string,
  children: InventoryNode[] = [],
): InventoryNode => ({
  id,
  kind,
  name,
  children,
});

/** Each navigator view is vcenter.test over one Datacenter (the VMs and networking views list nothing). */
const vcenter = (children: InventoryNode[] = []): InventoryNode => node('vcenter', 'vcenter', 'vcenter.test', children);
const datacenter = (children: InventoryNode[]): InventoryNode =>
  node('datacenter-1', 'datacenter', 'Datacenter', children);

export const inventoryFixture: Inventory = {
  views: {
    hostsAndClusters: vcenter([
      datacenter([
        node('cluster-1', 'cluster', 'vSAN-Cluster', [
          node('host-1', 'host', '10.162.102.130', [node('vm-1', 'vm', 'photon-harbor')]),
          node('host-2', 'host', '10.162.102.131'),
          node('host-3', 'host', '10.162.102.132'),
        ]),
      ]),
    ]),
    vmsAndTemplates: vcenter(),
    storage: vcenter([datacenter([node('datastore-1', 'datastore', 'vsanDatastore')])]),
    networking: vcenter(),
  },
};
