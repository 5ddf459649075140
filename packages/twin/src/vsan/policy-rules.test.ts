import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY } from './__fixtures__/hosts';
import { checkPolicy, layoutScheme, policyLabel, requiredFaultDomains } from './policy-rules';
import type { PlacementPolicy } from './types';

const p = (
  ftt: PlacementPolicy['ftt'],
  faultTolerance: PlacementPolicy['faultTolerance'] = 'RAID-1',
): PlacementPolicy => ({
  ...DEFAULT_POLICY,
  ftt,
  faultTolerance,
});

describe('policy table', () => {
  it.each([
    ['No data redundancy', 1, 1, p(0)],
    ['1 failure - RAID-1 (Mirroring)', 3, 2, p(1)],
    ['1 failure - RAID-5 (Erasure Coding)', 4, 4, p(1, 'RAID-5/6')],
    ['2 failures - RAID-1 (Mirroring)', 5, 3, p(2)],
    ['2 failures - RAID-6 (Erasure Coding)', 6, 6, p(2, 'RAID-5/6')],
    ['3 failures - RAID-1 (Mirroring)', 7, 4, p(3)],
  ])('when the policy is "%s", then it needs %i FDs and lays out %i columns', (label, fds, columns, policy) => {
    // vsan-ha.md §1 Failures to tolerate (FTT) and RAID, the table
    // Act / Assert
    expect(policyLabel(policy)).toBe(label);
    expect(requiredFaultDomains(policy)).toBe(fds);
    expect(layoutScheme(policy).columns).toBe(columns);
  });

  it('when FTT=0 asks for erasure coding, then it is simply one copy', () => {
    // vsan-ha.md §1 FTT and RAID table: "No data redundancy" has 1 copy
    expect(layoutScheme(p(0, 'RAID-5/6'))).toStrictEqual({ root: 'none', columns: 1, dataColumns: 1 });
  });
});

describe('checkPolicy', () => {
  it.each([
    ['FTT=1 RAID-1', 3, true, null, p(1)],
    ['FTT=1 RAID-1', 2, true, 'insufficient-fault-domains', p(1)],
    ['RAID-5', 4, false, 'erasure-coding-needs-all-flash', p(1, 'RAID-5/6')],
    ['FTT=3 RAID-5/6', 9, true, 'erasure-coding-max-two-failures', p(3, 'RAID-5/6')],
    ['RAID-6', 5, true, 'insufficient-fault-domains', p(2, 'RAID-5/6')],
  ])('when %s meets %i FDs (all-flash %s), then the code is %s', (_label, faultDomains, allFlash, code, policy) => {
    // vsan-ha.md §1 FTT and RAID: 2n+1 FDs; RAID-5 >=4, RAID-6 >=6, all-flash only, no FTT=3
    expect(checkPolicy(policy, { faultDomains, allFlash })?.code ?? null).toBe(code);
  });
});
