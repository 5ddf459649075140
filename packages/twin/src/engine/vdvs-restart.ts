/**
 * vDVS after HA restarted a Docker VM on another host (vdvs.md §7, issue #1675): the listener on the dead host never
 * fired, so the VM boots with its volumes still configured. Plugin 0.17+ refcount recovery detaches the ones no
 * container uses; the rest stay attached and become findings until someone detaches them.
 */
import { DEFAULT_VMGROUP } from '../vdvs/types';
import type { VolumeRef } from '../vdvs/vm-restart';
import { afterHaRestart } from '../vdvs/vm-restart';

import { REFCOUNT_RECOVERY_SINCE } from './constants';
import { volumeMounts } from './harbor-bridge';
import { updateVm, vmById } from './inventory-ops';
import { vmEntity, volumeEntity } from './refs';
import type { EngineVm, TwinState } from './state';
import { vmStorageOf, withStorage } from './vm-storage';
import { findVolume, fullNameOf, VOLUMES } from './volume-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

/** Whether the plugin version has startup refcount recovery (0.17+, vdvs.md §7). */
export function hasRefcountRecovery(version: string | null): boolean {
  const [major = 0, minor = 0] = (version ?? '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [sinceMajor, sinceMinor] = REFCOUNT_RECOVERY_SINCE;
  return major > sinceMajor || (major === sinceMajor && minor >= sinceMinor);
}

/** `name@ds` of the volumes Harbor's restart-policy containers mount again after a boot (on Harbor's VM only). */
function volumesInUse(s: TwinState, vm: EngineVm): string[] {
  if (vm.id !== s.harbor.vmId) return [];
  const restarting = new Set(
    s.harbor.state.layout.services
      .filter((svc) => svc.restart === 'always' || svc.restart === 'unless-stopped')
      .map((svc) => svc.name),
  );
  return volumeMounts(s).flatMap((m) => {
    const v = restarting.has(m.service) ? findVolume(s, m.source) : undefined;
    return v === undefined ? [] : [fullNameOf(v)];
  });
}

/** Applies `afterHaRestart` to the VM that HA just powered on on a new host. */
export function afterVmMoved(w: Work, vmId: string): void {
  const vm = vmById(w, vmId);
  if (vm === undefined) return;
  const refs: VolumeRef[] = w.s.volumes
    .filter((v) => v.attachment?.vmUuid === vm.uuid)
    .map((volume) => ({ volume, vmgroupName: DEFAULT_VMGROUP.name }));
  if (refs.length === 0) return;
  const recovery = vm.dockerPlugin.state === 'installed' && hasRefcountRecovery(vm.dockerPlugin.version);
  const r = afterHaRestart(refs, vmStorageOf(vm), { refcountRecovery: recovery, volumesInUse: volumesInUse(w.s, vm) });
  const detached = r.volumes.filter((v, i) => v.attachment === null && refs[i]?.volume.attachment !== null);
  w.s = { ...w.s, volumes: VOLUMES.replace(w.s.volumes, detached) };
  updateVm(w, vmId, (v) => withStorage(v, r.vm, () => ({ capacityBytes: 0, objectUuid: '' })));
  const others = w.s.vdvsFindings.filter((f) => !r.findings.some((n) => n.volume === f.volume));
  w.s = { ...w.s, vdvsFindings: [...others, ...r.findings] };
  for (const v of detached) {
    emit(w, {
      time: nowOf(w),
      severity: 'info',
      typeId: 'com.harborview.vdvs.VolumeDetached',
      message: `The vDVS plugin on ${vm.name} detached ${fullNameOf(v)}: no container uses it after the HA restart (refcount recovery)`,
      objects: [volumeEntity(fullNameOf(v)), vmEntity(vm)],
    });
  }
  for (const f of r.findings) {
    emit(w, {
      time: nowOf(w),
      severity: 'warning',
      typeId: 'com.harborview.vdvs.VolumeLeftAttached',
      message: `${f.volume} is still attached to ${f.vmName} after the HA restart with no container using it`,
      objects: [volumeEntity(f.volume), vmEntity(vm)],
    });
  }
}

/** Drops findings whose volume is gone or no longer attached to the VM they name. */
export function pruneVdvsFindings(s: TwinState): TwinState {
  const kept = s.vdvsFindings.filter((f) => findVolume(s, f.volume)?.attachment?.vmUuid === f.vmUuid);
  return kept.length === s.vdvsFindings.length ? s : { ...s, vdvsFindings: kept };
}
