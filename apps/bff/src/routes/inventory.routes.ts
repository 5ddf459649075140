import type { ClusterList, DatastoreList, HostList, VmList } from '@harborview/contracts/inventory';
import type { Router } from 'express';
import { z } from 'zod';

import type { AppDeps } from '../deps';
import { notFound } from '../errors/app-error';

// Ids are opaque strings; bound their length so a hostile path cannot make us work hard.
const IdParamsSchema = z.object({ id: z.string().min(1).max(256) });

/** Returns the object or throws the API's 404. */
function found<T>(value: T | undefined, kind: string, id: string): T {
  if (value === undefined) throw notFound(kind, id);
  return value;
}

/** The navigator tree and the objects in it: hosts, VMs, clusters, datastores. */
export function registerInventoryRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/inventory', async (_req, res) => {
    res.json(await backend.inventory());
  });

  router.get('/hosts', async (_req, res) => {
    const body: HostList = { items: await backend.listHosts() };
    res.json(body);
  });
  router.get('/hosts/:id', async (req, res) => {
    const { id } = IdParamsSchema.parse(req.params);
    res.json(found(await backend.getHost(id), 'host', id));
  });

  router.get('/vms', async (_req, res) => {
    const body: VmList = { items: await backend.listVms() };
    res.json(body);
  });
  router.get('/vms/:id', async (req, res) => {
    const { id } = IdParamsSchema.parse(req.params);
    res.json(found(await backend.getVm(id), 'VM', id));
  });

  router.get('/clusters', async (_req, res) => {
    const body: ClusterList = { items: await backend.listClusters() };
    res.json(body);
  });
  router.get('/clusters/:id', async (req, res) => {
    const { id } = IdParamsSchema.parse(req.params);
    res.json(found(await backend.getCluster(id), 'cluster', id));
  });

  router.get('/datastores', async (_req, res) => {
    const body: DatastoreList = { items: await backend.listDatastores() };
    res.json(body);
  });
  router.get('/datastores/:id', async (req, res) => {
    const { id } = IdParamsSchema.parse(req.params);
    res.json(found(await backend.getDatastore(id), 'datastore', id));
  });
}
