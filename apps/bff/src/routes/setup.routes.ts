import { InstallPluginBodySchema, InstallVibBodySchema } from '@harborview/contracts/setup';
import type { TaskList } from '@harborview/contracts/tasks';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { callerOf } from './params';

/** The walkthrough's setup steps the twin models: the vDVS VIB on each ESXi host and the plugin on the Docker VM. */
export function registerSetupRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/setup', async (_req, res) => {
    res.json(await backend.setup());
  });
  router.post('/setup/vib', async (req, res) => {
    const { hostId } = InstallVibBodySchema.parse(req.body ?? {});
    const body: TaskList = { items: await backend.installVib(hostId, callerOf(req)) };
    res.status(202).json(body);
  });
  router.post('/setup/plugin', async (req, res) => {
    const { vmId } = InstallPluginBodySchema.parse(req.body ?? {});
    res.status(202).json(await backend.installPlugin(vmId, callerOf(req)));
  });
}
