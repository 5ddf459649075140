/**
 * The faults a failover drill injects (host power-off, disk failure, host isolation), the twin commands that inject
 * and repair them, and how to tell from a state whether a fault is still in place. Used by the preflight and by the
 * BFF's drill service, so both read the same rules.
 */
import type { DrillFault } from '@harborview/contracts/drills';
import type { DiskRole } from '@harborview/contracts/vocabulary';

import type { TwinCommand } from '../engine/commands';
import type { EngineHost, TwinState } from '../engine/state';

/** The command that injects the fault. */
export function faultCommand(fault: DrillFault): TwinCommand {
  switch (fault.type) {
    case 'host-power-off':
      return { type: 'powerHost', hostId: fault.hostId, state: 'off' };
    case 'disk-failure':
      return { type: 'failDisk', hostId: fault.hostId, diskId: fault.diskId };
    case 'host-isolation':
      return { type: 'isolateHost', hostId: fault.hostId };
  }
}

/** The command that puts the fault right: power the host back on, replace the disk, reconnect the network. */
export function recoverCommand(fault: DrillFault): TwinCommand {
  switch (fault.type) {
    case 'host-power-off':
      return { type: 'powerHost', hostId: fault.hostId, state: 'on' };
    case 'disk-failure':
      return { type: 'replaceDisk', hostId: fault.hostId, diskId: fault.diskId };
    case 'host-isolation':
      return { type: 'reconnectHost', hostId: fault.hostId };
  }
}

function hostOf(s: TwinState, hostId: string): EngineHost | undefined {
  return s.topology.hosts.find((h) => h.id === hostId);
}

/** A disk of the host by id, with its role. */
export function diskOf(
  s: TwinState,
  hostId: string,
  diskId: string,
): { id: string; name: string; role: DiskRole; failed: boolean } | undefined {
  for (const g of hostOf(s, hostId)?.diskGroups ?? []) {
    if (g.cacheDisk.id === diskId) return { ...g.cacheDisk, role: 'cache' };
    const capacity = g.capacityDisks.find((d) => d.id === diskId);
    if (capacity) return { ...capacity, role: 'capacity' };
  }
  return undefined;
}

/** Whether the fault is in place in `s`: the host off (and not booting), isolated, or the disk failed. */
export function faultActive(s: TwinState, fault: DrillFault): boolean {
  const host = hostOf(s, fault.hostId);
  if (host === undefined) return false;
  switch (fault.type) {
    case 'host-power-off':
      // A boot in progress counts as put right: the operator has acted, vSAN is only waiting for ESXi.
      return (
        host.power === 'poweredOff' && !s.operations.some((op) => op.kind === 'hostBoot' && op.hostId === fault.hostId)
      );
    case 'disk-failure':
      return diskOf(s, fault.hostId, fault.diskId)?.failed ?? false;
    case 'host-isolation':
      return host.isolated;
  }
}

/** The fault in words: "Power off host 10.162.102.130". */
export function describeFault(s: TwinState, fault: DrillFault): string {
  const hostName = hostOf(s, fault.hostId)?.name ?? fault.hostId;
  switch (fault.type) {
    case 'host-power-off':
      return `Power off host ${hostName}`;
    case 'disk-failure': {
      const disk = diskOf(s, fault.hostId, fault.diskId);
      return `Fail ${disk ? `${disk.role} disk ${disk.name}` : `disk ${fault.diskId}`} on host ${hostName}`;
    }
    case 'host-isolation':
      return `Isolate host ${hostName} from the vSAN network`;
  }
}

/** What the fault does to the host, for reasons: "is powered off", "is isolated from the vSAN network", … */
export function faultEffect(s: TwinState, fault: DrillFault): string {
  const hostName = hostOf(s, fault.hostId)?.name ?? fault.hostId;
  switch (fault.type) {
    case 'host-power-off':
      return `host ${hostName}, which is powered off`;
    case 'disk-failure':
      return `disk ${diskOf(s, fault.hostId, fault.diskId)?.name ?? fault.diskId} of host ${hostName}, which failed`;
    case 'host-isolation':
      return `host ${hostName}, which is isolated from the vSAN network`;
  }
}
