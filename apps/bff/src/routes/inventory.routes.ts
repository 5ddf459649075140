import type { Router } from 'express';

import type { InventoryBackend } from '../backend/inventory-backend';
import { notFound } from '../errors/app-error';

import { route } from './define-route';

/** Returns the object or throws the API's 404. */
function found<T>(value: T | undefined, kind: string, id: string): T {
  if (value === undefined) throw notFound(kind, id);
  return value;
}

/** The navigator tree and the objects in it: hosts, VMs, clusters, datastores. */
export function registerInventoryRoutes(router: Router, { backend }: { backend: InventoryBackend }): void {
  route(router, 'inventory.tree', () => backend.inventory());

  route(router, 'hosts.list', async () => ({ items: await backend.listHosts() }));
  route(router, 'hosts.get', async ({ params: { id } }) => found(await backend.getHost(id), 'host', id));

  route(router, 'vms.list', async () => ({ items: await backend.listVms() }));
  route(router, 'vms.get', async ({ params: { id } }) => found(await backend.getVm(id), 'VM', id));

  route(router, 'clusters.list', async () => ({ items: await backend.listClusters() }));
  route(router, 'clusters.get', async ({ params: { id } }) => found(await backend.getCluster(id), 'cluster', id));

  route(router, 'datastores.list', async () => ({ items: await backend.listDatastores() }));
  route(router, 'datastores.get', async ({ params: { id } }) => found(await backend.getDatastore(id), 'datastore', id));
}
