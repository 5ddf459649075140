import type { DrillFault } from '@harborview/contracts/drills';
import { DRILL_FAULT_TYPES } from '@harborview/contracts/drills';
import type { Host } from '@harborview/contracts/inventory';

export type FaultType = DrillFault['type'];

/** What the fault picker holds while the user chooses; `diskId` matters only for a disk failure. */
export interface FaultDraft {
  type: FaultType;
  hostId: string;
  diskId: string;
}

export const FAULT_LABELS: Record<FaultType, string> = {
  'host-power-off': 'Host power-off',
  'disk-failure': 'Disk failure',
  'host-isolation': 'Host isolation',
};

/** What each fault means in vSAN and HA terms (vsan-ha.md §2 Absent vs Degraded, §3 Timelines). */
export const FAULT_HINTS: Record<FaultType, string> = {
  'host-power-off': 'The host stops: its components go Absent and HA restarts its VMs elsewhere.',
  'disk-failure': 'One disk fails for good: its components go Degraded and rebuild at once if there is room.',
  'host-isolation': 'The host loses the vSAN network: HA applies the isolation response after 30 s or more.',
};

export const FAULT_TYPES = DRILL_FAULT_TYPES;

export interface DiskChoice {
  id: string;
  label: string;
}

/** A host's vSAN disks for the picker: each disk group's cache SSD, then its capacity disks. */
export function disksOf(host: Host | undefined): DiskChoice[] {
  if (!host) return [];
  return host.diskGroups.flatMap((group) => [
    { id: group.cacheDisk.id, label: `${group.cacheDisk.name} (cache, whole disk group)` },
    ...group.capacityDisks.map((d) => ({ id: d.id, label: `${d.name} (capacity)` })),
  ]);
}

/** The page's first choice: power off the host that runs the Harbor VM (the walkthrough's fault). */
export function defaultFaultDraft(harborHostId: string | null, hosts: readonly Host[]): FaultDraft {
  const host = hosts.find((h) => h.id === harborHostId) ?? hosts[0];
  return { type: 'host-power-off', hostId: host?.id ?? '', diskId: disksOf(host)[0]?.id ?? '' };
}

/** The fault to send, or null while the draft is incomplete. */
export function toFault(draft: FaultDraft): DrillFault | null {
  if (!draft.hostId) return null;
  if (draft.type === 'disk-failure')
    return draft.diskId ? { type: 'disk-failure', hostId: draft.hostId, diskId: draft.diskId } : null;
  return { type: draft.type, hostId: draft.hostId };
}

/** A new draft after the host changes: a disk choice from another host would be meaningless, so it resets. */
export function withHost(draft: FaultDraft, host: Host | undefined): FaultDraft {
  return { ...draft, hostId: host?.id ?? '', diskId: disksOf(host)[0]?.id ?? '' };
}
