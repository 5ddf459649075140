import { describe, expect, it } from 'vitest';

import { fixtureHost, fixtureHosts, rankedHosts } from './__fixtures__/hosts';
import { placedObject } from './__fixtures__/objects';
import { hostDown } from './failures';
import { faultDomainOf, hasSpareFaultDomain, spareFaultDomainsFor, usableFaultDomains } from './fault-domains';
import type { VsanHost } from './types';
import { seconds } from './units';

const diskIds = (hosts: VsanHost[]): Record<string, string[]> =>
  Object.fromEntries(
    [...usableFaultDomains(hosts)].map(([fd, disks]) => [fd, disks.map((d) => d.capacityDisk.diskId)]),
  );

describe('usableFaultDomains', () => {
  it('when hosts have no fault domain set, then each host is its own', () => {
    // vsan-ha.md §1 FTT and RAID: "An ESX host which does not belong to a fault domain is considered its own"
    expect(fixtureHosts(2).map(faultDomainOf)).toStrictEqual(['host-1', 'host-2']);
  });

  it('when two hosts share a fault domain, then their devices are grouped under it', () => {
    // vsan-ha.md §1 FTT and RAID: 2n+1 fault domains
    // Arrange
    const hosts = [
      fixtureHost(1, { faultDomain: 'rack-a', capacityDisks: 1 }),
      fixtureHost(2, { faultDomain: 'rack-a', capacityDisks: 1 }),
    ];

    // Act / Assert
    expect(diskIds(hosts)).toStrictEqual({ 'rack-a': ['host-1-cap-1', 'host-2-cap-1'] });
  });

  it('when a host is disconnected and a cache device failed, then neither contributes devices', () => {
    // vsan-ha.md §2 Absent vs Degraded: host not responding; cache device failure
    // Arrange
    const hosts = fixtureHosts(3).map((h) => {
      if (h.hostId === 'host-1') {
        return { ...h, connected: false };
      }
      if (h.hostId === 'host-2') {
        return { ...h, diskGroups: h.diskGroups.map((g) => ({ ...g, cacheDisk: { ...g.cacheDisk, failed: true } })) };
      }
      return h;
    });

    // Act / Assert
    expect(diskIds(hosts)).toStrictEqual({ 'host-3': ['host-3-cap-1', 'host-3-cap-2'] });
  });
});

describe('spare fault domains', () => {
  it('when host-1 of 3 is down, then its replica has no spare fault domain', () => {
    // vsan-ha.md §1 Quorum and votes [D]: no 4th fault domain to rebuild onto
    // Arrange
    const object = hostDown(placedObject(), 'host-1', seconds(0));
    const hosts = rankedHosts().map((h) => (h.hostId === 'host-1' ? { ...h, poweredOn: false } : h));
    const absent = object.components.find((c) => c.hostId === 'host-1')?.uuid ?? '';

    // Act / Assert
    expect(spareFaultDomainsFor(object, absent, hosts)).toStrictEqual([]);
    expect(hasSpareFaultDomain(object, hosts)).toBe(false);
  });

  it('when a 4th host is up, then it is the spare fault domain', () => {
    // vsan-ha.md §2 Repair delay timer: with a spare FD, vSAN builds a new component elsewhere
    // Arrange
    const hosts = [...rankedHosts(), fixtureHost(4, { usedGb: 30 })];
    const object = hostDown(placedObject({ hosts }), 'host-1', seconds(0));
    const down = hosts.map((h) => (h.hostId === 'host-1' ? { ...h, poweredOn: false } : h));

    // Act / Assert
    expect(hasSpareFaultDomain(object, down)).toBe(true);
    expect(spareFaultDomainsFor(object, object.components[0]?.uuid ?? '', down)).toStrictEqual(['host-4']);
  });
});
