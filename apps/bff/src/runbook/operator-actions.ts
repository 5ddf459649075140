import type { CommandOf, TwinCommand } from '@harborview/twin/engine';

// What the twin does by itself or on the System's behalf: time passing, image bytes written, containers exiting
// and starting, the clock's speed. None of it is a step an operator would have typed or clicked.
const BACKGROUND_COMMANDS = ['advance', 'writeData', 'containerExited', 'containerStarted', 'setSpeed'] as const;

type BackgroundCommand = CommandOf<(typeof BACKGROUND_COMMANDS)[number]>;

/** Whether a logged command is not an operator action, so it adds nothing to the runbook. */
export function isBackgroundCommand(command: TwinCommand): command is BackgroundCommand {
  return (BACKGROUND_COMMANDS as readonly string[]).includes(command.type);
}
