import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { VSAN_DEFAULT_POLICY } from './capabilities';
import type { ClusterSummary } from './policy-validate';
import { acceptPolicyAtStore, checkPolicyAtApply, validatePolicyContent } from './policy-validate';

const THREE_HOSTS_ALL_FLASH: ClusterSummary = { faultDomains: 3, allFlash: true };
const THREE_HOSTS_HYBRID: ClusterSummary = { faultDomains: 3, allFlash: false };

function errorsOf(content: string, cluster: ClusterSummary = THREE_HOSTS_ALL_FLASH, sizeKb?: number) {
  const result = validatePolicyContent(content, cluster, sizeKb === undefined ? {} : { sizeKb });
  return result.ok
    ? []
    : result.errors.map((e) => ({ code: e.code, message: e.message, line: e.line, column: e.column }));
}

describe('validatePolicyContent', () => {
  it('when content is the gold example on 3 hosts, then it is ok with the resolved policy', () => {
    // vdvs.md §3: `(("proportionalCapacity" i50)("hostFailuresToTolerate" i0))` from tests/e2e.
    const result = validatePolicyContent(
      '(("proportionalCapacity" i50)("hostFailuresToTolerate" i0))',
      THREE_HOSTS_ALL_FLASH,
    );

    expect(result).toStrictEqual({
      ok: true,
      rules: [
        { key: 'proportionalCapacity', value: { type: 'int', value: 50 } },
        { key: 'hostFailuresToTolerate', value: { type: 'int', value: 0 } },
      ],
      policy: { ...VSAN_DEFAULT_POLICY, ftt: 0, proportionalCapacity: 50 },
      warnings: [],
    });
  });

  it.each([
    // vsan-ha.md §1 FTT table: RAID-1 needs 2n+1 fault domains.
    [
      '(("hostFailuresToTolerate" i2))',
      '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3',
      1,
      2,
    ],
    [
      '(("hostFailuresToTolerate" i3))',
      '3 failures - RAID-1 (Mirroring) needs 7 fault domains; the cluster has 3',
      1,
      2,
    ],
    // vsan-ha.md §1: RAID-5 needs 4 fault domains.
    [
      '(("hostFailuresToTolerate" i1) ("replicaPreference" "RAID-5/6 (Erasure Coding) - Capacity"))',
      '1 failure - RAID-5 (Erasure Coding) needs 4 fault domains; the cluster has 3',
      1,
      2,
    ],
  ])(
    'when content is %s on 3 fault domains, then the error is %j at line %i column %i',
    (content, message, line, column) => {
      expect(errorsOf(content)).toStrictEqual([{ code: 'not-enough-fault-domains', message, line, column }]);
    },
  );

  it('when FTT is absent and the cluster has 2 fault domains, then the default FTT1 is reported on the whole content', () => {
    // vsan-ha.md §1: default FTT=1 RAID-1 needs 3 fault domains.
    expect(validatePolicyContent('(("stripeWidth" i1))', { faultDomains: 2, allFlash: true })).toMatchObject({
      ok: false,
      errors: [
        {
          key: null,
          offset: 0,
          length: 20,
          message: '1 failure - RAID-1 (Mirroring) needs 3 fault domains; the cluster has 2',
        },
      ],
    });
  });

  it('when erasure coding is asked on a hybrid cluster, then it needs all-flash (reported at replicaPreference)', () => {
    // vsan-ha.md §1: erasure coding works only on all-flash.
    const content = '(("replicaPreference" "RAID-5/6 (Erasure Coding) - Capacity"))';

    expect(errorsOf(content, { faultDomains: 4, allFlash: false })).toStrictEqual([
      {
        code: 'erasure-coding-needs-all-flash',
        message: '1 failure - RAID-5 (Erasure Coding) needs an all-flash cluster; the cluster is hybrid',
        line: 1,
        column: 2,
      },
    ]);
  });

  it('when FTT 3 is asked with erasure coding, then it is impossible', () => {
    // vsan-ha.md §1: RAID-5/6 cannot do FTT=3.
    expect(
      errorsOf('(("hostFailuresToTolerate" i3) ("replicaPreference" "RAID-5/6 (Erasure Coding) - Capacity"))', {
        faultDomains: 8,
        allFlash: true,
      }),
    ).toStrictEqual([
      {
        code: 'erasure-coding-max-ftt',
        message:
          '3 failures - RAID-5/6 (Erasure Coding) is not possible: RAID-5/6 (Erasure Coding) tolerates at most 2 failures',
        line: 1,
        column: 2,
      },
    ]);
  });

  it.each([
    // vdvs.md §4 note: the repo docs misspell hostFailuresToTolerate.
    [
      '(("hostFailuresToTolarate" i1))',
      'unknown-capability',
      'Unknown capability "hostFailuresToTolarate". Did you mean "hostFailuresToTolerate"?',
      3,
    ],
    // vdvs.md §3: `wrongKey` is accepted by policy create and fails at volume create.
    ['(("wrongKey" i50))', 'unknown-capability', 'Unknown capability "wrongKey"', 3],
    // vdvs.md §4 ranges, Kubernetes validator wording.
    [
      '(("hostFailuresToTolerate" i4))',
      'out-of-range',
      'Invalid value for hostFailuresToTolerate. The default value is 1, minimum value is 0 and maximum value is 3.',
      28,
    ],
    [
      '(("stripeWidth" i13))',
      'out-of-range',
      'Invalid value for stripeWidth. The default value is 1, minimum value is 1 and maximum value is 12.',
      17,
    ],
    [
      '(("cacheReservation" i1000001))',
      'out-of-range',
      'Invalid value for cacheReservation. The default value is 0, minimum value is 0 and maximum value is 1000000 (i10000 = 1%).',
      22,
    ],
    [
      '(("iopsLimit" i-1))',
      'out-of-range',
      'Invalid value for iopsLimit. The default value is 0, minimum value is 0.',
      15,
    ],
    [
      '(("replicaPreference" "RAID-5"))',
      'out-of-range',
      'Invalid value for replicaPreference. Valid values are "RAID-1 (Mirroring) - Performance", "RAID-5/6 (Erasure Coding) - Capacity".',
      23,
    ],
    ['(("forceProvisioning" "yes"))', 'wrong-type', '"forceProvisioning" takes i0 or i1, not "yes"', 23],
    ['(("stripeWidth" "2"))', 'wrong-type', '"stripeWidth" takes an integer like i1, not "2"', 17],
  ])('when content is %s, then the %s error reads %j at column %i', (content, code, message, column) => {
    expect(errorsOf(content)).toStrictEqual([{ code, message, line: 1, column }]);
  });

  it('when a capability repeats, then the repeat is flagged', () => {
    // vdvs.md §4: one value per capability.
    expect(errorsOf('(("stripeWidth" i1)\n ("stripeWidth" i2))')).toStrictEqual([
      {
        code: 'duplicate-capability',
        message: '"stripeWidth" is given more than once; a policy holds one value per capability',
        line: 2,
        column: 2,
      },
    ]);
  });

  it('when the syntax is broken, then the single error carries the parser position', () => {
    // vdvs.md §3: `'(("wrongKey" i50)'` is missing its closing parenthesis.
    expect(errorsOf('(("wrongKey" i50)')).toStrictEqual([
      { code: 'syntax', message: "Unexpected end of content: missing ')' to close the policy", line: 1, column: 18 },
    ]);
  });

  it('when force provisioning is on, then missing fault domains is a warning and the policy is ok', () => {
    // vdvs.md §4 forceProvisioning: vSAN provisions even when the policy cannot be met.
    const result = validatePolicyContent(
      '(("hostFailuresToTolerate" i2) ("forceProvisioning" i1))',
      THREE_HOSTS_ALL_FLASH,
    );

    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toStrictEqual([
      '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3; force provisioning will create it with no data redundancy',
    ]);
  });

  it('when cache reservation is set on all-flash, then it is a warning (hybrid only)', () => {
    // vdvs.md §4: cacheReservation is hybrid only.
    const result = validatePolicyContent('(("cacheReservation" i10000))', THREE_HOSTS_ALL_FLASH);

    expect(result.ok && result.warnings.map((w) => w.code)).toStrictEqual(['cache-reservation-all-flash']);
    expect(validatePolicyContent('(("cacheReservation" i10000))', THREE_HOSTS_HYBRID).warnings).toStrictEqual([]);
  });

  it('when the disk is larger than 16TB, then FTT above 1 is refused', () => {
    // vdvs.md §4: FTT 0–3, max 1 if disk >16TB.
    const seventeenTb = 17 * 1024 ** 3;

    expect(
      errorsOf('(("hostFailuresToTolerate" i2))', { faultDomains: 5, allFlash: true }, seventeenTb).map((e) => e.code),
    ).toStrictEqual(['large-disk-ftt']);
  });

  it('when any in-range FTT and stripes are asked of enough fault domains, then RAID-1 content is ok', () => {
    // vsan-ha.md §1: RAID-1 needs 2n+1 fault domains; vdvs.md §4 ranges.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (ftt, sw, extra) => {
          const content = `(("hostFailuresToTolerate" i${ftt}) ("stripeWidth" i${sw}))`;
          expect(validatePolicyContent(content, { faultDomains: 2 * ftt + 1 + extra, allFlash: false }).ok).toBe(true);
        },
      ),
    );
  });
});

describe('store-time and apply-time behaviour', () => {
  it.each(['(("wrongKey" i50)', '', 'not a policy'])('when %j is stored, then vDVS accepts it unchecked', (content) => {
    // vdvs.md §3: validate_vsan_policy_string is a stub returning True.
    expect(acceptPolicyAtStore(content)).toStrictEqual({ accepted: true, content });
  });

  it('when an unsatisfiable policy is applied at volume create, then the message is vDVS\'s "Failed to create volume"', () => {
    // vdvs.md §1: policy apply failure (objtool) → `Failed to create volume <vol>: <objtool output>`.
    expect(checkPolicyAtApply('db', '(("hostFailuresToTolerate" i2))', THREE_HOSTS_ALL_FLASH)).toStrictEqual({
      ok: false,
      message: 'Failed to create volume db: 2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3',
    });
  });

  it('when a good policy is applied, then the effective policy comes back', () => {
    // vdvs.md §3: objtool setPolicy applies the stored content per volume.
    expect(checkPolicyAtApply('db', '(("stripeWidth" i2))', THREE_HOSTS_ALL_FLASH)).toStrictEqual({
      ok: true,
      policy: { ...VSAN_DEFAULT_POLICY, stripeWidth: 2 },
    });
  });
});
