import { REPLICA_PREFERENCE_ERASURE_CODING as REPLICA_ERASURE_CODING } from '@harborview/twin/vdvs';
import { describe, expect, it } from 'vitest';

import type { PolicyForm } from './policy-form';
import { checkNameStep, checkVsanStep, DEFAULT_POLICY_FORM, policyCommand, toPolicyContent } from './policy-form';

const form = (change: Partial<PolicyForm>): PolicyForm => ({ ...DEFAULT_POLICY_FORM, ...change });

describe('toPolicyContent', () => {
  it('when every rule is the vSAN default, then the content is empty ()', () => {
    expect(toPolicyContent(form({}))).toBe('()');
  });

  it('when stripes is 2, then only stripeWidth is written, as in the walkthrough', () => {
    expect(toPolicyContent(form({ stripes: '2' }))).toBe('(("stripeWidth" i2))');
  });

  it.each([
    ['ftt0', '(("hostFailuresToTolerate" i0))'],
    ['ftt1-raid1', '()'],
    ['ftt1-raid5', `(("replicaPreference" "${REPLICA_ERASURE_CODING}"))`],
    ['ftt2-raid1', '(("hostFailuresToTolerate" i2))'],
    ['ftt2-raid6', `(("hostFailuresToTolerate" i2) ("replicaPreference" "${REPLICA_ERASURE_CODING}"))`],
    ['ftt3-raid1', '(("hostFailuresToTolerate" i3))'],
  ])('when failures to tolerate is %s, then the content is %s', (fttId, content) => {
    expect(toPolicyContent(form({ fttId }))).toBe(content);
  });

  it('when every advanced rule is set, then each is written in the documented encoding', () => {
    const content = toPolicyContent(
      form({
        stripes: '3',
        iopsLimit: '500',
        proportionalCapacity: 50,
        cacheReservation: '1.5',
        checksumDisabled: true,
        forceProvisioning: true,
      }),
    );
    expect(content).toBe(
      '(("stripeWidth" i3) ("iopsLimit" i500) ("proportionalCapacity" i50) ("cacheReservation" i15000) ("checksumDisabled" i1) ("forceProvisioning" i1))',
    );
  });

  it('when raw mode is on, then the typed content is used verbatim', () => {
    expect(toPolicyContent(form({ mode: 'raw', rawContent: '(("stripeWidth" i2)' }))).toBe('(("stripeWidth" i2)');
  });

  it('when vSAN rules are not enabled, then the content is ()', () => {
    expect(toPolicyContent(form({ vsanRules: false, stripes: '4' }))).toBe('()');
  });
});

describe('checkNameStep', () => {
  it('when the name is empty, then it asks for one', () => {
    expect(checkNameStep(form({ name: '  ' }), [])).toEqual({ name: 'Enter a name for the policy' });
  });

  it('when the name is taken, then vmdkops_admin says the policy exists', () => {
    expect(checkNameStep(form({ name: 'gold' }), ['gold'])).toEqual({ name: 'Error: Policy already exists' });
  });

  it('when the name has a slash, then it is refused', () => {
    expect(checkNameStep(form({ name: 'a/b' }), []).name).toMatch('/');
  });

  it('when the name is new, then there is no problem', () => {
    expect(checkNameStep(form({ name: 'SW=2' }), ['gold'])).toEqual({});
  });
});

describe('checkVsanStep', () => {
  it.each(['0', '13', '2.5', 'two', ''])('when stripes is %j, then it is refused', (stripes) => {
    expect(checkVsanStep(form({ stripes })).stripes).toMatch('1 to 12');
  });

  it('when the IOPS limit is negative, then it is refused', () => {
    expect(checkVsanStep(form({ iopsLimit: '-1' })).iopsLimit).toBeDefined();
  });

  it('when the cache reservation is over 100, then it is refused', () => {
    expect(checkVsanStep(form({ cacheReservation: '101' })).cacheReservation).toBeDefined();
  });

  it('when the defaults are kept, then there is no problem', () => {
    expect(checkVsanStep(form({}))).toEqual({});
  });
});

describe('policyCommand', () => {
  it('when creating SW=2, then the content is single-quoted and the name left bare', () => {
    expect(policyCommand('create', 'SW=2', '(("stripeWidth" i2))')).toBe(
      `vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`,
    );
  });

  it('when the name has a space or the content a quote, then both are quoted for the shell', () => {
    expect(policyCommand('update', 'my policy', "it's")).toBe(
      `vmdkops_admin.py policy update --name 'my policy' --content 'it'\\''s'`,
    );
  });
});
