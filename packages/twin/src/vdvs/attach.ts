/**
 * Attach/detach as vmdk_ops `disk_attach`/`disk_detach` do it (vdvs.md §7): hot-add on a PVSCSI controller
 * (adding one if needed, at most 4 SCSI controllers), units 0–15 except 7, one VM at a time, and the messages
 * vDVS gives. VM disk state is plain data the integrator maps onto its VM model.
 */
import { vmdkPath } from './paths';
import type { VdvsVolume, VolumeDevice } from './types';

/** SCSI controller types a VM may carry; vDVS only ever uses `pvscsi`. */
export type ScsiControllerKind = 'pvscsi' | 'lsilogic' | 'lsilogic-sas' | 'buslogic';

/** A SCSI controller: key = 1000 + bus (vdvs.md §7). */
export interface ScsiController {
  bus: number;
  kind: ScsiControllerKind;
  pciSlotNumber: string;
}

/** A virtual disk in the VM config. */
export interface VmDisk {
  /** vSphere Client label, `Hard disk N`. */
  label: string;
  bus: number;
  unitNumber: number;
  vmdkPath: string;
  diskMode: string;
  /** `name@ds` for vDVS volumes, null for the VM's own disks. */
  volumeName: string | null;
}

/** The part of a VM attach needs. */
export interface VmStorage {
  vmName: string;
  vmUuid: string;
  controllers: ScsiController[];
  disks: VmDisk[];
}

/** At most 4 SCSI controllers per VM (vdvs.md §7). */
export const MAX_SCSI_CONTROLLERS = 4;
/** Unit 7 is the controller's own SCSI id (vdvs.md §7). */
export const SCSI_CONTROLLER_UNIT = 7;
const UNITS_PER_CONTROLLER = 16;
/**
 * PCI slots vSphere assigns to scsi0..3 on hardware version 7+ (VMware KB; the doc's examples show 160 and
 * 224). vmdk_ops reads the real value from the VM; the twin uses this table for controllers it adds.
 */
export const PVSCSI_PCI_SLOT_BY_BUS: readonly string[] = ['160', '224', '256', '1184'];

const MAX_VOLUMES_MESSAGE = 'Failed to place new disk - The maximum number of supported volumes has been reached.';

/** Where the next disk goes: the lowest free unit on the first PVSCSI with room, else a new PVSCSI. */
export function findFreeSlot(
  vm: VmStorage,
): { bus: number; unit: number; newController: ScsiController | null } | null {
  const pvscsi = vm.controllers.filter((c) => c.kind === 'pvscsi').sort((a, b) => a.bus - b.bus);
  for (const controller of pvscsi) {
    const taken = new Set(vm.disks.filter((d) => d.bus === controller.bus).map((d) => d.unitNumber));
    for (let unit = 0; unit < UNITS_PER_CONTROLLER; unit += 1) {
      if (unit !== SCSI_CONTROLLER_UNIT && !taken.has(unit)) return { bus: controller.bus, unit, newController: null };
    }
  }
  if (vm.controllers.length >= MAX_SCSI_CONTROLLERS) return null;
  const usedBuses = new Set(vm.controllers.map((c) => c.bus));
  const bus = [0, 1, 2, 3].find((b) => !usedBuses.has(b)) ?? 0;
  const newController: ScsiController = { bus, kind: 'pvscsi', pciSlotNumber: PVSCSI_PCI_SLOT_BY_BUS[bus] ?? '160' };
  return { bus, unit: 0, newController };
}

/** `Hard disk N`: one more than the highest N in the VM (vSphere numbering; twin choice for gaps). */
export function nextDiskLabel(vm: VmStorage): string {
  const numbers = vm.disks.map((d) => Number(/^Hard disk (\d+)$/.exec(d.label)?.[1] ?? 0));
  return `Hard disk ${Math.max(0, ...numbers) + 1}`;
}

/** Attach outcome. On failure `vm` may still have gained the PVSCSI controller added before the disk. */
export type AttachResult =
  | {
      ok: true;
      volume: VdvsVolume;
      vm: VmStorage;
      device: VolumeDevice;
      diskLabel: string;
      alreadyAttached: boolean;
      staleOn: string | null;
    }
  | { ok: false; message: string; vm: VmStorage };

/** Options for attach: is the VM that holds the volume (per KV) powered on, so holding the VMFS lock? */
export interface AttachOptions {
  vmgroupName: string;
  holderPoweredOn?: boolean;
}

