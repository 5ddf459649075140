/**
 * What `docker volume inspect` and `docker volume ls` show for a vDVS volume: the `Status` map is the ESX
 * `get` reply (vmdk_ops.py `vol_info`) with its exact key spelling (vdvs.md §2).
 */
import type { VolumeStatus as AttachStatus } from '@harborview/contracts/vocabulary';

import { mountpointFor } from './paths';
import { asctimeUtc } from './py-format';
import { formatKbSize } from './sizes';
import type { VdvsVolume } from './types';
import { fullVolumeName } from './volume-name';

/** The managed plugin's DRIVER column (vdvs.md §1). */
export const DEFAULT_DRIVER = 'vsphere:latest';

/** The `Status` map; optional keys appear only in the cases vdvs.md §2 lists. */
export interface VolumeStatus {
  access: string;
  'attach-as': string;
  'attached to VM'?: string;
  attachedVMDevice?: { ControllerPciSlotNumber: string; Unit: string };
  capacity: { allocated: string; size: string };
  'clone-from': string;
  created: string;
  'created by VM': string;
  datastore: string;
  diskformat: string;
  fstype?: string;
  status: AttachStatus;
  'vsan-policy-name'?: string;
}

/** Current VM names by uuid: vDVS looks the attached VM up by uuid first (vdvs.md §2). */
export interface VmNameLookup {
  vmNamesByUuid?: Readonly<Record<string, string>>;
}

/** `attached to VM`: current name by uuid, else the name saved in KV, else the uuid (vdvs.md §2, §3). */
export function attachedVmLabel(volume: VdvsVolume, lookup: VmNameLookup = {}): string | null {
  const a = volume.attachment;
  if (!a) return null;
  return lookup.vmNamesByUuid?.[a.vmUuid] ?? (a.vmName !== '' ? a.vmName : a.vmUuid);
}

/** The `Status` map, keys in Go's sorted order as the docker CLI prints them. */
export function volumeStatus(volume: VdvsVolume, lookup: VmNameLookup = {}): VolumeStatus {
  const o = volume.volOpts;
  const attachedTo = attachedVmLabel(volume, lookup);
  const status: VolumeStatus = {
    access: o.access ?? 'read-write',
    'attach-as': o['attach-as'] ?? 'independent_persistent',
    ...(attachedTo !== null ? { 'attached to VM': attachedTo } : {}),
    ...(volume.attachment
      ? {
          attachedVMDevice: {
            ControllerPciSlotNumber: volume.attachment.device.controllerPciSlotNumber,
            Unit: volume.attachment.device.unit,
          },
        }
      : {}),
    capacity: { allocated: formatKbSize(volume.allocatedKb), size: formatKbSize(volume.sizeKb) },
    'clone-from': o['clone-from'] ?? 'None',
    created: asctimeUtc(volume.createdMs),
    'created by VM': volume.createdBy,
    datastore: volume.datastore,
    diskformat: o.diskformat ?? 'thin',
    ...(o.fstype !== undefined ? { fstype: o.fstype } : {}),
    status: volume.attachment ? 'attached' : 'detached',
    ...(o['vsan-policy-name'] !== undefined ? { 'vsan-policy-name': o['vsan-policy-name'] } : {}),
  };
  return status;
}

/** One `docker volume inspect` entry (vdvs.md §2 example). */
export interface DockerVolumeInspect {
  Driver: string;
  Labels: null;
  Mountpoint: string;
  Name: string;
  Options: Record<string, string>;
  Scope: 'global';
  Status: VolumeStatus;
}

/** `docker volume inspect <name@ds>`; `Options` is what the user passed, Scope is always `global`. */
export function inspectVolume(
  volume: VdvsVolume,
  lookup: VmNameLookup = {},
  driver = DEFAULT_DRIVER,
): DockerVolumeInspect {
  const name = fullVolumeName(volume.name, volume.datastore);
  return {
    Driver: driver,
    Labels: null,
    Mountpoint: mountpointFor(name),
    Name: name,
    Options: { ...volume.userOptions },
    Scope: 'global',
    Status: volumeStatus(volume, lookup),
  };
}

/** One `docker volume ls` row. */
export interface DockerVolumeLsRow {
  driver: string;
  volumeName: string;
}

/** `docker volume ls`: every volume as `name@datastore` since 0.10, only the caller's vmgroup (vdvs.md §2). */
export function dockerVolumeLsRows(
  volumes: readonly VdvsVolume[],
  vmgroupUuid: string | null,
  driver = DEFAULT_DRIVER,
): DockerVolumeLsRow[] {
  // A VM outside every vmgroup gets [] rather than an error (vmdk_ops list on auth failure).
  if (vmgroupUuid === null) return [];
  return volumes
    .filter((v) => v.vmgroupUuid === vmgroupUuid)
    .map((v) => ({ driver, volumeName: fullVolumeName(v.name, v.datastore) }));
}
