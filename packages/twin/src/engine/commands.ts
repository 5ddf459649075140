/**
 * Everything the outside world can ask of the twin, as one discriminated union on `type`. Each command mirrors an
 * operator action of the walkthrough (vSphere Client, `docker volume …`, `vmdkops_admin.py policy …`, the compose
 * wizard) or a fault to inject; `advance` is the only way time moves.
 */

/** One row of the attach wizard: the service's mount at `target` becomes the named vDVS volume. */
export interface HarborVolumeMapping {
  service: string;
  target: string;
  /** `name` or `name@datastore`, as in the rewritten compose file. */
  volume: string;
}

/** A command for `step`. */
export type TwinCommand =
  /** Cluster > Configure > vSphere Availability: turn HA on or off. */
  | { type: 'setHaEnabled'; enabled: boolean }
  /** Cluster > Configure > vSAN > Advanced Options > Object Repair Timer, in seconds (0 … 7 days). */
  | { type: 'setRepairDelay'; seconds: number }
  /** How fast the BFF should run the clock (twin seconds per wall second); the twin only records it. */
  | { type: 'setSpeed'; speed: number }
  /** Pull the power (off: a crash, as in the failover drill) or boot the host (on: a task until it is back). */
  | { type: 'powerHost'; hostId: string; state: 'on' | 'off' }
  /** A cache or capacity device dies (its components go DEGRADED). */
  | { type: 'failDisk'; hostId: string; diskId: string }
  /** The failed device is swapped for a new, empty one. */
  | { type: 'replaceDisk'; hostId: string; diskId: string }
  /** Cut the host off the vSAN and management networks (it keeps running its VMs). */
  | { type: 'isolateHost'; hostId: string }
  /** End an isolation. */
  | { type: 'reconnectHost'; hostId: string }
  /** `vmdkops_admin.py policy create --name N --content C` (content stored unchecked, as vDVS does). */
  | { type: 'createPolicy'; name: string; content: string }
  /** `vmdkops_admin.py policy update --name N --content C` (re-applied to every volume using it). */
  | { type: 'updatePolicy'; name: string; content: string }
  /** `vmdkops_admin.py policy rm --name N`. */
  | { type: 'removePolicy'; name: string }
  /** `docker volume create --driver=vsphere --name=N -o k=v …` on the Docker VM (Harbor's unless `vmId`). */
  | { type: 'createVolume'; name: string; opts: Record<string, string>; vmId?: string }
  /** `docker volume rm N`. */
  | { type: 'removeVolume'; name: string }
  /** vDVS attach of the volume's VMDK to a VM (PVSCSI hot-add). */
  | { type: 'attachVolume'; volume: string; vmId: string }
  /** vDVS detach. */
  | { type: 'detachVolume'; volume: string; vmId: string }
  /** The attach wizard's apply: recreate Harbor's containers on the volumes, attached in mapping order. */
  | { type: 'harborApplyCompose'; composeText: string; mappings: HarborVolumeMapping[] }
  /** `docker-compose up -d [service…]` on the Docker VM (the log-first Exit 128 fix). */
  | { type: 'harborComposeUp'; services?: string[] }
  /** Bytes really written to a volume (image pushes): resync later has this delta to copy. */
  | { type: 'writeData'; volume: string; bytes: number }
  /** A Harbor container's real process died on its own (the BFF saw Harbor's registry exit). */
  | { type: 'containerExited'; service: string; exitCode: number }
  /** That process runs again: its restart manager (the BFF's registry supervisor) started it. */
  | { type: 'containerStarted'; service: string }
  /** Setup checklist: the esx-vmdkops-service VIB on a host. */
  | { type: 'installVib'; hostId: string; version?: string }
  /** Setup checklist: the vDVS plugin in a Docker VM. */
  | { type: 'installPlugin'; vmId: string; version?: string }
  /** Acknowledge a triggered alarm. */
  | { type: 'acknowledgeAlarm'; alarmId: number }
  /** Let `seconds` of twin time pass (0 < seconds ≤ 7 days). */
  | { type: 'advance'; seconds: number };

/** The `type` values. */
export type TwinCommandType = TwinCommand['type'];

/** The command of one type. */
export type CommandOf<T extends TwinCommandType> = Extract<TwinCommand, { type: T }>;
