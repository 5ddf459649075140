/**
 * The navigator's four trees (vsphere-client-ui.md §4 Layout: Hosts and Clusters, VMs and Templates, Storage,
 * Networking), in the same shape the BFF's `buildInventory` gives today, with VMs under the host they run on now.
 */
import type { Inventory, InventoryNode } from '@harborview/contracts/inventory';

import type { TwinTopology } from '../../topology';
import type { TwinState } from '../state';

/** The state's inventory as a `TwinTopology`. */
export function topologyOf(s: TwinState): TwinTopology {
  return s.topology;
}

/** The four navigator trees. */
export function inventoryView(s: TwinState): Inventory {
  const { vcenter, datacenter, cluster, datastore, network, hosts, vms } = s.topology;
  const vmNode = (id: string, name: string): InventoryNode => ({ id, kind: 'vm', name, children: [] });
  const root = (children: InventoryNode[]): InventoryNode => ({
    id: vcenter.id,
    kind: 'vcenter',
    name: vcenter.name,
    children: [{ id: datacenter.id, kind: 'datacenter', name: datacenter.name, children }],
  });
  const hostNodes = hosts.map<InventoryNode>((h) => ({
    id: h.id,
    kind: 'host',
    name: h.name,
    children: vms.filter((vm) => vm.hostId === h.id).map((vm) => vmNode(vm.id, vm.name)),
  }));
  return {
    views: {
      hostsAndClusters: root([{ id: cluster.id, kind: 'cluster', name: cluster.name, children: hostNodes }]),
      vmsAndTemplates: root(vms.map((vm) => vmNode(vm.id, vm.name))),
      storage: root([{ id: datastore.id, kind: 'datastore', name: datastore.name, children: [] }]),
      networking: root([{ id: network.id, kind: 'network', name: network.name, children: [] }]),
    },
  };
}
