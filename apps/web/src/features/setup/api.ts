import type { Task } from '@harborview/contracts/tasks';

import { callApi } from '../../shared/lib/api-client';
import { sliceKeys } from '../../shared/lib/query-keys';
import { routeQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the setup checklist. */
export const setupKeys = sliceKeys('setup', ['state']);

/** `GET /api/setup`: VIB per host, plugin per VM, HA. */
export const setupQueryOptions = () => routeQueryOptions(setupKeys.state(), 'setup.get');

/** `POST /api/setup/vib` on every host still without it. */
export async function installVibEverywhere(): Promise<Task[]> {
  return (await callApi('setup.installVib', { body: {} })).items;
}

/** `POST /api/setup/plugin` on Harbor's Docker VM. */
export function installPlugin(): Promise<Task> {
  return callApi('setup.installPlugin', { body: {} });
}
