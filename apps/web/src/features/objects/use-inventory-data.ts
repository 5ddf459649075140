import type { InventoryNode } from '@harborview/contracts/inventory';
import { useQueries } from '@tanstack/react-query';

import { inventoryQueryOptions } from '../navigator/api';

import { clustersQueryOptions, datastoresQueryOptions, hostsQueryOptions, vmsQueryOptions } from './api';
import type { InventoryData } from './related-objects';

/** Depth-first search of a tree for an object. */
export function findNode(root: InventoryNode, id: string): InventoryNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

export type InventoryDataResult =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'success'; data: InventoryData; trees: InventoryNode[] };

/** Everything an object view joins: the trees plus the host, VM, cluster and datastore lists. */
export function useInventoryData(): InventoryDataResult {
  const [inventory, hosts, vms, clusters, datastores] = useQueries({
    queries: [
      inventoryQueryOptions(),
      hostsQueryOptions(),
      vmsQueryOptions(),
      clustersQueryOptions(),
      datastoresQueryOptions(),
    ],
  });
  const all = [inventory, hosts, vms, clusters, datastores];
  const failed = all.find((q) => q.isError);
  if (failed) return { status: 'error', error: failed.error, retry: () => all.forEach((q) => void q.refetch()) };
  if (!inventory.data || !hosts.data || !vms.data || !clusters.data || !datastores.data) return { status: 'pending' };
  const trees = Object.values(inventory.data.views);
  return {
    status: 'success',
    trees,
    data: {
      hosts: hosts.data,
      vms: vms.data,
      clusters: clusters.data,
      datastores: datastores.data,
      networks: inventory.data.views.networking.children.flatMap((dc) =>
        dc.children.filter((n) => n.kind === 'network'),
      ),
    },
  };
}
