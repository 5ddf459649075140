import { describe, expect, it } from 'vitest';

import {
  dockerVolumeCreateCommand,
  dockerVolumeRemoveCommand,
  shellLine,
  shellQuote,
  VMDKOPS_ADMIN_PATH,
  vmdkopsPolicyCommand,
  vmdkopsPolicyRemoveCommand,
} from './cli-commands';

describe('shellQuote', () => {
  it.each([
    ['SW=2', 'SW=2'],
    ['vsan-policy-name=SW=2', 'vsan-policy-name=SW=2'],
    ['/tmp/vmware-esx-vmdkops-0.21.vib', '/tmp/vmware-esx-vmdkops-0.21.vib'],
    ['my vol', "'my vol'"],
    ['(("stripeWidth" i2))', `'(("stripeWidth" i2))'`],
    ["it's", `'it'\\''s'`],
    ['', "''"],
  ])('when the word is %j, then sh gets %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it('when quoting is forced, then even a safe word is single-quoted', () => {
    expect(shellQuote('abc', { always: true })).toBe("'abc'");
  });

  it('when words are joined, then each is quoted as needed', () => {
    expect(shellLine(['docker', 'volume', 'rm', 'my vol'])).toBe("docker volume rm 'my vol'");
  });
});

describe('vmdkopsPolicyCommand', () => {
  it('when SW=2 is created, then the content is single-quoted as the vDVS docs write it', () => {
    // vdvs.md §3: vmdkops_admin.py policy create --name … --content '…'.
    expect(vmdkopsPolicyCommand({ verb: 'create', name: 'SW=2', content: '(("stripeWidth" i2))' })).toBe(
      `vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`,
    );
  });

  it('when the name has a space and the content a quote, then both are quoted for sh', () => {
    expect(vmdkopsPolicyCommand({ verb: 'update', name: 'my policy', content: "it's" })).toBe(
      `vmdkops_admin.py policy update --name 'my policy' --content 'it'\\''s'`,
    );
  });

  it('when no name is typed yet, then the placeholder shows bare and safe content is still quoted', () => {
    expect(vmdkopsPolicyCommand({ verb: 'create', name: null, content: '()' })).toBe(
      "vmdkops_admin.py policy create --name <name> --content '()'",
    );
  });

  it('when the full path is asked for, then the line starts with it', () => {
    expect(vmdkopsPolicyRemoveCommand('gold', VMDKOPS_ADMIN_PATH)).toBe(
      '/usr/lib/vmware/vmdkops/bin/vmdkops_admin.py policy rm --name gold',
    );
  });
});

describe('docker volume commands', () => {
  it('when vsanvol3 is 20gb on SW=2, then only those options follow the name, in order', () => {
    expect(dockerVolumeCreateCommand('vsanvol3', { size: '20gb', 'vsan-policy-name': 'SW=2' })).toBe(
      'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2',
    );
  });

  it('when the name has a space, then only the name is quoted', () => {
    expect(dockerVolumeCreateCommand('my vol', {})).toBe("docker volume create --driver=vmdk --name='my vol'");
  });

  it('when no name is typed yet, then the placeholder shows bare', () => {
    expect(dockerVolumeCreateCommand(null, { size: '1gb' })).toBe(
      'docker volume create --driver=vmdk --name=<name> -o size=1gb',
    );
  });

  it('when a volume is removed, then it is docker volume rm with the name', () => {
    expect(dockerVolumeRemoveCommand('vsanvol1@vsanDatastore')).toBe('docker volume rm vsanvol1@vsanDatastore');
  });
});
