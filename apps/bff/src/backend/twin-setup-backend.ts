import { setupView } from '@harborview/twin/queries';

import { AppError } from '../errors/app-error';

import type { SetupBackend } from './setup-backend';
import type { TwinRuntime } from './twin-command';
import { runTask } from './twin-command';

/** The setup area over the twin: the VIB per host and the plugin on Harbor's VM, each install a task. */
export function createTwinSetup(runtime: TwinRuntime): SetupBackend {
  const s = () => runtime.state();
  return {
    setup: async () => setupView(s()),
    async installVib(hostId, caller) {
      // "Every host" means every host still without it: hosts already installing or installed are left as they are.
      const hostIds =
        hostId !== undefined
          ? [hostId]
          : s()
              .topology.hosts.filter((h) => h.vib.state === 'notInstalled')
              .map((h) => h.id);
      if (hostIds.length === 0)
        throw new AppError('conflict', 'The vDVS VIB is already installed or installing on every host');
      const tasks = [];
      for (const id of hostIds) tasks.push(await runTask(runtime, { type: 'installVib', hostId: id }, caller));
      return tasks;
    },
    installPlugin: (vmId, caller) => runTask(runtime, { type: 'installPlugin', vmId: vmId ?? s().harbor.vmId }, caller),
  };
}
