import type { Alarm } from '@harborview/contracts/tasks';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the tasks-and-alarms slice. */
export const taskKeys = {
  all: ['tasks'] as const,
  recent: () => [...taskKeys.all, 'recent'] as const,
  alarms: () => [...taskKeys.all, 'alarms'] as const,
};

export const recentTasksQueryOptions = () =>
  queryOptions({
    queryKey: taskKeys.recent(),
    queryFn: ({ signal }) => callApi('tasks.list', { signal }),
    select: (list) => list.items,
  });

export const alarmsQueryOptions = () =>
  queryOptions({
    queryKey: taskKeys.alarms(),
    queryFn: ({ signal }) => callApi('alarms.list', { signal }),
    select: (list) => list.items,
  });

/** `POST /api/alarms/:id/acknowledge`. */
export function acknowledgeAlarm(id: string): Promise<Alarm> {
  return callApi('alarms.acknowledge', { params: { id } });
}
