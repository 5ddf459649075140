/**
 * `docker volume create|rm` through vDVS (vdvs.md §1 create flow: validate, create the VMDK, apply the vSAN policy,
 * mkfs from the creating VM, detach) and `writeData`, the bytes a real push wrote. Errors are vmdk_ops's messages.
 */
import { removeVolumeRefusal } from '../vdvs/attach';
import { createVolumeRecord } from '../vdvs/volume-record';
import { objectUsage } from '../vsan/capacity';
import { isAccessible } from '../vsan/quorum';

import type { CommandOf } from './commands';
import { harborVm, volumeMounts } from './harbor-bridge';
import { addObjects, dropObjects } from './objects';
import { volumeEntity } from './refs';
import type { CommandResult } from './result';
import { done, doneUnchanged, refuse } from './result';
import type { TwinState } from './state';
import { dockerVm, vdvsUnavailable } from './volume-guards';
import { planVolumeCreate } from './volume-plan';
import { findVolume, fullNameOf, volumeObject, VOLUMES } from './volume-view';
import { writeToObject } from './vsan-resync';
import type { Work } from './work';
import { emit, nowOf, runTask } from './work';

const noVolume = (name: string): CommandResult => refuse('not_found', `Error: No such volume: ${name}`);

/** Epoch ms of a twin instant, for vDVS's `created` (asctime of gmtime, vdvs.md §2). */
export function epochMsAt(s: TwinState, t: number): number {
  return s.clock.startEpochMs + Math.round(t * 1000);
}

/** Running Harbor containers that mount the volume: vDVS's refcount for it (vdvs.md §6). */
export function refcountOf(s: TwinState, fullName: string): number {
  const vm = harborVm(s);
  if (vm?.power !== 'poweredOn') return 0;
  const users = new Set(
    volumeMounts(s)
      .filter((m) => {
        const v = findVolume(s, m.source);
        return v !== undefined && fullNameOf(v) === fullName;
      })
      .map((m) => m.service),
  );
  return s.harbor.state.containers.filter((c) => users.has(c.service) && c.status === 'running').length;
}

/** `docker volume create --driver=vsphere --name=<name> -o …` on the Docker VM. */
export function cmdCreateVolume(w: Work, cmd: CommandOf<'createVolume'>): CommandResult {
  const vm = dockerVm(w.s, cmd.vmId);
  if (vm === undefined) return refuse('not_found', `No VM with id ${cmd.vmId ?? w.s.harbor.vmId}`);
  const unavailable = vdvsUnavailable(w.s, vm);
  if (unavailable !== null) return { ok: false, error: unavailable };
  const plan = planVolumeCreate(w, cmd.name, cmd.opts);
  if (plan.kind === 'refused') return refuse('unprocessable', plan.message);
  if (plan.kind === 'exists') {
    return doneUnchanged({ volume: plan.fullName, existed: true, message: plan.message });
  }
  const { spec, policyName, object } = plan;
  const usage = objectUsage(object);
  const record = {
    ...createVolumeRecord(spec, {
      createdMs: epochMsAt(w.s, nowOf(w)),
      createdBy: vm.name,
      allocatedKb: Math.floor((usage.usedBytes + usage.reservedBytes) / 1024),
    }),
    vsanObjectUuid: object.uuid,
  };
  addObjects(w, [object]);
  w.s = { ...w.s, volumes: VOLUMES.append(w.s.volumes, [record]) };
  const taskId = runTask(w, {
    name: 'Create virtual disk',
    target: volumeEntity(spec.fullName),
    details: `docker volume create on ${vm.name}, policy ${policyName ?? w.s.policies.defaultPolicy.label}`,
  });
  emit(w, {
    time: nowOf(w),
    severity: 'info',
    typeId: 'com.harborview.vdvs.VolumeCreated',
    message: `Volume ${spec.fullName} created by ${vm.name} (${spec.volOpts.size ?? '100mb'}, policy ${policyName ?? w.s.policies.defaultPolicy.label})`,
    objects: [volumeEntity(spec.fullName)],
  });
  return done(taskId, { volume: spec.fullName, objectUuid: object.uuid });
}

/** `docker volume rm <name>`: refused while mounted or attached (vdvs.md §6, §7). */
export function cmdRemoveVolume(w: Work, cmd: CommandOf<'removeVolume'>): CommandResult {
  const volume = findVolume(w.s, cmd.name);
  if (volume === undefined) return noVolume(cmd.name);
  const fullName = fullNameOf(volume);
  const refusal = removeVolumeRefusal(volume, { refcount: refcountOf(w.s, fullName) });
  if (refusal !== null) return refuse('conflict', refusal);
  w.s = { ...w.s, volumes: VOLUMES.remove(w.s.volumes, [fullName]) };
  dropObjects(w, volume.vsanObjectUuid === undefined ? [] : [volume.vsanObjectUuid]);
  const taskId = runTask(w, { name: 'Delete virtual disk', target: volumeEntity(fullName) });
  return done(taskId, { volume: fullName });
}

/** Records `bytes` written to the volume: it fills (thin) and hosts away owe the delta on return. */
export function cmdWriteData(w: Work, cmd: CommandOf<'writeData'>): CommandResult {
  if (!Number.isSafeInteger(cmd.bytes) || cmd.bytes <= 0) {
    return refuse('bad_request', 'writeData.bytes must be a positive integer');
  }
  const volume = findVolume(w.s, cmd.volume);
  if (volume === undefined) return noVolume(cmd.volume);
  const object = volumeObject(w.s, volume);
  if (object === undefined || !isAccessible(object)) {
    return refuse('conflict', `Input/output error: the vSAN object of ${fullNameOf(volume)} is inaccessible`);
  }
  writeToObject(w, object, cmd.bytes);
  return done(undefined, { volume: fullNameOf(volume), objectUuid: object.uuid });
}
