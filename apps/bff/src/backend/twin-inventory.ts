import type { InventoryNode, Inventory } from '@harborview/contracts/inventory';
import type { TwinTopology } from '@harborview/twin/topology';

/** Builds the four navigator trees from the twin's topology, in the vSphere Client's nesting. */
export function buildInventory(topology: TwinTopology): Inventory {
  const { vcenter, datacenter, cluster, datastore, network } = topology;
  const vmNode = (id: string, name: string): InventoryNode => ({ id, kind: 'vm', name, children: [] });
  const hostNodes: InventoryNode[] = topology.hosts.map((host) => ({
    id: host.id,
    kind: 'host',
    name: host.name,
    children: topology.vms.filter((vm) => vm.hostId === host.id).map((vm) => vmNode(vm.id, vm.name)),
  }));
  const root = (children: InventoryNode[]): InventoryNode => ({
    id: vcenter.id,
    kind: 'vcenter',
    name: vcenter.name,
    children: [{ id: datacenter.id, kind: 'datacenter', name: datacenter.name, children }],
  });
  return {
    views: {
      hostsAndClusters: root([{ id: cluster.id, kind: 'cluster', name: cluster.name, children: hostNodes }]),
      vmsAndTemplates: root(topology.vms.map((vm) => vmNode(vm.id, vm.name))),
      storage: root([{ id: datastore.id, kind: 'datastore', name: datastore.name, children: [] }]),
      networking: root([{ id: network.id, kind: 'network', name: network.name, children: [] }]),
    },
  };
}
