import { unifiedDiff } from '@harborview/compose/diff';
import type { Runbook, RunbookStep } from '@harborview/contracts/runbook';
import type { TwinCommand } from '@harborview/twin/engine';
import { DEFAULT_VDVS_VERSION } from '@harborview/twin/engine';
import {
  dockerVolumeCreateCommand,
  dockerVolumeRemoveCommand,
  shellLine,
  VMDKOPS_ADMIN_PATH,
  vmdkopsPolicyCommand,
  vmdkopsPolicyRemoveCommand,
} from '@harborview/twin/vdvs';

import type { StoredCommand } from '../store/types';
import type { LoggedCommand } from '../twin-runtime/twin-engine';

import { isBackgroundCommand } from './operator-actions';

/** What the log does not say by itself: where things ran, and the compose file Harbor started with. */
export interface RunbookContext {
  /** An ESXi host's address by host id (the label the walkthrough uses, 10.162.102.x). */
  hostAddress: (hostId: string) => string;
  hostAddresses: readonly string[];
  vmName: (vmId: string) => string;
  /** The Docker VM Harbor runs in: where docker and docker-compose commands run. */
  dockerVm: string;
  /** The compose file of a fresh scenario, the "before" of the first compose edit. */
  initialCompose: string;
}

export const COMPOSE_FILE = 'docker-compose.yml';

type Draft = Omit<RunbookStep, 'seq' | 'at'>;

const ui = (title: string, text: string, host?: string): Draft => ({
  title,
  kind: 'ui',
  text,
  ...(host === undefined ? {} : { host }),
});
// A command step: the words of one line, or a line the twin's vDVS command builders already wrote.
const cmd = (title: string, line: readonly string[] | string, host: string): Draft => ({
  title,
  kind: 'command',
  text: typeof line === 'string' ? line : shellLine(line),
  host,
});

function minutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

