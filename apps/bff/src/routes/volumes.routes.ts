import type { Router } from 'express';

import type { VolumeBackend } from '../backend/volume-backend';
import { notFound } from '../errors/app-error';

import { sendSharedJson } from './cached-json';
import { route } from './define-route';

/** vDVS volumes: `docker volume ls/inspect/create/rm` with each volume's vSAN object. */
export function registerVolumeRoutes(router: Router, { backend }: { backend: VolumeBackend }): void {
  // Pages and volumes go out as shared bytes with their ETag (cached-json.ts), so these write the response.
  route(router, 'volumes.list', async ({ query, res }) => {
    sendSharedJson(res, await backend.listVolumes(query));
    return undefined;
  });
  route(router, 'volumes.get', async ({ params: { name }, res }) => {
    const volume = await backend.getVolume(name);
    if (!volume) throw notFound('volume', name);
    sendSharedJson(res, volume);
    return undefined;
  });
  route(router, 'volumes.create', ({ body, caller }) => backend.createVolume(body.name, body.opts, caller));
  route(router, 'volumes.placementPreview', ({ body }) => backend.previewPlacement(body));
  route(router, 'volumes.remove', async ({ params, caller }) => {
    await backend.removeVolume(params.name, caller);
    return undefined;
  });
}
