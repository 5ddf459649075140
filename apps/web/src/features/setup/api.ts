import type { Task } from '@harborview/contracts/tasks';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the setup checklist. */
export const setupKeys = {
  all: ['setup'] as const,
  state: () => [...setupKeys.all, 'state'] as const,
};

/** `GET /api/setup`: VIB per host, plugin per VM, HA. */
export const setupQueryOptions = () =>
  queryOptions({
    queryKey: setupKeys.state(),
    queryFn: ({ signal }) => callApi('setup.get', { signal }),
  });

/** `POST /api/setup/vib` on every host still without it. */
export async function installVibEverywhere(): Promise<Task[]> {
  return (await callApi('setup.installVib', { body: {} })).items;
}

/** `POST /api/setup/plugin` on Harbor's Docker VM. */
export function installPlugin(): Promise<Task> {
  return callApi('setup.installPlugin', { body: {} });
}
