/**
 * Recent Tasks, triggered alarms and the Events list (vsphere-client-ui.md §4 Layout; vsan-ha.md §3 Events and
 * alarms) with instants as ISO strings; events page by id, so a client resumes after the last one it has.
 */
import type { AlarmStatus } from '../../tasks/alarms';
import type { EntityRef } from '../../tasks/entity';
import type { EventSeverity } from '../../tasks/events';
import type { TaskState } from '../../tasks/task';
import type { TwinState } from '../state';
import { isoAt, isoOrNull } from './time';

/** One Recent Tasks row (contracts `Task`). */
export interface TaskView {
  id: string;
  name: string;
  target: EntityRef;
  state: TaskState;
  progress: number;
  details: string;
  initiator: string;
  queuedAt: string;
  startedAt: string | null;
  completedAt: string | null;
  server: string;
  error: string | null;
}

/** Recent Tasks, newest first. */
export function tasksView(s: TwinState): { items: TaskView[] } {
  const server = s.topology.vcenter.name;
  const items = s.tasks.tasks
    .map((t) => ({
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

/** One triggered alarm (contracts `Alarm`). */
export interface AlarmView {
  id: string;
  name: string;
  entity: EntityRef;
  status: AlarmStatus;
  triggeredAt: string;
  acknowledged: boolean;
}

/** Triggered alarms, oldest first. */
export function alarmsView(s: TwinState): { items: AlarmView[] } {
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

/** One event (contracts `TwinEvent`). */
export interface EventView {
  id: number;
  time: string;
  severity: EventSeverity;
  typeId: string;
  message: string;
  objects: EntityRef[];
}

/** Events with id > `after`, oldest first, at most `limit`; `lastId` is where to resume. */
export function eventsAfter(s: TwinState, after = 0, limit = 100): { items: EventView[]; lastId: number } {
  const items = s.events.events
    .filter((e) => e.id > after)
    .slice(0, Math.max(0, limit))
    .map((e) => ({ ...e, time: isoAt(s, e.time) }));
  return { items, lastId: items.at(-1)?.id ?? Math.max(0, Math.min(after, s.events.nextId - 1)) };
}
