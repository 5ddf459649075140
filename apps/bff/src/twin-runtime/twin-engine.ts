import type { ChangedKind, StreamMessage } from '@harborview/contracts/stream';
import { CHANGED_KINDS } from '@harborview/contracts/stream';
import type { CommandResult, ScenarioOptions, TwinCommand, TwinState } from '@harborview/twin/engine';
import { createScenario, step } from '@harborview/twin/engine';
import { isoAt, tasksView } from '@harborview/twin/queries';

import { isBackgroundCommand } from '../runbook/operator-actions';

import type { RuntimeEngine } from './runtime';

/**
 * What the command log records: a twin command with who asked (so replay gives the same Initiator), or a reset to a
 * fresh scenario (its wall-clock epoch is recorded, so replay never reads the clock).
 */
export type LoggedCommand =
  { kind: 'twin'; command: TwinCommand; initiator: string } | { kind: 'reset'; options: ScenarioOptions };

/**
 * Which resource kinds differ between two states; slices are shared structurally, so identity is enough.
 * Drills are not named here: their views change in wall time too, so the drill service announces them itself.
 */
export function changedKinds(prev: TwinState, next: TwinState): ChangedKind[] {
  if (prev === next) return [];
  const kinds = new Set<ChangedKind>();
  // The setup checklist is the VIB per host, the plugin per VM and HA on the cluster: each names `setup` too.
  if (prev.topology.hosts !== next.topology.hosts) kinds.add('hosts').add('inventory').add('setup');
  if (prev.topology.vms !== next.topology.vms) kinds.add('vms').add('inventory').add('hosts').add('setup');
  if (prev.topology.cluster !== next.topology.cluster) kinds.add('cluster').add('setup');
  // A VM's HA protection is HA's on/off with the VM's power (queries/hosts.ts): turning HA on or off changes the VMs.
  if (prev.ha.enabled !== next.ha.enabled) kinds.add('vms');
  if (prev.vsan !== next.vsan) kinds.add('volumes').add('cluster').add('datastores').add('hosts');
  if (prev.volumes !== next.volumes) kinds.add('volumes').add('datastores');
  if (prev.policies !== next.policies) kinds.add('policies');
  if (prev.harbor !== next.harbor) kinds.add('harbor');
  if (prev.alarms !== next.alarms) kinds.add('alarms');
  if (prev.clock.now !== next.clock.now || prev.clock.speed !== next.clock.speed) kinds.add('clock');
  return [...kinds];
}

/** Task rows that are new or changed (the task log replaces a task's object whenever it moves). */
function changedTasks(prev: TwinState, next: TwinState): StreamMessage[] {
  if (prev.tasks === next.tasks) return [];
  const before = new Set(prev.tasks.tasks);
  const ids = new Set(next.tasks.tasks.filter((t) => !before.has(t)).map((t) => t.id));
  if (ids.size === 0) return [];
  return tasksView(next)
    .items.filter((t) => ids.has(t.id))
    .reverse()
    .map((task) => ({ type: 'task' as const, task }));
}

function messagesFor(
  command: TwinCommand,
  prev: TwinState,
  next: TwinState,
  events: ReturnType<typeof step>['events'],
): StreamMessage[] {
  const messages: StreamMessage[] = events.map((e) => ({
    type: 'twin.event',
    event: { ...e, time: isoAt(next, e.time) },
  }));
  messages.push(...changedTasks(prev, next));
  const kinds = changedKinds(prev, next);
  // Every logged operator action is a step of the runbook (GET /api/runbook derives it from the command log).
  if (!isBackgroundCommand(command)) kinds.push('runbook');
  if (kinds.length) messages.push({ type: 'changed', kinds, at: isoAt(next, next.clock.now) });
  return messages;
}

/** The twin as the runtime drives it: `step` for twin commands, a fresh scenario for resets. */
export function createTwinEngine(
  initialOptions: () => ScenarioOptions,
): RuntimeEngine<TwinState, LoggedCommand, CommandResult> {
  return {
    initial: () => createScenario(initialOptions()),
    apply(state, logged) {
      if (logged.kind === 'reset') {
        const next = createScenario(logged.options);
        const kinds: ChangedKind[] = [...CHANGED_KINDS];
        return {
          state: next,
          messages: [{ type: 'changed', kinds, at: isoAt(next, 0) }],
          result: { ok: true },
          changed: true,
        };
      }
      const { state: next, events, result } = step(state, logged.command, { initiator: logged.initiator });
      return {
        state: next,
        messages: messagesFor(logged.command, state, next, events),
        result,
        changed: result.ok && next !== state,
      };
    },
  };
}
