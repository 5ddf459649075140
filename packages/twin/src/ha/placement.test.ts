import { describe, expect, it } from 'vitest';

import type { Placement, PlacementHost } from './placement';
import { choosePlacement, NO_CAPACITY_REASON, NO_HOSTS_REASON } from './placement';
import type { PowerOnCheck } from './types';

// vsan-ha.md §3 Restart behaviour: most unreserved capacity; at most 32 concurrent power-ons per host;
// a VM restarts only where its objects are accessible (the check).
function host(id: string, reservedShare: number, inFlight = 0): PlacementHost {
  return {
    id,
    cpuCapacityMhz: 20800,
    memoryCapacityMb: 65536,
    cpuReservedMhz: 20800 * reservedShare,
    memoryReservedMb: 65536 * reservedShare,
    powerOnsInFlight: inFlight,
  };
}

const VM = { id: 'vm-1', cpuReservationMhz: 0, memoryReservationMb: 4096 };
const ANYWHERE: PowerOnCheck = () => true;

describe('choosePlacement', () => {
  it.each<[string, PlacementHost[], PowerOnCheck, Placement]>([
    [
      'the least reserved host',
      [host('host-2', 0.5), host('host-3', 0.1)],
      ANYWHERE,
      { kind: 'placed', hostId: 'host-3' },
    ],
    [
      'a tie goes to the lowest id',
      [host('host-3', 0.2), host('host-2', 0.2)],
      ANYWHERE,
      { kind: 'placed', hostId: 'host-2' },
    ],
    [
      'a host the check refuses is skipped',
      [host('host-2', 0.5), host('host-3', 0.1)],
      (_vm, h) => (h === 'host-3' ? 'Object inaccessible' : true),
      { kind: 'placed', hostId: 'host-2' },
    ],
    [
      'every host refused, the first reason is given',
      [host('host-2', 0), host('host-3', 0)],
      () => 'vSAN object of the VM is inaccessible',
      { kind: 'failed', reason: 'vSAN object of the VM is inaccessible', noCapacity: false },
    ],
    [
      'no room for the reservation',
      [host('host-2', 0.99)],
      ANYWHERE,
      { kind: 'failed', reason: NO_CAPACITY_REASON, noCapacity: true },
    ],
    ['no healthy host at all', [], ANYWHERE, { kind: 'failed', reason: NO_HOSTS_REASON, noCapacity: false }],
    ['32 power-ons in flight on the only host', [host('host-2', 0, 32)], ANYWHERE, { kind: 'throttled' }],
    ['31 in flight still has a slot', [host('host-2', 0, 31)], ANYWHERE, { kind: 'placed', hostId: 'host-2' }],
  ])('when placing with %s, then the outcome matches', (_case, hosts, check, expected) => {
    // Arrange / Act
    const placement = choosePlacement(VM, hosts, check);

    // Assert
    expect(placement).toStrictEqual(expected);
  });
});
