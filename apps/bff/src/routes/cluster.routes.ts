import type { Router } from 'express';

import type { InventoryBackend } from '../backend/inventory-backend';
import type { VsanBackend } from '../backend/vsan-backend';
import { notFound } from '../errors/app-error';

import { route } from './define-route';

/** The vSAN cluster: summary, HA and repair timer settings, host power and disk faults, objects, resync, files. */
export function registerClusterRoutes(
  router: Router,
  { backend }: { backend: VsanBackend & Pick<InventoryBackend, 'browseDatastore'> },
): void {
  route(router, 'cluster.summary', () => backend.clusterSummary());
  route(router, 'cluster.setHa', ({ body, caller }) => backend.setHaEnabled(body.enabled, caller));
  route(router, 'cluster.setVsan', ({ body, caller }) => backend.setRepairDelay(body.repairDelaySeconds, caller));
  route(router, 'cluster.resync', () => backend.resyncSummary());
  route(router, 'hosts.power', ({ params, body, caller }) => backend.powerHost(params.id, body.state, caller));
  route(router, 'hosts.failDisk', ({ params, caller }) => backend.failDisk(params.id, params.diskId, caller));
  route(router, 'vsan.objects', ({ query }) => backend.listVsanObjects(query));
  route(router, 'datastores.browse', async ({ params: { id }, query }) => {
    const result = await backend.browseDatastore(id, query);
    if (!result) throw notFound('datastore', id);
    return result;
  });
}
