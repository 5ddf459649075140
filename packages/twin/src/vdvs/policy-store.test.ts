import { describe, expect, it } from 'vitest';

import { makeVolume } from './__fixtures__/volumes';
import type { StoredPolicy } from './policy-store';
import { createPolicy, policyFileText, policyLsRows, policyUsage, removePolicy, updatePolicy } from './policy-store';

const CTX = { vsanDatastore: 'vsanDatastore' };
const NO_VSAN = { vsanDatastore: null };
const SOME: StoredPolicy[] = [
  { name: 'some-policy', content: '(("proportionalCapacity" i0)("hostFailuresToTolerate" i0))' },
];

describe('createPolicy', () => {
  it('when the name is new, then the policy is stored as given and the CLI says so', () => {
    // vdvs.md §3: `Successfully created policy: N`; content is not validated.
    expect(createPolicy([], 'gold', '(("wrongKey" i50)', CTX)).toStrictEqual({
      ok: true,
      policies: [{ name: 'gold', content: '(("wrongKey" i50)' }],
      message: 'Successfully created policy: gold',
    });
  });

  it.each([
    // vdvs.md §3 error messages.
    ['some-policy', CTX, 'Error: Policy already exists'],
    ['gold', NO_VSAN, 'Error: VSAN datastore does not exist'],
    // Twin rules (vdvs.md §3 is silent on names): file-name safety and the update work files.
    ['a/b', CTX, 'Error: Invalid policy name \'a/b\': a policy name is a file name: no "/", "\\", "." or ".."'],
    ['gold.old', CTX, 'Error: Invalid policy name \'gold.old\': names ending ".old" are used by policy update'],
    ['', CTX, "Error: Invalid policy name '': the name is empty"],
  ])('when creating %j, then it is refused with %j', (name, ctx, message) => {
    expect(createPolicy(SOME, name, '()', ctx)).toStrictEqual({ ok: false, message });
  });

  it('when a policy is written, then its file is the content plus a newline', () => {
    // vdvs.md §3: one plain-text file per policy (content + `\n`).
    expect(policyFileText({ name: 'gold', content: '(("stripeWidth" i2))' })).toBe('(("stripeWidth" i2))\n');
  });
});

describe('removePolicy', () => {
  it('when nothing uses the policy, then it is removed', () => {
    // vdvs.md §3: `Successfully removed policy: N`.
    expect(removePolicy(SOME, 'some-policy', [], CTX)).toStrictEqual({
      ok: true,
      policies: [],
      message: 'Successfully removed policy: some-policy',
    });
  });

  it.each([
    // vdvs.md §3: `Cannot remove. Policy is in use by <vmdk>` (vsan_policy.py prefixes `Error: `, first volume only).
    ['some-policy', ['vol1', 'vol2'], CTX, 'Error: Cannot remove. Policy is in use by vol1.vmdk'],
    // vdvs.md §3: `Policy N does not exist`.
    ['gold', [], CTX, 'Error: Policy gold does not exist'],
    ['some-policy', [], NO_VSAN, 'Error: VSAN datastore does not exist'],
  ])('when removing %j used by %j, then it is refused with %j', (name, using, ctx, message) => {
    expect(removePolicy(SOME, name, using, ctx)).toStrictEqual({ ok: false, message });
  });
});

describe('updatePolicy', () => {
  it('when the content changes, then every volume using it must be re-applied', () => {
    // vdvs.md §3: `policy update` re-applies to all volumes whose KV names that policy.
    expect(updatePolicy(SOME, 'some-policy', '(("stripeWidth" i2))', ['vol1', 'vol3'], CTX)).toStrictEqual({
      ok: true,
      policies: [{ name: 'some-policy', content: '(("stripeWidth" i2))' }],
      message: 'Successfully updated policy some-policy',
      reapply: ['vol1', 'vol3'],
      failed: [],
    });
  });

  it.each([
    // vdvs.md §3: identical content (compared after strip()) is ignored.
    ['some-policy', ` ${SOME[0]?.content ?? ''}\n`, 'Error: New policy is identical to old policy. Ignoring.'],
    ['gold', '()', 'Error: Policy gold does not exist'],
  ])('when updating %j with %j, then it is refused with %j', (name, content, message) => {
    expect(updatePolicy(SOME, name, content, [], CTX)).toStrictEqual({ ok: false, message });
  });

  it('when some volumes fail to take the new content, then the partial message lists them and the backup stays', () => {
    // vdvs.md §3: `Successfully updated: N volumes.\nFailed to update:     [names] volumes`, `.old` and `.failed_volume_updates`.
    const result = updatePolicy(SOME, 'some-policy', '(("stripeWidth" i2))', ['vol1', 'vol2'], CTX, ['vol2']);

    expect(result).toStrictEqual({
      ok: true,
      policies: [
        {
          name: 'some-policy',
          content: '(("stripeWidth" i2))',
          previousContent: SOME[0]?.content,
          failedVolumeUpdates: ['vol2.vmdk'],
        },
      ],
      message: "Successfully updated: 1 volumes.\nFailed to update:     ['vol2.vmdk'] volumes",
      reapply: ['vol1', 'vol2'],
      failed: ['vol2'],
    });
  });

  it('when every volume fails, then the old content is restored', () => {
    // vdvs.md §3: update keeps backup `<name>.old`; vsan_policy.py renames it back when nothing updated.
    const result = updatePolicy(SOME, 'some-policy', '(("stripeWidth" i2))', ['vol1'], CTX, ['vol1']);

    expect(result.ok && result.policies).toStrictEqual(SOME);
  });
});

describe('policy ls', () => {
  it('when policies are listed, then Active says Unused or In use by N volumes', () => {
    // vdvs.md §3 `policy ls` example: `In use by 1 volumes`.
    const policies = [...SOME, { name: 'gold', content: '(("stripeWidth" i2))\n' }];

    expect(policyLsRows(policies, { 'some-policy': 1 })).toStrictEqual([
      { policyName: 'gold', policyContent: '(("stripeWidth" i2))', active: 'Unused' },
      { policyName: 'some-policy', policyContent: SOME[0]?.content, active: 'In use by 1 volumes' },
    ]);
  });

  it('when volumes name policies in their KV, then usage groups their names by policy', () => {
    // vdvs.md §3: the policy name is kept in KV volOpts.
    const volumes = [
      makeVolume({ name: 'a', volOpts: { 'vsan-policy-name': 'gold' } }),
      makeVolume({ name: 'b' }),
      makeVolume({ name: 'c', volOpts: { 'vsan-policy-name': 'gold' } }),
    ];

    expect(policyUsage(volumes)).toStrictEqual({ gold: ['a', 'c'] });
  });
});
