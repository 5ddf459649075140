import { ComposePreviewBodySchema, PushImagesBodySchema } from '@harborview/contracts/harbor';
import type { HarborImageList } from '@harborview/contracts/harbor';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { callerOf } from './params';

/** Harbor: services and health, the compose file and its rewrite onto volumes, and the real registry's images. */
export function registerHarborRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/harbor', async (_req, res) => {
    res.json(await backend.harbor());
  });
  router.get('/harbor/compose', async (_req, res) => {
    res.json(await backend.composeFile());
  });
  router.post('/harbor/compose/preview', async (req, res) => {
    res.json(await backend.previewCompose(ComposePreviewBodySchema.parse(req.body)));
  });
  router.post('/harbor/attach', async (req, res) => {
    res.status(202).json(await backend.attachHarbor(ComposePreviewBodySchema.parse(req.body), callerOf(req)));
  });
  router.get('/harbor/images', async (_req, res) => {
    const body: HarborImageList = { items: await backend.listImages() };
    res.json(body);
  });
  router.post('/harbor/images', async (req, res) => {
    const { count } = PushImagesBodySchema.parse(req.body);
    const body: HarborImageList = { items: await backend.pushImages(count) };
    res.status(201).json(body);
  });
  router.post('/harbor/verify', async (_req, res) => {
    res.json(await backend.verifyImages());
  });
}
