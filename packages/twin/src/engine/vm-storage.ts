/**
 * The VM's disks as vDVS's attach rules see them (vdvs/attach.ts `VmStorage`): vSphere shows datastore paths as
 * `[vsanDatastore] dockvols/_DEFAULT/v.vmdk`, vmdk_ops as `/vmfs/volumes/vsanDatastore/dockvols/_DEFAULT/v.vmdk`
 * (vdvs.md §5, §7); the two map one to one.
 */
import type { VmDisk, VmStorage } from '../vdvs/attach';

import type { EngineVirtualDisk, EngineVm } from './state';

const VMFS_PREFIX = '/vmfs/volumes/';

/** `[ds] a/b.vmdk` → `/vmfs/volumes/ds/a/b.vmdk`; other text is returned as it is. */
export function toVmfsPath(datastorePath: string): string {
  const match = /^\[([^\]]+)\] (.*)$/.exec(datastorePath);
  return match === null ? datastorePath : `${VMFS_PREFIX}${match[1] ?? ''}/${match[2] ?? ''}`;
}

/** `/vmfs/volumes/ds/a/b.vmdk` → `[ds] a/b.vmdk`; other text is returned as it is. */
export function toDatastorePath(vmfsPath: string): string {
  if (!vmfsPath.startsWith(VMFS_PREFIX)) return vmfsPath;
  const rest = vmfsPath.slice(VMFS_PREFIX.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? vmfsPath : `[${rest.slice(0, slash)}] ${rest.slice(slash + 1)}`;
}

/** The VM as `attachVolume`/`detachVolume`/`afterHaRestart` read it. */
export function vmStorageOf(vm: EngineVm): VmStorage {
  return {
    vmName: vm.name,
    vmUuid: vm.uuid,
    controllers: vm.scsiControllers,
    disks: vm.disks.map<VmDisk>((d) => ({
      label: d.label,
      bus: d.bus,
      unitNumber: d.unitNumber,
      vmdkPath: toVmfsPath(d.vmdkPath),
      diskMode: d.diskMode,
      volumeName: d.volumeName,
    })),
  };
}

/**
 * Writes an attach/detach outcome back onto the VM: kept disks stay as they were, new ones get their size and
 * vSAN object from `describe` (called with the vDVS disk).
 */
export function withStorage(
  vm: EngineVm,
  storage: VmStorage,
  describe: (disk: VmDisk) => { capacityBytes: number; objectUuid: string },
): EngineVm {
  const disks = storage.disks.map<EngineVirtualDisk>((d) => {
    const path = toDatastorePath(d.vmdkPath);
    const kept = vm.disks.find((k) => k.vmdkPath === path);
    if (kept !== undefined) return kept;
    const { capacityBytes, objectUuid } = describe(d);
    return {
      label: d.label,
      capacityBytes,
      vmdkPath: path,
      volumeName: d.volumeName,
      controller: `SCSI controller ${d.bus}`,
      unitNumber: d.unitNumber,
      bus: d.bus,
      diskMode: d.diskMode,
      objectUuid,
    };
  });
  return { ...vm, scsiControllers: storage.controllers, disks };
}
