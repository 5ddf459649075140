import type { Router } from 'express';

import type { InventoryBackend } from '../backend/inventory-backend';

import { route } from './define-route';

/** Recent Tasks and Alarms, the bottom pane's two tabs. */
export function registerTaskRoutes(router: Router, { backend }: { backend: InventoryBackend }): void {
  route(router, 'tasks.list', async () => ({ items: await backend.listTasks() }));
  route(router, 'alarms.list', async () => ({ items: await backend.listAlarms() }));
  route(router, 'alarms.acknowledge', ({ params, caller }) => backend.acknowledgeAlarm(params.id, caller));
}
