import type { Cluster, Datastore, Host, InventoryNode, ObjectKind, Vm } from '@harborview/contracts/inventory';

export interface InventoryData {
  hosts: Host[];
  vms: Vm[];
  clusters: Cluster[];
  datastores: Datastore[];
  networks: InventoryNode[];
}

export interface RelatedObjects {
  hosts: Host[];
  vms: Vm[];
  datastores: Datastore[];
  networks: InventoryNode[];
}

/** Which hosts, VMs, datastores and networks belong with an object, for its related-object tabs. */
export function relatedObjects(kind: ObjectKind, id: string, data: InventoryData): RelatedObjects {
  const { hosts, vms, datastores, networks, clusters } = data;
  switch (kind) {
    case 'vcenter':
    case 'datacenter':
      return { hosts, vms, datastores, networks };
    case 'cluster': {
      const cluster = clusters.find((c) => c.id === id);
      const memberHosts = hosts.filter((h) => cluster?.hostIds.includes(h.id));
      const hostIds = new Set(memberHosts.map((h) => h.id));
      return {
        hosts: memberHosts,
        vms: vms.filter((vm) => hostIds.has(vm.hostId)),
        datastores: datastores.filter((d) => cluster?.datastoreIds.includes(d.id)),
        networks,
      };
    }
    case 'host':
      return {
        hosts: [],
        vms: vms.filter((vm) => vm.hostId === id),
        datastores: datastores.filter((d) => d.hostIds.includes(id)),
        networks,
      };
    case 'vm': {
      const vm = vms.find((v) => v.id === id);
      return {
        hosts: [],
        vms: [],
        datastores: datastores.filter((d) => vm && d.hostIds.includes(vm.hostId)),
        networks,
      };
    }
    case 'datastore': {
      const datastore = datastores.find((d) => d.id === id);
      const hostIds = new Set(datastore?.hostIds ?? []);
      return {
        hosts: hosts.filter((h) => hostIds.has(h.id)),
        vms: vms.filter((vm) => hostIds.has(vm.hostId)),
        datastores: [],
        networks: [],
      };
    }
    case 'network':
      return { hosts, vms, datastores: [], networks: [] };
  }
}
