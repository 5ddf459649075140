import { API_ROUTES } from '@harborview/contracts/routes';
import { AlarmListSchema, AlarmSchema, TaskListSchema } from '@harborview/contracts/tasks';
import type { Alarm } from '@harborview/contracts/tasks';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the tasks-and-alarms slice. */
export const taskKeys = {
  all: ['tasks'] as const,
  recent: () => [...taskKeys.all, 'recent'] as const,
  alarms: () => [...taskKeys.all, 'alarms'] as const,
};

export const recentTasksQueryOptions = () =>
  queryOptions({
    queryKey: taskKeys.recent(),
    queryFn: ({ signal }) => request(TaskListSchema, API_ROUTES.tasks, { signal }),
    select: (list) => list.items,
  });

export const alarmsQueryOptions = () =>
  queryOptions({
    queryKey: taskKeys.alarms(),
    queryFn: ({ signal }) => request(AlarmListSchema, API_ROUTES.alarms, { signal }),
    select: (list) => list.items,
  });

/** `POST /api/alarms/:id/acknowledge`. */
export function acknowledgeAlarm(id: string): Promise<Alarm> {
  return request(AlarmSchema, API_ROUTES.alarmAcknowledge(id), { method: 'POST' });
}