/**
 * Attach a volume to a VM. Already in this VM's config → same device. Held by another running VM → the VMFS
 * lock error of PR #1890. Held by a powered-off VM → attach succeeds and `staleOn` names the VM whose config
 * still lists the disk (issues #515/#240).
 */
export function attachVolume(volume: VdvsVolume, vm: VmStorage, options: AttachOptions): AttachResult {
  const path = vmdkPath(volume.datastore, options.vmgroupName, volume.name);
  const existing = vm.disks.find((d) => d.vmdkPath === path);
  const controllerOf = (bus: number): ScsiController | undefined => vm.controllers.find((c) => c.bus === bus);
  if (existing) {
    const device = {
      controllerPciSlotNumber: controllerOf(existing.bus)?.pciSlotNumber ?? '',
      unit: String(existing.unitNumber),
    };
    const attachment = { vmName: vm.vmName, vmUuid: vm.vmUuid, device: volume.attachment?.device ?? device };
    return {
      ok: true,
      volume: { ...volume, attachment },
      vm,
      device,
      diskLabel: existing.label,
      alreadyAttached: true,
      staleOn: null,
    };
  }
  const slot = findFreeSlot(vm);
  if (!slot) return { ok: false, message: MAX_VOLUMES_MESSAGE, vm };
  const withController = slot.newController ? { ...vm, controllers: [...vm.controllers, slot.newController] } : vm;
  const holder = volume.attachment;
  if (holder && holder.vmUuid !== vm.vmUuid && (options.holderPoweredOn ?? true)) {
    const message = `Failed to add disk 'scsi${slot.bus}:${slot.unit}'. disk ${path} already attached to VM=${holder.vmName}`;
    return { ok: false, message, vm: withController };
  }
  const diskLabel = nextDiskLabel(vm);
  const disk: VmDisk = {
    label: diskLabel,
    bus: slot.bus,
    unitNumber: slot.unit,
    vmdkPath: path,
    diskMode: volume.volOpts['attach-as'] ?? 'independent_persistent',
    volumeName: `${volume.name}@${volume.datastore}`,
  };
  const device = {
    controllerPciSlotNumber: controllerOf(slot.bus)?.pciSlotNumber ?? slot.newController?.pciSlotNumber ?? '',
    unit: String(slot.unit),
  };
  return {
    ok: true,
    volume: { ...volume, attachment: { vmName: vm.vmName, vmUuid: vm.vmUuid, device } },
    vm: { ...withController, disks: [...vm.disks, disk] },
    device,
    diskLabel,
    alreadyAttached: false,
    staleOn: holder && holder.vmUuid !== vm.vmUuid ? holder.vmName : null,
  };
}

/** Detach: remove the disk and clear the KV attach keys; a disk not in the config is a silent success. */
export function detachVolume(
  volume: VdvsVolume,
  vm: VmStorage,
  vmgroupName: string,
): { volume: VdvsVolume; vm: VmStorage; detached: boolean } {
  const path = vmdkPath(volume.datastore, vmgroupName, volume.name);
  if (!vm.disks.some((d) => d.vmdkPath === path)) return { volume, vm, detached: false };
  return {
    volume: { ...volume, attachment: null },
    vm: { ...vm, disks: vm.disks.filter((d) => d.vmdkPath !== path) },
    detached: true,
  };
}

/** Plugin-side state `docker volume rm` meets before ESX is asked. */
export interface PluginRemoveState {
  initialized?: boolean;
  refcount?: number;
}

/** Why `docker volume rm` is refused, plugin checks first then ESX (vdvs.md §6, §7); null when allowed. */
export function removeVolumeRefusal(volume: VdvsVolume, plugin: PluginRemoveState = {}): string | null {
  const fullName = `${volume.name}@${volume.datastore}`;
  if (plugin.initialized === false) return `Plugin initialization in progress. Cannot remove volume=${fullName}`;
  const refcount = plugin.refcount ?? 0;
  if (refcount > 0) return `Remove failure - volume is still mounted.  volume=${fullName}, refcount=${refcount}`;
  if (volume.attachment) return `Failed to remove volume ${volume.name}, in use by VM = ${volume.attachment.vmName}.`;
  return null;
}

/** How a failed attach reaches `docker run` (vdvs.md §7). */
export function mountErrorMessage(message: string): string {
  return `VolumeDriver.Mount: ${message}`;
}
