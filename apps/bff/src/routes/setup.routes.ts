import type { Router } from 'express';

import type { SetupBackend } from '../backend/setup-backend';

import { route } from './define-route';

/** The walkthrough's setup steps the twin models: the vDVS VIB on each ESXi host and the plugin on the Docker VM. */
export function registerSetupRoutes(router: Router, { backend }: { backend: SetupBackend }): void {
  route(router, 'setup.get', () => backend.setup());
  route(router, 'setup.installVib', async ({ body, caller }) => ({
    items: await backend.installVib(body.hostId, caller),
  }));
  route(router, 'setup.installPlugin', ({ body, caller }) => backend.installPlugin(body.vmId, caller));
}