// One logged command → the steps an operator would have typed or clicked. Returns [] for what is not an operator
// action (time passing, image bytes written, clock speed).
function stepsFor(command: TwinCommand, ctx: RunbookContext, compose: { text: string }): Draft[] {
  if (isBackgroundCommand(command)) return [];
  const esx0 = ctx.hostAddresses[0] ?? 'esxi';
  switch (command.type) {
    case 'installVib': {
      const version = command.version ?? DEFAULT_VDVS_VERSION;
      const host = ctx.hostAddress(command.hostId);
      return [
        cmd(
          `Install the vDVS VIB on ${host}`,
          ['esxcli', 'software', 'vib', 'install', '-v', `/tmp/vmware-esx-vmdkops-${version}.vib`],
          host,
        ),
      ];
    }
    case 'installPlugin':
      return [
        cmd(
          `Install the vDVS plugin on ${ctx.vmName(command.vmId)}`,
          [
            'docker',
            'plugin',
            'install',
            '--grant-all-permissions',
            '--alias',
            'vsphere',
            `vmware/vsphere-storage-for-docker:${command.version ?? 'latest'}`,
          ],
          ctx.vmName(command.vmId),
        ),
      ];
    case 'createPolicy':
      return [
        cmd(
          `Create policy ${command.name}`,
          vmdkopsPolicyCommand({ verb: 'create', ...command, admin: VMDKOPS_ADMIN_PATH }),
          esx0,
        ),
      ];
    case 'updatePolicy':
      return [
        cmd(
          `Update policy ${command.name}`,
          vmdkopsPolicyCommand({ verb: 'update', ...command, admin: VMDKOPS_ADMIN_PATH }),
          esx0,
        ),
      ];
    case 'removePolicy':
      return [cmd(`Remove policy ${command.name}`, vmdkopsPolicyRemoveCommand(command.name, VMDKOPS_ADMIN_PATH), esx0)];
    case 'createVolume': {
      const vm = command.vmId === undefined ? ctx.dockerVm : ctx.vmName(command.vmId);
      return [cmd(`Create volume ${command.name}`, dockerVolumeCreateCommand(command.name, command.opts), vm)];
    }
    case 'removeVolume':
      return [cmd(`Remove volume ${command.name}`, dockerVolumeRemoveCommand(command.name), ctx.dockerVm)];
    case 'harborApplyCompose': {
      const before = compose.text;
      compose.text = command.composeText;
      const diff = unifiedDiff(before, command.composeText, {
        fromFile: `a/${COMPOSE_FILE}`,
        toFile: `b/${COMPOSE_FILE}`,
      });
      const volumes = command.mappings.map((m) => `${m.service} ${m.target} → ${m.volume}`).join(', ');
      return [
        ...(diff === ''
          ? []
          : [
              { title: `Edit ${COMPOSE_FILE}: ${volumes}`, kind: 'file-edit' as const, text: diff, host: ctx.dockerVm },
            ]),
        {
          title: 'Recreate Harbor on the volumes',
          kind: 'command',
          text: 'docker-compose down && docker-compose up -d',
          host: ctx.dockerVm,
        },
      ];
    }
    case 'harborComposeUp':
      return [cmd('Start Harbor', ['docker-compose', 'up', '-d', ...(command.services ?? [])], ctx.dockerVm)];
    case 'setHaEnabled':
      return [
        ui(
          `Turn ${command.enabled ? 'on' : 'off'} vSphere HA`,
          `vSphere Client: Cluster > Configure > vSphere Availability > Edit > Turn ${command.enabled ? 'ON' : 'OFF'} vSphere HA`,
        ),
      ];
    case 'setRepairDelay':
      // The Object Repair Timer is a per-host advanced setting (vsan-ha.md); the client sets it on every host.
      return ctx.hostAddresses.map((host) =>
        cmd(
          `Set the Object Repair Timer on ${host}`,
          [
            'esxcli',
            'system',
            'settings',
            'advanced',
            'set',
            '-o',
            '/VSAN/ClomRepairDelay',
            '-i',
            String(minutes(command.seconds)),
          ],
          host,
        ),
      );
    case 'powerHost':
      return [
        ui(
          `Drill: power ${command.state} ${ctx.hostAddress(command.hostId)}`,
          `Power ${command.state} host ${ctx.hostAddress(command.hostId)} (a drill, not setup)`,
        ),
      ];
    case 'failDisk':
      return [
        ui(
          `Drill: fail disk ${command.diskId}`,
          `Fail disk ${command.diskId} on ${ctx.hostAddress(command.hostId)} (a drill, not setup)`,
        ),
      ];
    case 'replaceDisk':
      return [
        ui(`Replace disk ${command.diskId}`, `Replace disk ${command.diskId} on ${ctx.hostAddress(command.hostId)}`),
      ];
    case 'isolateHost':
      return [
        ui(
          `Drill: isolate ${ctx.hostAddress(command.hostId)}`,
          `Cut ${ctx.hostAddress(command.hostId)} off the network (a drill, not setup)`,
        ),
      ];
    case 'reconnectHost':
      return [
        ui(
          `Reconnect ${ctx.hostAddress(command.hostId)}`,
          `Reconnect ${ctx.hostAddress(command.hostId)} to the network`,
        ),
      ];
    case 'attachVolume':
    case 'detachVolume':
      return [
        ui(
          `vDVS ${command.type === 'attachVolume' ? 'attach' : 'detach'} ${command.volume}`,
          `done by the vDVS plugin on ${ctx.vmName(command.vmId)} when a container uses the volume`,
        ),
      ];
    case 'acknowledgeAlarm':
      return [ui(`Acknowledge alarm ${command.alarmId}`, 'vSphere Client: Monitor > Triggered Alarms > Acknowledge')];
  }
}

/**
 * The runbook: every operator action logged since the last reset, as the commands and file edits it stands for.
 * The compose diff is recomputed from the previous apply (or the scenario's initial file) to the new text.
 */
export function deriveRunbook(log: readonly StoredCommand<LoggedCommand>[], ctx: RunbookContext): Runbook {
  let start = 0;
  log.forEach((entry, i) => {
    if (entry.command.kind === 'reset') start = i + 1;
  });
  const compose = { text: ctx.initialCompose };
  const steps: RunbookStep[] = [];
  for (const entry of log.slice(start)) {
    if (entry.command.kind !== 'twin') continue;
    const at = new Date(entry.atMs).toISOString();
    for (const draft of stepsFor(entry.command.command, ctx, compose)) steps.push({ seq: entry.seq, at, ...draft });
  }
  return { steps };
}
