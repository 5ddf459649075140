/**
 * Harbor's view of the rest of the twin: whether its VM runs, when the guest booted, and whether a named vDVS volume
 * can be used by that VM now (vSAN object serving I/O, attached to this VM, the VIB on its host and the plugin in the
 * guest: vdvs.md §7, the walkthrough's setup checklist). `runHarbor` ticks Harbor's containers (harbor/harbor-tick.ts).
 */
import type { HarborContext } from '../harbor/harbor-tick';
import { harborTick } from '../harbor/harbor-tick';
import type { MountSpec } from '../harbor/layout-types';
import type { TwinTime } from '../tasks/time';

import type { EngineVm, TwinState } from './state';
import { findVolume, volumeObject } from './volume-view';
import { servesIo } from './vsan-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

/** The Docker VM Harbor runs on. */
export function harborVm(s: TwinState): EngineVm | undefined {
  return s.topology.vms.find((v) => v.id === s.harbor.vmId);
}

/** Whether the VM's guest can reach vmdk_ops: plugin in the guest, VIB on the host it runs on (vdvs.md §1, §6). */
export function vdvsReachable(s: TwinState, vm: EngineVm): boolean {
  const host = s.topology.hosts.find((h) => h.id === vm.hostId);
  return vm.dockerPlugin.state === 'installed' && host?.vib.state === 'installed' && host.isolated === false;
}

/** Whether the VM can use the named vDVS volume at `t`. */
export function volumeUsableBy(s: TwinState, vm: EngineVm, name: string, t: TwinTime): boolean {
  const volume = findVolume(s, name);
  if (volume === undefined || volume.attachment?.vmUuid !== vm.uuid || !vdvsReachable(s, vm)) return false;
  const object = volumeObject(s, volume);
  return object !== undefined && servesIo(s, object, t);
}

/** What `harborTick`, health and findings read at `t`. */
export function harborContext(s: TwinState, t: TwinTime): HarborContext {
  const vm = harborVm(s);
  return {
    now: t,
    vmRunning: vm?.power === 'poweredOn',
    guestBootedAt: vm?.guestBootedAt ?? null,
    volumeAccessible: (name) => vm !== undefined && volumeUsableBy(s, vm, name, t),
  };
}

/** Named-volume mounts of every service, in file order. */
export function volumeMounts(s: TwinState): (MountSpec & { service: string })[] {
  return s.harbor.state.layout.services.flatMap((svc) =>
    svc.mounts.filter((m) => m.type === 'volume').map((m) => ({ ...m, service: svc.name })),
  );
}

/** Advances Harbor's containers to now. */
export function runHarbor(w: Work): void {
  const r = harborTick(w.s.harbor.state, harborContext(w.s, nowOf(w)));
  if (r.state !== w.s.harbor.state) w.s = { ...w.s, harbor: { ...w.s.harbor, state: r.state } };
  emit(w, ...r.events);
}
