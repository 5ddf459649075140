import type { AlarmList, TaskList } from '@harborview/contracts/tasks';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { callerOf, pathParams } from './params';

/** Recent Tasks and Alarms, the bottom pane's two tabs. */
export function registerTaskRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/tasks', async (_req, res) => {
    const body: TaskList = { items: await backend.listTasks() };
    res.json(body);
  });
  router.get('/alarms', async (_req, res) => {
    const body: AlarmList = { items: await backend.listAlarms() };
    res.json(body);
  });
  router.post('/alarms/:id/acknowledge', async (req, res) => {
    const { id } = pathParams(req, 'id');
    res.json(await backend.acknowledgeAlarm(id, callerOf(req)));
  });
}
