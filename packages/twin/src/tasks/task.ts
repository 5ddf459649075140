/**
 * Recent Tasks (vSphere `TaskInfo`): pure transitions create → start → progress → succeed | fail over a task log
 * whose id counter lives in the state. Field mapping follows vsphere-client-ui.md §4 Layout (Recent Tasks columns).
 */
import type { TaskState } from '@harborview/contracts/tasks';

import type { EntityRef } from './entity';
import type { EventDraft } from './events';
import type { Percent, TwinTime } from './time';
import { percent } from './time';

/** `TaskInfo.state` (the contract's type). */
export type { TaskState } from '@harborview/contracts/tasks';

/** One row of Recent Tasks. `name` is the client's task name (descriptionId text), e.g. 'Power On virtual machine'. */
export interface Task {
  /** vSphere-style task key, `task-<n>`. */
  id: string;
  /** The producer's correlation key (e.g. an HA restart attempt), so it can find the task again; null if none. */
  key: string | null;
  name: string;
  target: EntityRef;
  state: TaskState;
  progress: Percent;
  /** 'System' for automatic work (HA), else the user name (`TaskReasonUser.userName`), e.g. 'root'. */
  initiator: string;
  /** The Details column (`TaskInfo.description`); null when empty. */
  details: string | null;
  queuedAt: TwinTime;
  startedAt: TwinTime | null;
  completedAt: TwinTime | null;
  error: string | null;
}

/** All tasks, oldest first, plus the next task number. */
export interface TaskLog {
  nextNumber: number;
  tasks: Task[];
}

/** What a task transition returns. */
export interface TaskResult {
  state: TaskLog;
  events: EventDraft[];
}

/** Input of `createTask`. */
export interface NewTask {
  name: string;
  target: EntityRef;
  initiator: string;
  key?: string;
  details?: string;
}

// The client only lists recent tasks; finished ones beyond this many are dropped, oldest first.
/** How many tasks the log keeps; running and queued tasks are never dropped. */
export const TASK_LOG_CAPACITY = 200;

/** An empty task log whose first task is `task-1`. */
export function createTaskLog(): TaskLog {
  return { nextNumber: 1, tasks: [] };
}

/** Queues a new task; vCenter also logs a `TaskEvent` ("Task: <name>") for it. */
export function createTask(log: TaskLog, now: TwinTime, input: NewTask): TaskResult & { taskId: string } {
  const taskId = `task-${log.nextNumber}`;
  const task: Task = {
    id: taskId,
    key: input.key ?? null,
    name: input.name,
    target: input.target,
    state: 'queued',
    progress: percent(0),
    initiator: input.initiator,
    details: input.details ?? null,
    queuedAt: now,
    startedAt: null,
    completedAt: null,
    error: null,
  };
  const event: EventDraft = {
    time: now,
    severity: 'info',
    typeId: 'vim.event.TaskEvent',
    message: `Task: ${input.name}`,
    objects: [input.target],
  };
  return { state: { nextNumber: log.nextNumber + 1, tasks: prune([...log.tasks, task]) }, events: [event], taskId };
}

/** Moves a queued task to running. */
export function startTask(log: TaskLog, now: TwinTime, input: { taskId: string }): TaskResult {
  return update(log, input.taskId, (t) => (t.state === 'queued' ? { ...t, state: 'running', startedAt: now } : t));
}

/** Raises a running task's progress; progress never goes backwards and stays within 0–100. */
export function setTaskProgress(log: TaskLog, _now: TwinTime, input: { taskId: string; progress: number }): TaskResult {
  return update(log, input.taskId, (t) =>
    t.state === 'running' ? { ...t, progress: percent(Math.max(t.progress, input.progress)) } : t,
  );
}

/** Completes a queued or running task successfully at 100%. */
export function succeedTask(log: TaskLog, now: TwinTime, input: { taskId: string }): TaskResult {
  return update(log, input.taskId, (t) =>
    isOpen(t) ? { ...t, state: 'success', progress: percent(100), startedAt: t.startedAt ?? now, completedAt: now } : t,
  );
}

/** Completes a queued or running task with an error message (the Status column's "error" details). */
export function failTask(log: TaskLog, now: TwinTime, input: { taskId: string; error: string }): TaskResult {
  return update(log, input.taskId, (t) =>
    isOpen(t) ? { ...t, state: 'error', startedAt: t.startedAt ?? now, completedAt: now, error: input.error } : t,
  );
}

/** The newest task with this correlation key that has not finished, if any. */
export function findOpenTaskByKey(log: TaskLog, key: string): Task | undefined {
  return log.tasks.findLast((t) => t.key === key && isOpen(t));
}

function isOpen(task: Task): boolean {
  return task.state === 'queued' || task.state === 'running';
}

// Finished tasks are history, as in vSphere: a transition on them (or on an unknown id) leaves the log unchanged.
function update(log: TaskLog, taskId: string, change: (task: Task) => Task): TaskResult {
  const index = log.tasks.findIndex((t) => t.id === taskId);
  const current = log.tasks[index];
  if (current === undefined) return { state: log, events: [] };
  const next = change(current);
  if (next === current) return { state: log, events: [] };
  return { state: { ...log, tasks: log.tasks.with(index, next) }, events: [] };
}

function prune(tasks: Task[]): Task[] {
  let excess = tasks.length - TASK_LOG_CAPACITY;
  if (excess <= 0) return tasks;
  return tasks.filter((t) => {
    if (excess > 0 && !isOpen(t)) {
      excess -= 1;
      return false;
    }
    return true;
  });
}
