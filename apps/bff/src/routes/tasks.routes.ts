import type { AlarmList, TaskList } from '@harborview/contracts/tasks';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

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
}
