import { AppError } from '../errors/app-error';

import type { InventoryBackend } from './inventory-backend';
import type { TwinRuntime } from './twin-command';
import { runCommand } from './twin-command';
import * as read from './twin-reads';

/** The inventory area over the twin: views of the current state, and acknowledging an alarm. */
export function createTwinInventory(runtime: TwinRuntime): InventoryBackend {
  const s = () => runtime.state();
  return {
    inventory: async () => read.readInventory(s()),
    listHosts: async () => read.readHosts(s()),
    getHost: async (id) => read.readHosts(s()).find((h) => h.id === id),
    listVms: async () => read.readVms(s()),
    getVm: async (id) => read.readVms(s()).find((vm) => vm.id === id),
    listClusters: async () => read.readClusters(s()),
    getCluster: async (id) => read.readClusters(s()).find((c) => c.id === id),
    listDatastores: async () => read.readDatastores(s()),
    getDatastore: async (id) => read.readDatastores(s()).find((d) => d.id === id),
    browseDatastore: async (id, query) => read.readBrowse(s(), id, query),
    listTasks: async () => read.readTasks(s()),
    listAlarms: async () => read.readAlarms(s()),
    async acknowledgeAlarm(id, caller) {
      const alarmId = Number(id);
      if (!Number.isInteger(alarmId) || alarmId < 1)
        throw new AppError('bad_request', `Alarm id must be a positive integer, got '${id}'`);
      await runCommand(runtime, { type: 'acknowledgeAlarm', alarmId }, caller);
      return read.readAlarms(s()).find((a) => a.id === id)!;
    },
  };
}
