/**
 * Recent Tasks, triggered alarms and the Events list (vsphere-client-ui.md §4 Layout; vsan-ha.md §3 Events and
 * alarms) with instants as ISO strings; events page by id, so a client resumes after the last one it has.
 */
import type { TwinEvent } from '@harborview/contracts/events';
import type { Alarm, Task } from '@harborview/contracts/tasks';

import type { TwinState } from '../state';

import { isoAt, isoOrNull } from './time';

/** Recent Tasks, newest first. */
export function tasksView(s: TwinState): { items: Task[] } {
  const server = s.topology.vcenter.name;
  const items = s.tasks.tasks
    .map((t): Task => ({
      id: t.id,
      name: t.name,
      target: t.target,
      state: t.state,
      progress: t.progress,
      details: t.details ?? '',
      initiator: t.initiator,
      queuedAt: isoAt(s, t.queuedAt),
      startedAt: isoOrNull(s, t.startedAt),
      completedAt: isoOrNull(s, t.completedAt),
      server,
      error: t.error,
    }))
    .reverse();
  return { items };
}

/** Triggered alarms, oldest first. */
export function alarmsView(s: TwinState): { items: Alarm[] } {
  return {
    items: s.alarms.alarms.map((a) => ({
      id: String(a.id),
      name: a.name,
      entity: a.entity,
      status: a.status,
      triggeredAt: isoAt(s, a.triggeredAt),
      acknowledged: a.acknowledged,
    })),
  };
}

/** Events with id > `after`, oldest first, at most `limit`; `lastId` is where to resume. */
export function eventsAfter(s: TwinState, after = 0, limit = 100): { items: TwinEvent[]; lastId: number } {
  const items = s.events.events
    .filter((e) => e.id > after)
    .slice(0, Math.max(0, limit))
    .map((e) => ({ ...e, time: isoAt(s, e.time) }));
  return { items, lastId: items.at(-1)?.id ?? Math.max(0, Math.min(after, s.events.nextId - 1)) };
}
