/**
 * The accumulator one `step` threads through its transitions: the state so far, the event drafts to number at the
 * end, and who asked. It is local to a step (never shared), so transitions can write to it while the input state
 * stays untouched: every change replaces objects, none mutates them.
 */
import type { EventDraft } from '../tasks/events';
import type { NewTask } from '../tasks/task';
import { createTask, failTask, setTaskProgress, startTask, succeedTask } from '../tasks/task';
import type { TwinTime } from '../tasks/time';

import type { Operation, TwinState } from './state';

/** One step's working set. */
export interface Work {
  s: TwinState;
  drafts: EventDraft[];
  /** The user the step's tasks name as initiator. */
  initiator: string;
}

/** Starts a step's working set. */
export function beginWork(state: TwinState, initiator: string): Work {
  return { s: state, drafts: [], initiator };
}

/** The twin time the working state is at. */
export function nowOf(w: Work): TwinTime {
  return w.s.clock.now;
}

/** Adds event drafts (numbered when the step ends). */
export function emit(w: Work, ...drafts: EventDraft[]): void {
  w.drafts.push(...drafts);
}

/** Queues a task and starts it at once; returns its id. `initiator` defaults to the step's user. */
export function openTask(w: Work, input: Omit<NewTask, 'initiator'> & { initiator?: string }): string {
  const created = createTask(w.s.tasks, nowOf(w), { ...input, initiator: input.initiator ?? w.initiator });
  const started = startTask(created.state, nowOf(w), { taskId: created.taskId });
  w.s = { ...w.s, tasks: started.state };
  emit(w, ...created.events, ...started.events);
  return created.taskId;
}

/** Ends a task: success, or error with the message shown in the Status column. */
export function closeTask(w: Work, taskId: string, error: string | null = null): void {
  const done =
    error === null ? succeedTask(w.s.tasks, nowOf(w), { taskId }) : failTask(w.s.tasks, nowOf(w), { taskId, error });
  w.s = { ...w.s, tasks: done.state };
  emit(w, ...done.events);
}

/** A task that completes in the same instant (most commands): queued, running, success. */
export function runTask(w: Work, input: Omit<NewTask, 'initiator'> & { initiator?: string }): string {
  const taskId = openTask(w, input);
  closeTask(w, taskId);
  return taskId;
}

/** Raises a running task's progress (monotonic, 0–100). */
export function progressTask(w: Work, taskId: string, progress: number): void {
  const next = setTaskProgress(w.s.tasks, nowOf(w), { taskId, progress });
  if (next.state !== w.s.tasks) w.s = { ...w.s, tasks: next.state };
}

// Distributes over the union, so each kind keeps its own fields.
type WithoutStart<O> = O extends Operation ? Omit<O, 'startedAt'> : never;

/** An operation as its command describes it; the clock supplies when it started. */
type OperationStart = WithoutStart<Operation>;

/** Records work that runs from now until its `completesAt`: its task shows progress until it ends (operations.ts). */
export function startOperation(w: Work, op: OperationStart): void {
  // startedAt before completesAt, as states were always written: their JSON stays byte-identical.
  const { completesAt, ...rest } = op;
  w.s = { ...w.s, operations: [...w.s.operations, { ...rest, startedAt: nowOf(w), completesAt }] };
}
