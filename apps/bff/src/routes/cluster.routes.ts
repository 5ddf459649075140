import { HostPowerBodySchema, SetHaBodySchema, SetVsanBodySchema } from '@harborview/contracts/cluster';
import { BrowseQuerySchema } from '@harborview/contracts/datastore-browse';
import { VsanObjectListQuerySchema } from '@harborview/contracts/vsan';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { notFound } from '../errors/app-error';

import { callerOf, pathParams } from './params';

/** The vSAN cluster: summary, HA and repair timer settings, host power and disk faults, objects, resync, files. */
export function registerClusterRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/cluster', async (_req, res) => {
    res.json(await backend.clusterSummary());
  });
  router.put('/cluster/ha', async (req, res) => {
    const { enabled } = SetHaBodySchema.parse(req.body);
    res.status(202).json(await backend.setHaEnabled(enabled, callerOf(req)));
  });
  router.put('/cluster/vsan', async (req, res) => {
    const { repairDelaySeconds } = SetVsanBodySchema.parse(req.body);
    res.status(202).json(await backend.setRepairDelay(repairDelaySeconds, callerOf(req)));
  });
  router.get('/cluster/resync', async (_req, res) => {
    res.json(await backend.resyncSummary());
  });
  router.post('/hosts/:id/power', async (req, res) => {
    const { id } = pathParams(req, 'id');
    const { state } = HostPowerBodySchema.parse(req.body);
    res.status(202).json(await backend.powerHost(id, state, callerOf(req)));
  });
  router.post('/hosts/:id/disks/:diskId/fail', async (req, res) => {
    const { id, diskId } = pathParams(req, 'id', 'diskId');
    res.status(202).json(await backend.failDisk(id, diskId, callerOf(req)));
  });
  router.get('/vsan/objects', async (req, res) => {
    res.json(await backend.listVsanObjects(VsanObjectListQuerySchema.parse(req.query)));
  });
  router.get('/datastores/:id/browse', async (req, res) => {
    const { id } = pathParams(req, 'id');
    const result = await backend.browseDatastore(id, BrowseQuerySchema.parse(req.query));
    if (!result) throw notFound('datastore', id);
    res.json(result);
  });
}
