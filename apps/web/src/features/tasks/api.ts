import type { Alarm } from '@harborview/contracts/tasks';

import { callApi } from '../../shared/lib/api-client';
import { sliceKeys } from '../../shared/lib/query-keys';
import { listQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the tasks-and-alarms slice. */
export const taskKeys = sliceKeys('tasks', ['recent', 'alarms']);

export const recentTasksQueryOptions = () => listQueryOptions(taskKeys.recent(), 'tasks.list');
export const alarmsQueryOptions = () => listQueryOptions(taskKeys.alarms(), 'alarms.list');

/** `POST /api/alarms/:id/acknowledge`. */
export function acknowledgeAlarm(id: string): Promise<Alarm> {
  return callApi('alarms.acknowledge', { params: { id } });
}
