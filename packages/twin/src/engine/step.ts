/**
 * `step(state, command, ctx?) → { state, events, result }`: the twin's one transition. Pure and deterministic:
 * the clock and the seeded RNG live in the state, the input is never mutated, and a refused command returns the
 * very same state object, as does a command that succeeded with nothing to do (`doneUnchanged`). Everything a
 * command sets off at its instant (HA noticing a failure, Harbor's containers stopping with their VM) is settled
 * before the step returns.
 * @example const { state: next, events, result } = step(state, { type: 'powerHost', hostId: 'host-1', state: 'off' });
 */
import type { TwinEvent } from '../tasks/events';
import { appendEvents } from '../tasks/events';

import { cmdAttachVolume, cmdDetachVolume } from './cmd-attach';
import { cmdAcknowledgeAlarm, cmdAdvance, cmdSetHaEnabled, cmdSetRepairDelay, cmdSetSpeed } from './cmd-cluster';
import { cmdContainerExited, cmdContainerStarted } from './cmd-container-process';
import { cmdHarborApplyCompose, cmdHarborComposeUp } from './cmd-harbor';
import { cmdFailDisk, cmdIsolateHost, cmdPowerHost, cmdReconnectHost, cmdReplaceDisk } from './cmd-hosts';
import { cmdCreatePolicy, cmdRemovePolicy, cmdUpdatePolicy } from './cmd-policies';
import { cmdInstallPlugin, cmdInstallVib } from './cmd-setup';
import { cmdCreateVolume, cmdRemoveVolume, cmdWriteData } from './cmd-volumes';
import type { CommandOf, TwinCommandType } from './commands';
import { DEFAULT_INITIATOR } from './constants';
import { computeFindings } from './findings';
import { parseCommand } from './parse-command';
import type { CommandResult, StepResult } from './result';
import { settle } from './settle';
import type { TwinState } from './state';
import { pruneVdvsFindings } from './vdvs-restart';
import type { Work } from './work';
import { beginWork } from './work';

/** Who is asking (Recent Tasks' Initiator); defaults to the vSphere administrator. */
export interface StepContext {
  initiator?: string;
}

type Handlers = { [T in TwinCommandType]: (w: Work, cmd: CommandOf<T>) => CommandResult };

const HANDLERS: Handlers = {
  setHaEnabled: cmdSetHaEnabled,
  setRepairDelay: cmdSetRepairDelay,
  setSpeed: cmdSetSpeed,
  acknowledgeAlarm: cmdAcknowledgeAlarm,
  advance: cmdAdvance,
  powerHost: cmdPowerHost,
  isolateHost: cmdIsolateHost,
  reconnectHost: cmdReconnectHost,
  failDisk: cmdFailDisk,
  replaceDisk: cmdReplaceDisk,
  createPolicy: cmdCreatePolicy,
  updatePolicy: cmdUpdatePolicy,
  removePolicy: cmdRemovePolicy,
  createVolume: cmdCreateVolume,
  removeVolume: cmdRemoveVolume,
  writeData: cmdWriteData,
  containerExited: cmdContainerExited,
  containerStarted: cmdContainerStarted,
  attachVolume: cmdAttachVolume,
  detachVolume: cmdDetachVolume,
  harborApplyCompose: cmdHarborApplyCompose,
  harborComposeUp: cmdHarborComposeUp,
  installVib: cmdInstallVib,
  installPlugin: cmdInstallPlugin,
};

function dispatch<T extends TwinCommandType>(w: Work, cmd: CommandOf<T>): CommandResult {
  return (HANDLERS[cmd.type] as (w: Work, cmd: CommandOf<T>) => CommandResult)(w, cmd);
}

/** Applies one command. `command` may be untrusted: anything malformed is a `bad_request`, never a throw. */
export function step(state: TwinState, command: unknown, ctx: StepContext = {}): StepResult {
  const parsed = parseCommand(command);
  if ('code' in parsed) return { state, events: [], result: { ok: false, error: parsed } };
  const w = beginWork(state, ctx.initiator ?? DEFAULT_INITIATOR);
  const result = dispatch(w, parsed);
  if (!result.ok) return { state, events: [], result };
  // A success with nothing to do (e.g. vDVS's create of an existing volume, vdvs.md §1) leaves no trace.
  if (result.unchanged) return { state, events: [], result };
  // `advance` settles at every deadline itself; other commands settle their own instant.
  if (parsed.type !== 'advance') settle(w, false);
  const pruned = pruneVdvsFindings(w.s);
  const withFindings: TwinState = { ...pruned, findings: computeFindings(pruned) };
  const events: TwinEvent[] = w.drafts.map((draft, i) => ({ id: withFindings.events.nextId + i, ...draft }));
  return { state: { ...withFindings, events: appendEvents(withFindings.events, w.drafts) }, events, result };
}
