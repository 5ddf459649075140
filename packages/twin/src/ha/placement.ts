/**
 * Where HA powers a VM on (vsan-ha.md §3 Restart behaviour): a healthy host the VM may run on, with room for its
 * reservations and fewer than 32 power-ons in flight, and with the most unreserved capacity.
 */
import { MAX_CONCURRENT_POWER_ONS_PER_HOST } from './constants';
import type { PowerOnCheck } from './types';

/** A healthy host's capacity as placement sees it. */
export interface PlacementHost {
  id: string;
  cpuCapacityMhz: number;
  memoryCapacityMb: number;
  cpuReservedMhz: number;
  memoryReservedMb: number;
  powerOnsInFlight: number;
}

/** The VM to place. */
export interface PlacementVm {
  id: string;
  cpuReservationMhz: number;
  memoryReservationMb: number;
}

/** The outcome: a host; wait for a power-on slot; or fail this attempt with a reason. */
export type Placement =
  { kind: 'placed'; hostId: string } | { kind: 'throttled' } | { kind: 'failed'; reason: string; noCapacity: boolean };

// Reason texts are the twin's wording [U]; vSphere reports placement faults in NotEnoughResourcesToStartVmEvent.
/** Reason when no healthy host is left. */
export const NO_HOSTS_REASON = 'No compatible host is available';
/** Reason when every compatible host lacks unreserved CPU or memory. */
export const NO_CAPACITY_REASON = 'Insufficient resources';
/** Reason when the check answers a plain false. */
export const INCOMPATIBLE_REASON = 'The virtual machine is not compatible with the host';

// "Most unreserved capacity" with two resources: the twin ranks by the scarcer one, as a fraction of the host [U].
function freeShare(h: PlacementHost): number {
  const cpu = h.cpuCapacityMhz > 0 ? (h.cpuCapacityMhz - h.cpuReservedMhz) / h.cpuCapacityMhz : 0;
  const mem = h.memoryCapacityMb > 0 ? (h.memoryCapacityMb - h.memoryReservedMb) / h.memoryCapacityMb : 0;
  return Math.min(cpu, mem);
}

function fits(vm: PlacementVm, h: PlacementHost): boolean {
  return (
    h.cpuCapacityMhz - h.cpuReservedMhz >= vm.cpuReservationMhz &&
    h.memoryCapacityMb - h.memoryReservedMb >= vm.memoryReservationMb
  );
}

/** Picks a host for the VM among healthy hosts; ties go to the lowest id so replays agree. */
export function choosePlacement(
  vm: PlacementVm,
  hosts: readonly PlacementHost[],
  canPowerOnOn: PowerOnCheck,
): Placement {
  let best: PlacementHost | null = null;
  let throttled = false;
  let refusal: string | null = null;
  let short = false;
  for (const h of [...hosts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const check = canPowerOnOn(vm.id, h.id);
    if (check !== true) {
      refusal ??= check === false ? INCOMPATIBLE_REASON : check;
      continue;
    }
    if (!fits(vm, h)) {
      short = true;
      continue;
    }
    if (h.powerOnsInFlight >= MAX_CONCURRENT_POWER_ONS_PER_HOST) {
      throttled = true;
      continue;
    }
    if (best === null || freeShare(h) > freeShare(best)) best = h;
  }
  if (best !== null) return { kind: 'placed', hostId: best.id };
  if (throttled) return { kind: 'throttled' };
  if (short) return { kind: 'failed', reason: NO_CAPACITY_REASON, noCapacity: true };
  return { kind: 'failed', reason: refusal ?? NO_HOSTS_REASON, noCapacity: false };
}
