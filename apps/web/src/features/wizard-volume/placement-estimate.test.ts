import type { Host } from '@harborview/contracts/inventory';
import type { PolicyRule } from '@harborview/contracts/policies';
import { describe, expect, it } from 'vitest';

import { walkthroughHosts } from '../../test/fixtures';
import { REPLICA_PREFERENCE_ERASURE_CODING as REPLICA_ERASURE_CODING } from '@harborview/twin/vdvs/capabilities';

import { estimatePlacement } from './placement-estimate';

const GIB = 1024 ** 3;
const rule = (key: string, value: number | string): PolicyRule => ({ key, value, description: '' });

describe('estimatePlacement', () => {
  it('when the vSAN default applies on 3 hosts, then two replicas on two hosts and a witness on the third take 2x', () => {
    const plan = estimatePlacement([], walkthroughHosts(), 20 * GIB);

    expect(plan.raid).toBe('RAID-1');
    expect(plan.consumedBytes).toBe(40 * GIB);
    expect(plan.components.map((c) => c.kind)).toEqual(['Component', 'Component', 'Witness']);
    expect(new Set(plan.components.map((c) => c.hostName)).size).toBe(3);
    expect(plan.problem).toBeNull();
  });

  it('when stripeWidth is 2, then each replica has two components on one host, on different disks', () => {
    const plan = estimatePlacement([rule('stripeWidth', 2)], walkthroughHosts(), 20 * GIB);

    const replica1 = plan.components.filter((c) => c.group === 1);
    expect(replica1).toHaveLength(2);
    expect(new Set(replica1.map((c) => c.hostName)).size).toBe(1);
    expect(new Set(replica1.map((c) => c.diskName)).size).toBe(2);
    expect(replica1[0]?.bytes).toBe(10 * GIB);
    expect(plan.consumedBytes).toBe(40 * GIB);
  });

  it('when FTT is 2 with mirroring on 3 hosts, then it needs 5 hosts and nothing is placed', () => {
    const plan = estimatePlacement([rule('hostFailuresToTolerate', 2)], walkthroughHosts(), GIB);

    expect(plan.problem).toBe('RAID-1 with 2 failures to tolerate needs 5 hosts; 3 are available');
    expect(plan.components).toEqual([]);
    expect(plan.consumedBytes).toBe(3 * GIB);
  });

  it('when RAID-5 is asked for, then capacity is 4/3 of the size', () => {
    const plan = estimatePlacement([rule('replicaPreference', REPLICA_ERASURE_CODING)], [], 30 * GIB);

    expect(plan.raid).toBe('RAID-5');
    expect(plan.consumedBytes).toBe(40 * GIB);
  });

  it('when RAID-6 is asked for, then capacity is 1.5x the size', () => {
    const rules = [rule('hostFailuresToTolerate', 2), rule('replicaPreference', REPLICA_ERASURE_CODING)];
    expect(estimatePlacement(rules, [], 20 * GIB).consumedBytes).toBe(30 * GIB);
  });

  it('when FTT is 0 with a 50% reservation, then one copy is placed and half of it reserved', () => {
    const plan = estimatePlacement(
      [rule('hostFailuresToTolerate', 0), rule('proportionalCapacity', 50)],
      walkthroughHosts(),
      10 * GIB,
    );

    expect(plan.components).toHaveLength(1);
    expect(plan.reservedBytes).toBe(5 * GIB);
  });

  it('when a host is powered off, then it is not used', () => {
    const hosts: Host[] = walkthroughHosts().map((h, i) => (i === 0 ? { ...h, powerState: 'poweredOff' } : h));

    const plan = estimatePlacement([], hosts, GIB);

    expect(plan.problem).toMatch('3 hosts; 2 are available');
  });
});
