import { describe, expect, it } from 'vitest';

import { createTopology, hostAddress } from './topology';

describe('createTopology', () => {
  it('when called with defaults, then it is the walkthrough: 3 hosts at .130/.131/.132 and the Photon VM on .130', () => {
    // The walkthrough (DEVELOPERS.md "What we are building"): 3 ESXi hosts, a Photon OS VM on one of them.
    const topology = createTopology();

    expect(topology.hosts.map((h) => h.address)).toStrictEqual(['10.162.102.130', '10.162.102.131', '10.162.102.132']);
    expect(topology.vms).toHaveLength(1);
    expect(topology.vms[0]?.hostId).toBe(topology.hosts[0]?.id);
    expect(topology.vms[0]?.guestOs).toBe('VMware Photon OS (64-bit)');
    expect(topology.datastore.name).toBe('vsanDatastore');
  });

  it('when every host is built, then each has one disk group of a cache SSD and capacity disks', () => {
    const topology = createTopology({ hosts: 4 });

    for (const host of topology.hosts) {
      expect(host.diskGroups).toHaveLength(1);
      expect(host.diskGroups[0]?.cacheDisk.isSsd).toBe(true);
      expect(host.diskGroups[0]?.capacityDisks.every((d) => !d.isSsd)).toBe(true);
    }
  });

  it.each([2, 65, 3.5])('when hosts is %s, then it is refused (3 to 64)', (hosts) => {
    // vsan-ha.md §3 Basics: HA with vSAN needs at least 3 hosts; the issue caps the cluster at 64.
    expect(() => createTopology({ hosts })).toThrow(RangeError);
  });

  it('when 64 hosts are asked for, then every address is unique', () => {
    const addresses = Array.from({ length: 64 }, (_, i) => hostAddress(i));

    expect(new Set(addresses).size).toBe(64);
  });
});
