/**
 * Known Harbor-on-vSAN faults, recognised from state and reported with their fix: the log-first start failure
 * (harbor.md §1 Known failure mode) and vDVS volumes left attached after an HA restart (vdvs.md §7).
 */
import type { Finding } from '@harborview/contracts/harbor';

import { LOGGING_DRIVER_ERROR } from './container-start';
import type { HarborState } from './harbor-state';

/** A problem the console lists, with the operator's fix (the contract's type). */
export type { Finding } from '@harborview/contracts/harbor';

/** What findings read from the rest of the twin. */
export interface FindingContext {
  /** The Docker VM's name. */
  vmName: string;
  /** The VM a vDVS volume is attached to (its `attached to VM` status), or null when detached. */
  volumeAttachedTo: (name: string) => string | null;
}

function logFirstExit128(state: HarborState): Finding[] {
  const stuck = state.containers.filter(
    (c) => c.status === 'exited' && c.exitCode === 128 && c.error === LOGGING_DRIVER_ERROR,
  );
  if (stuck.length === 0) return [];
  const cmd = state.layout.composeCommand;
  return [
    {
      id: 'harbor-log-first-exit-128',
      severity: 'error',
      title: 'Harbor containers stuck in Exit 128: the log container was not listening',
      detail:
        `${stuck.map((c) => c.name).join(', ')} failed to start: ${LOGGING_DRIVER_ERROR}. Every Harbor service logs ` +
        'through syslog to the log container on 127.0.0.1:1514; Docker started them before log was listening, and ' +
        'restart: always does not retry a failed start (goharbor/harbor#129, #1296).',
      fix: `Start log first, then the rest: \`${cmd} up -d log && ${cmd} up -d\` (or \`${cmd} start\`).`,
    },
  ];
}

function volumesLeftAttached(state: HarborState, ctx: FindingContext): Finding[] {
  const mounts = state.layout.services.flatMap((s) =>
    s.mounts.filter((m) => m.type === 'volume').map((m) => ({ service: s.name, volume: m.source })),
  );
  const volumes = [...new Set(mounts.map((m) => m.volume))];
  return volumes.flatMap((volume) => {
    const attachedTo = ctx.volumeAttachedTo(volume);
    const users = mounts.filter((m) => m.volume === volume).map((m) => m.service);
    const inUse = state.containers.some((c) => users.includes(c.service) && c.status === 'running');
    if (attachedTo === null || inUse) return [];
    const elsewhere = attachedTo !== ctx.vmName;
    return [
      {
        id: `vdvs-volume-left-attached:${volume}`,
        severity: elsewhere ? 'error' : 'warning',
        title: `vDVS volume ${volume} is still attached with no container using it`,
        detail:
          `docker volume inspect shows ${volume} "attached to VM" ${attachedTo} while none of ${users.join(', ')} runs. ` +
          'A crash or HA restart leaves the hot-added VMDK in the VM configuration, so the volume stays attached ' +
          (elsewhere
            ? `and ${ctx.vmName} cannot attach it (one VM at a time). `
            : 'and cannot be removed or used by another VM. ') +
          'vDVS issue #1675, fixed in 0.17 by PR #1710.',
        fix:
          'Upgrade the vSphere Docker Volume Service plugin to 0.17 or later and restart it: at start its refcount ' +
          'recovery detaches volumes no container uses. Otherwise, or if the volume is not mounted under /mnt/vmdk, ' +
          `stop the containers using it and remove the disk from ${attachedTo}'s configuration (keep the VMDK file) ` +
          'so the volume shows "detached".',
      },
    ];
  });
}

/** Every known fault present now. */
export function harborFindings(state: HarborState, ctx: FindingContext): Finding[] {
  return [...logFirstExit128(state), ...volumesLeftAttached(state, ctx)];
}
