import type { Router } from 'express';

import type { HarborBackend } from '../backend/harbor-backend';

import { route } from './define-route';

/** Harbor: services and health, the compose file and its rewrite onto volumes, and the real registry's images. */
export function registerHarborRoutes(router: Router, { backend }: { backend: HarborBackend }): void {
  route(router, 'harbor.get', () => backend.harbor());
  route(router, 'harbor.compose', () => backend.composeFile());
  route(router, 'harbor.composePreview', ({ body }) => backend.previewCompose(body));
  route(router, 'harbor.attach', ({ body, caller }) => backend.attachHarbor(body, caller));
  route(router, 'harbor.images', async () => ({ items: await backend.listImages() }));
  route(router, 'harbor.pushImages', async ({ body }) => ({ items: await backend.pushImages(body.count) }));
  route(router, 'harbor.verify', () => backend.verifyImages());
}
