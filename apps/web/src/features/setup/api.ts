import { API_ROUTES } from '@harborview/contracts/routes';
import { SetupSchema } from '@harborview/contracts/setup';
import { TaskListSchema, TaskSchema } from '@harborview/contracts/tasks';
import type { Task } from '@harborview/contracts/tasks';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the setup checklist. */
export const setupKeys = {
  all: ['setup'] as const,
  state: () => [...setupKeys.all, 'state'] as const,
};

/** `GET /api/setup`: VIB per host, plugin per VM, HA. */
export const setupQueryOptions = () =>
  queryOptions({
    queryKey: setupKeys.state(),
    queryFn: ({ signal }) => request(SetupSchema, API_ROUTES.setup, { signal }),
  });

/** `POST /api/setup/vib` on every host still without it. */
export async function installVibEverywhere(): Promise<Task[]> {
  return (await request(TaskListSchema, API_ROUTES.setupVib, { method: 'POST', body: '{}' })).items;
}

/** `POST /api/setup/plugin` on Harbor's Docker VM. */
export function installPlugin(): Promise<Task> {
  return request(TaskSchema, API_ROUTES.setupPlugin, { method: 'POST', body: '{}' });
}
