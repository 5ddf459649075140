/**
 * What `step` returns: the next state, the events it logged (numbered), and the command's outcome. Failures carry an
 * HTTP-like code and the message the real tool would print (vDVS messages verbatim), and never change the state.
 */
import type { TwinEvent } from '../tasks/events';

import type { TwinState } from './state';

/** Why a command was refused: malformed, unknown target, clashes with the current state, or refused by the rules. */
export type StepErrorCode = 'bad_request' | 'not_found' | 'conflict' | 'unprocessable';

/** A refusal. */
export interface StepError {
  code: StepErrorCode;
  message: string;
}

/** Extra facts a successful command reports. */
export interface CommandValue {
  /** The tool's success line, e.g. `Successfully created policy: SW=2`. */
  message?: string;
  /** `name@datastore` of the volume created, attached or written. */
  volume?: string;
  objectUuid?: string;
  /** VM disk labels the command added, e.g. `['Hard disk 2']`. */
  diskLabels?: string[];
  /** A create that found the volume already there (the plugin reports success, vdvs.md §1). */
  existed?: boolean;
  /** False when a detach found nothing to detach (vDVS reports success, vdvs.md §7). */
  detached?: boolean;
}

/** The outcome of one command. */
export type CommandResult =
  | {
      ok: true;
      taskId?: string;
      value?: CommandValue;
      /** Succeeded with nothing to do: `step` hands back the very same state, so nothing is logged or published. */
      unchanged?: true;
    }
  | { ok: false; error: StepError };

/** `step`'s return value. */
export interface StepResult {
  state: TwinState;
  events: TwinEvent[];
  result: CommandResult;
}

/** A refusal result. */
export function refuse(code: StepErrorCode, message: string): { ok: false; error: StepError } {
  return { ok: false, error: { code, message } };
}

/** A success that changed nothing (a tool answering success for what already holds, such as vDVS's create of an existing volume). */
export function doneUnchanged(value: CommandValue): CommandResult {
  return { ok: true, value, unchanged: true };
}

/** A success result. */
export function done(taskId?: string, value?: CommandValue): CommandResult {
  return {
    ok: true,
    ...(taskId === undefined ? {} : { taskId }),
    ...(value === undefined ? {} : { value }),
  };
}
