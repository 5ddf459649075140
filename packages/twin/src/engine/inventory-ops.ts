/**
 * Updating hosts and VMs in the working state, and the VM power transitions with their swap object: it exists only
 * while the VM is powered on (vsan-ha.md §1 Objects) and always gets FTT=1 with force provisioning.
 */
import type { TwinTime } from '../tasks/time';
import { VSAN_DEFAULT_POLICY } from '../vdvs/capabilities';
import { bytes } from '../vsan/units';

import { addObjects, dropObjects, isPlacementError, placeNew, putObjects, toPlacementPolicy } from './objects';
import type { EngineHost, EngineVm } from './state';
import { OBJECTS, vsanHosts } from './vsan-view';
import type { Work } from './work';

/** Replaces one host through `change`; an unknown id changes nothing. */
export function updateHost(w: Work, hostId: string, change: (h: EngineHost) => EngineHost): void {
  const i = w.s.topology.hosts.findIndex((h) => h.id === hostId);
  const host = w.s.topology.hosts[i];
  if (host === undefined) return;
  const next = change(host);
  if (next === host) return;
  w.s = { ...w.s, topology: { ...w.s.topology, hosts: w.s.topology.hosts.with(i, next) } };
}

/** Replaces one VM through `change`; an unknown id changes nothing. */
export function updateVm(w: Work, vmId: string, change: (vm: EngineVm) => EngineVm): void {
  const i = w.s.topology.vms.findIndex((v) => v.id === vmId);
  const vm = w.s.topology.vms[i];
  if (vm === undefined) return;
  const next = change(vm);
  if (next === vm) return;
  w.s = { ...w.s, topology: { ...w.s.topology, vms: w.s.topology.vms.with(i, next) } };
}

/** A VM by id. */
export function vmById(w: Work, vmId: string): EngineVm | undefined {
  return w.s.topology.vms.find((v) => v.id === vmId);
}

/** The VM stops (crash, power loss, isolation response): powered off, guest gone, swap object deleted. */
export function vmPowerLoss(w: Work, vmId: string): void {
  const vm = vmById(w, vmId);
  if (vm === undefined || vm.power === 'poweredOff') return;
  if (vm.swapObjectUuid !== null) dropObjects(w, [vm.swapObjectUuid]);
  updateVm(w, vmId, (v) => ({ ...v, power: 'poweredOff', guestBootedAt: null, swapObjectUuid: null }));
}

/** The VM runs on `hostId` from now, its guest booted at `bootedAt`; vSAN creates its swap object. */
export function vmPoweredOn(w: Work, vmId: string, hostId: string, bootedAt: TwinTime): void {
  const vm = vmById(w, vmId);
  if (vm === undefined) return;
  const swap = placeNew(w, {
    objectKind: 'vmswap',
    name: `${vm.name}.vswp`,
    ownerId: vm.id,
    sizeBytes: bytes(vm.memoryBytes),
    policy: toPlacementPolicy(VSAN_DEFAULT_POLICY),
  });
  // Swap is force provisioned, so placement fails only with no usable device at all; the VM then runs without one.
  const swapUuid = isPlacementError(swap) ? null : swap.uuid;
  if (!isPlacementError(swap)) addObjects(w, [swap]);
  updateVm(w, vmId, (v) => ({ ...v, hostId, power: 'poweredOn', guestBootedAt: bootedAt, swapObjectUuid: swapUuid }));
}

/**
 * Swap objects force-provisioned below FTT=1 while a host was down get their full layout back once enough fault
 * domains are up. Swap holds nothing the twin tracks (writtenBytes 0), so the re-placement has nothing to resync.
 */
export function reprotectSwaps(w: Work): void {
  const hosts = vsanHosts(w.s);
  const upHosts = hosts.filter((h) => h.poweredOn && h.connected).length;
  const weak = w.s.topology.vms
    .flatMap((vm) => (vm.swapObjectUuid === null ? [] : [OBJECTS.find(w.s.vsan.objects, vm.swapObjectUuid)]))
    .filter((o) => o !== undefined && o.placedPolicy.ftt < o.policy.ftt && o.writtenBytes === 0);
  const fixed = weak.flatMap((o) => {
    if (o === undefined || upHosts < 2 * o.policy.ftt + 1) return [];
    const again = placeNew(w, {
      objectKind: o.kind,
      name: o.name,
      ...(o.ownerId === undefined ? {} : { ownerId: o.ownerId }),
      sizeBytes: o.sizeBytes,
      policy: o.policy,
      uuid: o.uuid,
    });
    return isPlacementError(again) || again.placedPolicy.ftt < o.policy.ftt ? [] : [again];
  });
  putObjects(w, fixed);
}
