import { API_ROUTES } from '@harborview/contracts/routes';
import type { Task, TaskList } from '@harborview/contracts/tasks';
import type { QueryClient } from '@tanstack/react-query';

import { eventsLive } from '../features/events/live';
import { failoverLive } from '../features/failover/live';
import { harborLive } from '../features/harbor/live';
import { inventoryLive } from '../features/navigator/live';
import { objectsLive } from '../features/objects/live';
import { policiesLive } from '../features/policies/live';
import { runbookLive } from '../features/runbook/live';
import { setupLive } from '../features/setup/live';
import { storageLive } from '../features/storage/live';
import { taskKeys } from '../features/tasks/api';
import { tasksLive } from '../features/tasks/live';
import { volumesLive } from '../features/volumes/live';
import { vsanLive } from '../features/vsan/live';
import type { SliceLiveUpdates, StreamKind } from '../shared/lib/live-slice';
import { staleKeysFor } from '../shared/lib/live-slice';
import { openStream } from '../shared/lib/sse';
import { setStreamStatus } from '../shared/lib/stream-status';

/** Each slice's own declaration of what the stream makes stale, by slice folder. */
export const LIVE_SLICES = {
  events: eventsLive,
  failover: failoverLive,
  harbor: harborLive,
  navigator: inventoryLive,
  objects: objectsLive,
  policies: policiesLive,
  runbook: runbookLive,
  setup: setupLive,
  storage: storageLive,
  tasks: tasksLive,
  volumes: volumesLive,
  vsan: vsanLive,
} satisfies Record<string, SliceLiveUpdates>;

const SLICES: readonly SliceLiveUpdates[] = Object.values(LIVE_SLICES);

// The BFF keeps the newest tasks; the cache keeps as many so the pane does not grow without end.
const MAX_TASKS = 200;

/** Inserts or replaces one task, newest first: what a `task` frame does to Recent Tasks. */
export function upsertTask(list: TaskList | undefined, task: Task): TaskList | undefined {
  if (!list) return list;
  const others = list.items.filter((t) => t.id !== task.id);
  const existing = list.items.find((t) => t.id === task.id);
  const items = existing ? list.items.map((t) => (t.id === task.id ? task : t)) : [task, ...others];
  return { items: items.slice(0, MAX_TASKS) };
}

/**
 * Feeds the SSE stream into the TanStack Query cache: task frames are written in place, other changes mark stale
 * the keys the slices declared for them (batched per 100 ms so a burst refetches once). Returns the stop function.
 */
export function startLiveUpdates(queryClient: QueryClient): () => void {
  const pending = new Set<StreamKind>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    for (const queryKey of staleKeysFor(SLICES, pending)) void queryClient.invalidateQueries({ queryKey });
    pending.clear();
  };
  const markStale = (kinds: readonly StreamKind[]): void => {
    kinds.forEach((k) => pending.add(k));
    timer ??= setTimeout(flush, 100);
  };

  const close = openStream(API_ROUTES.stream, {
    onStatus: (status) => {
      setStreamStatus(status);
      // After a gap the replay covers events, but refetching everything is the simplest way to be whole again.
      if (status === 'open') void queryClient.invalidateQueries();
    },
    onMessage: (message) => {
      switch (message.type) {
        case 'task':
          queryClient.setQueryData<TaskList>(taskKeys.recent(), (list) => upsertTask(list, message.task));
          return;
        case 'twin.event':
          markStale(['twin.event']);
          return;
        case 'changed':
          markStale(message.kinds);
      }
    },
  });
  return () => {
    if (timer) clearTimeout(timer);
    close();
  };
}
