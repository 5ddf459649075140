import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  CAPABILITIES,
  describeRule,
  REPLICA_PREFERENCE_ERASURE_CODING,
  resolvePolicyRules,
  VSAN_DEFAULT_POLICY,
} from './capabilities';
import type { PolicyRule } from './policy-content';

const int = (key: string, value: number): PolicyRule => ({ key, value: { type: 'int', value } });

describe('CAPABILITIES', () => {
  it('when the table is read, then ranges and defaults match vdvs.md §4', () => {
    // vdvs.md §4 capability table.
    const summary = CAPABILITIES.map((c) => [
      c.key,
      c.kind === 'enum' ? c.allowed.length : [c.min, c.max],
      c.defaultValue,
    ]);

    expect(summary).toStrictEqual([
      ['hostFailuresToTolerate', [0, 3], 1],
      ['stripeWidth', [1, 12], 1],
      ['forceProvisioning', [0, 1], 0],
      ['proportionalCapacity', [0, 100], 0],
      ['cacheReservation', [0, 1_000_000], 0],
      ['checksumDisabled', [0, 1], 0],
      ['replicaPreference', 2, 'RAID-1 (Mirroring) - Performance'],
      ['iopsLimit', [0, null], 0],
    ]);
  });
});

describe('describeRule', () => {
  it.each<[PolicyRule, string]>([
    // vdvs.md §4 UI names.
    [int('stripeWidth', 2), 'Number of disk stripes per object: 2'],
    [int('hostFailuresToTolerate', 1), 'Number of failures to tolerate: 1'],
    [int('forceProvisioning', 1), 'Force provisioning: Yes'],
    [int('checksumDisabled', 0), 'Disable object checksum: No'],
    [int('proportionalCapacity', 50), 'Object space reservation: 50%'],
    // vdvs.md §4: cacheReservation is encoded ×10000, 1% = i10000.
    [int('cacheReservation', 10000), 'Flash read cache reservation: 1%'],
    [int('cacheReservation', 5000), 'Flash read cache reservation: 0.5%'],
    [int('iopsLimit', 0), 'IOPS limit for object: 0 (no limit)'],
    [int('iopsLimit', 500), 'IOPS limit for object: 500'],
    [
      { key: 'replicaPreference', value: { type: 'string' as const, value: REPLICA_PREFERENCE_ERASURE_CODING } },
      'Failure tolerance method: RAID-5/6 (Erasure Coding) - Capacity',
    ],
    // vdvs.md §4 note: the misspelled key from the repo docs is not a capability.
    [int('hostFailuresToTolarate', 1), 'hostFailuresToTolarate: i1'],
    [int('stripeWidth', 40), 'Number of disk stripes per object: i40'],
  ])('when the rule is %j, then it reads %j', (rule, expected) => {
    expect(describeRule(rule)).toBe(expected);
  });
});

describe('resolvePolicyRules', () => {
  it('when there are no rules, then it is the vSAN Default Storage Policy (FTT1, SW1, thin)', () => {
    // vsan-ha.md §1 and vdvs.md §4: default policy FTT 1, stripes 1, OSR 0, cache 0, force No.
    expect(resolvePolicyRules([])).toStrictEqual({
      ftt: 1,
      stripeWidth: 1,
      forceProvisioning: false,
      proportionalCapacity: 0,
      cacheReservationPct: 0,
      checksumDisabled: false,
      iopsLimit: 0,
      failureToleranceMethod: 'RAID-1',
    });
  });

  it('when every capability is given, then each lands in its field', () => {
    // vdvs.md §4 capability list.
    const rules = [
      int('hostFailuresToTolerate', 2),
      int('stripeWidth', 3),
      int('forceProvisioning', 1),
      int('proportionalCapacity', 50),
      int('cacheReservation', 25000),
      int('checksumDisabled', 1),
      int('iopsLimit', 1000),
      { key: 'replicaPreference', value: { type: 'string' as const, value: REPLICA_PREFERENCE_ERASURE_CODING } },
    ];

    expect(resolvePolicyRules(rules)).toStrictEqual({
      ftt: 2,
      stripeWidth: 3,
      forceProvisioning: true,
      proportionalCapacity: 50,
      cacheReservationPct: 2.5,
      checksumDisabled: true,
      iopsLimit: 1000,
      failureToleranceMethod: 'RAID-5/6',
    });
  });

  it('when a key repeats, then the last accepted value wins and rejected values keep the default', () => {
    // vdvs.md §4 ranges: stripeWidth 1-12, so 40 is ignored here (the validator reports it).
    expect(
      resolvePolicyRules([int('stripeWidth', 2), int('stripeWidth', 4), int('hostFailuresToTolerate', 9)]),
    ).toStrictEqual({
      ...VSAN_DEFAULT_POLICY,
      stripeWidth: 4,
    });
  });

  it('when arbitrary rules are resolved, then every field stays within its vdvs.md §4 range', () => {
    // vdvs.md §4 ranges hold for the effective policy whatever the input.
    const rule = fc.record({
      key: fc.constantFrom(...CAPABILITIES.map((c) => c.key), 'wrongKey'),
      value: fc.oneof(
        fc.integer({ min: -5, max: 2_000_000 }).map((v) => ({ type: 'int' as const, value: v })),
        fc.string().map((v) => ({ type: 'string' as const, value: v })),
      ),
    });

    fc.assert(
      fc.property(fc.array(rule), (rules) => {
        const p = resolvePolicyRules(rules);
        expect(p.ftt >= 0 && p.ftt <= 3).toBe(true);
        expect(p.stripeWidth >= 1 && p.stripeWidth <= 12).toBe(true);
        expect(p.proportionalCapacity >= 0 && p.proportionalCapacity <= 100).toBe(true);
        expect(p.cacheReservationPct >= 0 && p.cacheReservationPct <= 100).toBe(true);
        expect(p.iopsLimit >= 0).toBe(true);
      }),
    );
  });
});
