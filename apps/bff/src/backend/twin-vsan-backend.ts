import type { TwinRuntime } from './twin-command';
import { runTask } from './twin-command';
import * as read from './twin-reads';
import type { VsanBackend } from './vsan-backend';

/** The vSAN area over the twin: cluster figures and objects, HA settings and the faults, each command a task. */
export function createTwinVsan(runtime: TwinRuntime): VsanBackend {
  const s = () => runtime.state();
  return {
    clusterSummary: async () => read.readClusterSummary(s()),
    resyncSummary: async () => read.readResync(s()),
    setHaEnabled: (enabled, caller) => runTask(runtime, { type: 'setHaEnabled', enabled }, caller),
    setRepairDelay: (seconds, caller) => runTask(runtime, { type: 'setRepairDelay', seconds }, caller),
    powerHost: (hostId, state, caller) => runTask(runtime, { type: 'powerHost', hostId, state }, caller),
    failDisk: (hostId, diskId, caller) => runTask(runtime, { type: 'failDisk', hostId, diskId }, caller),
    listVsanObjects: async (query) => read.readVsanObjects(s(), query),
  };
}
