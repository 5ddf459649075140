import type { Task } from '@harborview/contracts/tasks';
import type { CommandResult, CommandValue, TwinCommand, TwinState } from '@harborview/twin/engine';

import { AppError } from '../errors/app-error';
import type { Runtime } from '../twin-runtime/runtime';
import type { LoggedCommand } from '../twin-runtime/twin-engine';

import type { Caller } from './caller';
import { readTasks } from './twin-reads';

export type TwinRuntime = Runtime<TwinState, LoggedCommand, CommandResult>;

/** Runs a twin command; a refusal becomes the API error with the twin's (vDVS's) message verbatim. */
export async function runCommand(
  runtime: TwinRuntime,
  command: TwinCommand,
  caller: Caller,
): Promise<CommandValue & { taskId?: string }> {
  const result = await runtime.dispatch({ kind: 'twin', command, initiator: caller.user });
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return { ...result.value, ...(result.taskId === undefined ? {} : { taskId: result.taskId }) };
}

/** Runs a command the vSphere Client shows as a task and answers with that task. */
export async function runTask(runtime: TwinRuntime, command: TwinCommand, caller: Caller): Promise<Task> {
  const { taskId } = await runCommand(runtime, command, caller);
  const task = readTasks(runtime.state()).find((t) => t.id === taskId);
  if (!task) throw new AppError('internal', `The twin accepted ${command.type} but recorded no task`);
  return task;
}
