import type { Setup } from '@harborview/contracts/setup';
import type { Task } from '@harborview/contracts/tasks';

import type { Caller } from './caller';

/** Installing vDVS: the VIB on each ESXi host and the Docker plugin on the VM. */
export interface SetupBackend {
  setup(): Promise<Setup>;
  installVib(hostId: string | undefined, caller: Caller): Promise<Task[]>;
  installPlugin(vmId: string | undefined, caller: Caller): Promise<Task>;
}
