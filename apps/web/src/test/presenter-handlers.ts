import { API_ROUTES } from '@harborview/contracts/routes';
import type { Setup } from '@harborview/contracts/setup';
import type { Task } from '@harborview/contracts/tasks';
import type { HttpHandler, JsonBodyType } from 'msw';
import { http, HttpResponse } from 'msw';

import { clusterTaskFixture } from './handlers';
import { imagesFixture } from './harbor-fixtures';
import { walkthroughState } from './walkthrough';

/** A fresh walkthrough twin's setup: no VIB, no plugin, HA off. */
export function setupFixture(over: Partial<Setup> = {}): Setup {
  return {
    hosts: [0, 1, 2].map((i) => ({
      hostId: `host-${i + 1}`,
      name: `10.162.102.${130 + i}`,
      vib: { state: 'notInstalled', version: null },
    })),
    vms: [{ vmId: 'vm-1', name: 'photon-harbor', plugin: { state: 'notInstalled', version: null } }],
    haEnabled: false,
    complete: false,
    ...over,
  };
}

/** The compose edit for the registry, as the preview route words it. */
export const COMPOSE_DIFF = `--- docker-compose.yml
+++ docker-compose.yml
@@ -11,3 +11,3 @@
   registry:
     volumes:
-      - /data/registry:/storage
+      - vsanvol1:/storage
`;

const task = (name: string): Task => clusterTaskFixture(name);

/**
 * The walkthrough's write routes for presenter tests: each records its path and body in `received` and answers
 * as the BFF does (202 with the task, or the created resource). GET /api/setup answers `setup`.
 */
export function presenterHandlers(
  received: { path: string; body: unknown }[],
  setup: Setup = setupFixture(),
): HttpHandler[] {
  const recording = (method: 'post' | 'put', path: string, answer: () => JsonBodyType, status: number): HttpHandler =>
    http[method](path, async ({ request }) => {
      received.push({ path, body: await request.json() });
      return HttpResponse.json(answer(), { status });
    });
  return [
    http.get(API_ROUTES.setup, () => HttpResponse.json(setup)),
    recording('post', API_ROUTES.setupVib, () => ({ items: [task('Install VIB')] }), 202),
    recording('post', API_ROUTES.setupPlugin, () => task('Install plugin'), 202),
    recording('put', API_ROUTES.clusterHa, () => task('Configuring vSphere HA'), 202),
    recording('post', API_ROUTES.policies, () => walkthroughState().policies[0] ?? null, 201),
    recording('post', API_ROUTES.volumes, () => walkthroughState().volumes[0] ?? null, 201),
    recording(
      'post',
      API_ROUTES.harborComposePreview,
      () => ({
        compose: '',
        diff: COMPOSE_DIFF,
        warnings: [],
        override: { fileName: 'docker-compose.override.yml', compose: '' },
      }),
      200,
    ),
    recording('post', API_ROUTES.harborAttach, () => task('Attach volumes to Harbor'), 202),
    recording('post', API_ROUTES.harborImages, () => ({ items: imagesFixture }), 201),
  ];
}
