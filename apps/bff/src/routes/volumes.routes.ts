import { CreateVolumeBodySchema, VolumeListQuerySchema } from '@harborview/contracts/volumes';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { notFound } from '../errors/app-error';

import { sendSharedJson } from './cached-json';
import { callerOf, pathParams } from './params';

/** vDVS volumes: `docker volume ls/inspect/create/rm` with each volume's vSAN object. */
export function registerVolumeRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/volumes', async (req, res) => {
    sendSharedJson(res, await backend.listVolumes(VolumeListQuerySchema.parse(req.query)));
  });
  router.get('/volumes/:name', async (req, res) => {
    const { name } = pathParams(req, 'name');
    const volume = await backend.getVolume(name);
    if (!volume) throw notFound('volume', name);
    sendSharedJson(res, volume);
  });
  router.post('/volumes', async (req, res) => {
    const { name, opts } = CreateVolumeBodySchema.parse(req.body);
    res.status(201).json(await backend.createVolume(name, opts, callerOf(req)));
  });
  router.delete('/volumes/:name', async (req, res) => {
    const { name } = pathParams(req, 'name');
    await backend.removeVolume(name, callerOf(req));
    res.status(204).end();
  });
}
