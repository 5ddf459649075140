import { describe, expect, it } from 'vitest';

import type { FailureToleranceMethod } from './capabilities';
import { failureToleranceLayout } from './failure-tolerance';

describe('failureToleranceLayout', () => {
  it.each<[number, FailureToleranceMethod, string, number, number, boolean]>([
    // vsan-ha.md §1 FTT and RAID table (OSA).
    [0, 'RAID-1', 'No data redundancy', 1, 1, false],
    [1, 'RAID-1', '1 failure - RAID-1 (Mirroring)', 2, 3, false],
    [1, 'RAID-5/6', '1 failure - RAID-5 (Erasure Coding)', 4, 4, true],
    [2, 'RAID-1', '2 failures - RAID-1 (Mirroring)', 3, 5, false],
    [2, 'RAID-5/6', '2 failures - RAID-6 (Erasure Coding)', 6, 6, true],
    [3, 'RAID-1', '3 failures - RAID-1 (Mirroring)', 4, 7, false],
  ])(
    'when FTT is %i with %s, then it is %s with %i components on %i fault domains',
    (ftt, method, label, components, fds, allFlash) => {
      expect(failureToleranceLayout(ftt, method)).toMatchObject({
        label,
        components,
        minFaultDomains: fds,
        needsAllFlash: allFlash,
      });
    },
  );

  it.each([
    // vsan-ha.md §1 capacity for 100 GB: 100, 200, 133, 300, 150, 400.
    [0, 'RAID-1', 100],
    [1, 'RAID-1', 200],
    [1, 'RAID-5/6', 133],
    [2, 'RAID-1', 300],
    [2, 'RAID-5/6', 150],
    [3, 'RAID-1', 400],
  ] as const)('when FTT is %i with %s, then 100 GB takes %i GB raw', (ftt, method, gb) => {
    const layout = failureToleranceLayout(ftt, method);

    expect('capacityFactor' in layout && Math.floor(100 * layout.capacityFactor)).toBe(gb);
  });

  it('when FTT 3 asks for erasure coding, then it is impossible', () => {
    // vsan-ha.md §1: RAID-5/6 cannot do FTT=3.
    expect(failureToleranceLayout(3, 'RAID-5/6')).toStrictEqual({
      label: '3 failures - RAID-5/6 (Erasure Coding)',
      reason: 'RAID-5/6 (Erasure Coding) tolerates at most 2 failures',
    });
  });
});
