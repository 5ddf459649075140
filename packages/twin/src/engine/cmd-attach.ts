/**
 * vDVS attach and detach (vdvs.md §7): PVSCSI hot-add as the next "Hard disk N", one VM at a time (the VMFS lock
 * error names the holder), detach of a disk not in the config is a silent success. `attachTo` is shared with the
 * compose wizard's apply.
 */
import { attachVolume, detachVolume } from '../vdvs/attach';
import type { VdvsVolume } from '../vdvs/types';
import { DEFAULT_VMGROUP } from '../vdvs/types';

import { refcountOf } from './cmd-volumes';
import type { CommandOf } from './commands';
import { updateVm } from './inventory-ops';
import { vmEntity } from './refs';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import type { EngineVm } from './state';
import { toDatastorePath, vmStorageOf, withStorage } from './vm-storage';
import { attachedVm, findVolume, fullNameOf, VOLUMES } from './volume-view';
import type { Work } from './work';
import { runTask } from './work';

/** The attach outcome: the disk label, and whether it was new. */
export type AttachOutcome = { ok: true; diskLabel: string; added: boolean } | { ok: false; message: string };

/** Attaches the volume to the VM in the working state (no task). */
export function attachTo(w: Work, volume: VdvsVolume, vm: EngineVm): AttachOutcome {
  const holder = attachedVm(w.s, volume);
  const r = attachVolume(volume, vmStorageOf(vm), {
    vmgroupName: DEFAULT_VMGROUP.name,
    holderPoweredOn: holder === undefined || holder.power === 'poweredOn',
  });
  if (!r.ok) return { ok: false, message: r.message };
  if (r.alreadyAttached) return { ok: true, diskLabel: r.diskLabel, added: false };
  w.s = { ...w.s, volumes: VOLUMES.replace(w.s.volumes, [r.volume]) };
  updateVm(w, vm.id, (v) =>
    withStorage(v, r.vm, () => ({ capacityBytes: volume.sizeKb * 1024, objectUuid: volume.vsanObjectUuid ?? '' })),
  );
  return { ok: true, diskLabel: r.diskLabel, added: true };
}

function lookup(w: Work, volumeName: string, vmId: string): { volume: VdvsVolume; vm: EngineVm } | CommandResult {
  const volume = findVolume(w.s, volumeName);
  if (volume === undefined) return refuse('not_found', `Error: No such volume: ${volumeName}`);
  const vm = w.s.topology.vms.find((v) => v.id === vmId);
  if (vm === undefined) return refuse('not_found', `No VM with id ${vmId}`);
  return { volume, vm };
}

/** Attaches a volume's VMDK to a VM (Reconfigure virtual machine). */
export function cmdAttachVolume(w: Work, cmd: CommandOf<'attachVolume'>): CommandResult {
  const found = lookup(w, cmd.volume, cmd.vmId);
  if ('ok' in found) return found;
  const { volume, vm } = found;
  const r = attachTo(w, volume, vm);
  if (!r.ok) return refuse('conflict', r.message);
  if (!r.added) return done(undefined, { volume: fullNameOf(volume), diskLabels: [] });
  const taskId = runTaskFor(w, vm, `Add ${fullNameOf(volume)} as ${r.diskLabel}`);
  return done(taskId, { volume: fullNameOf(volume), diskLabels: [r.diskLabel] });
}

/** Detaches a volume's VMDK from a VM; refused while a running container on it mounts the volume. */
export function cmdDetachVolume(w: Work, cmd: CommandOf<'detachVolume'>): CommandResult {
  const found = lookup(w, cmd.volume, cmd.vmId);
  if ('ok' in found) return found;
  const { volume, vm } = found;
  const fullName = fullNameOf(volume);
  if (vm.id === w.s.harbor.vmId && refcountOf(w.s, fullName) > 0) {
    return refuse('conflict', `Cannot detach ${fullName}: running Harbor containers mount it`);
  }
  const r = detachVolume(volume, vmStorageOf(vm), DEFAULT_VMGROUP.name);
  if (!r.detached) return done(undefined, { volume: fullName, detached: false });
  const label = vm.disks.find((d) => r.vm.disks.every((k) => toDatastorePath(k.vmdkPath) !== d.vmdkPath))?.label;
  w.s = { ...w.s, volumes: VOLUMES.replace(w.s.volumes, [r.volume]) };
  updateVm(w, vm.id, (v) => withStorage(v, r.vm, () => ({ capacityBytes: 0, objectUuid: '' })));
  const taskId = runTaskFor(w, vm, `Remove ${label ?? fullName}`);
  return done(taskId, { volume: fullName, detached: true });
}

function runTaskFor(w: Work, vm: EngineVm, details: string): string {
  return runTask(w, { name: 'Reconfigure virtual machine', target: vmEntity(vm), details });
}
