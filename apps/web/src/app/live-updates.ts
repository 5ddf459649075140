import { API_ROUTES } from '@harborview/contracts/routes';
import type { StreamMessage } from '@harborview/contracts/stream';
import type { Task, TaskList } from '@harborview/contracts/tasks';
import type { QueryClient, QueryKey } from '@tanstack/react-query';

import { drillKeys } from '../features/failover/api';
import { taskKeys } from '../features/tasks/api';
import { openStream } from '../shared/lib/sse';
import { setStreamStatus } from '../shared/lib/stream-status';

type ChangedKind = Extract<StreamMessage, { type: 'changed' }>['kinds'][number];

/**
 * Which cached queries each kind of change makes stale (key prefixes, broad to narrow as each slice defines them).
 * Open drills (timeline, stopwatch, samples) and the failover topology follow every layer and the clock.
 */
export const STALE_KEYS: Record<ChangedKind, QueryKey[]> = {
  inventory: [['inventory']],
  hosts: [['objects', 'hosts'], ['vsan'], drillKeys.live()],
  vms: [['objects', 'vms'], drillKeys.live()],
  cluster: [['objects', 'clusters'], ['cluster'], ['vsan'], drillKeys.live()],
  datastores: [['objects', 'datastores'], ['storage']],
  volumes: [['volumes'], ['vsan'], drillKeys.live()],
  policies: [['policies']],
  harbor: [['harbor'], drillKeys.live()],
  alarms: [taskKeys.alarms()],
  clock: [['clock'], drillKeys.live()],
  setup: [['setup']],
  runbook: [['runbook']],
  drills: [drillKeys.live()],
};

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
 * Feeds the SSE stream into the TanStack Query cache: task frames are written in place, other changes mark
 * exactly the affected queries stale (batched per 100 ms so a burst refetches once). Returns the stop function.
 */
export function startLiveUpdates(queryClient: QueryClient): () => void {
  const pending = new Set<ChangedKind>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    // Several kinds share a key (vsan, drills): each is invalidated once, so one burst starts one refetch.
    const keys = new Map<string, QueryKey>();
    for (const kind of pending) for (const queryKey of STALE_KEYS[kind]) keys.set(JSON.stringify(queryKey), queryKey);
    for (const queryKey of keys.values()) void queryClient.invalidateQueries({ queryKey });
    pending.clear();
  };
  const markStale = (kinds: ChangedKind[]): void => {
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
          markStale(['alarms']);
          void queryClient.invalidateQueries({ queryKey: ['events'] });
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
