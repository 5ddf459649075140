import { describe, expect, it } from 'vitest';

import type { VolumeForm } from './volume-form';
import {
  ACCESS_CHOICES,
  checkName,
  checkSize,
  DEFAULT_VOLUME_FORM,
  DISK_FORMAT_CHOICES,
  dockerVolumeCommand,
  FSTYPE_CHOICES,
  toCreateVolumeBody,
} from './volume-form';

const form = (change: Partial<VolumeForm>): VolumeForm => ({ ...DEFAULT_VOLUME_FORM, ...change });

// vmdk_ops's size and name rules themselves are tested in packages/twin/src/vdvs (sizes, volume-name).
describe('field checks', () => {
  it('when the size is 20 without a unit, then vmdk_ops refuses it with its message', () => {
    expect(checkSize('20', false)).toBe(
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    );
  });

  it('when the size has surrounding spaces, then they are trimmed before vmdk_ops checks it', () => {
    expect(checkSize('20gb ', false)).toBeNull();
    expect(checkSize(' 20 ', false)).toBe(
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    );
    expect(toCreateVolumeBody(form({ name: 'v', size: ' 20gb ' }))).toStrictEqual({
      name: 'v',
      opts: { size: '20gb' },
    });
  });

  it('when the size is empty, then the 100mb default applies and nothing is refused', () => {
    expect(checkSize('', false)).toBeNull();
  });

  it('when cloning with a size, then vDVS refuses it', () => {
    expect(checkSize('10gb', true)).toBe('Cannot define the size for a clone');
  });

  it('when the name part is empty, then the user is asked for one', () => {
    expect(checkName('@ds')).toBe('Enter a volume name');
  });

  it('when the name ends in -NNNNNN, then vmdk_ops’s message is shown', () => {
    expect(checkName('db-000001')).toBe("Volume names ending with '-NNNNNN' (where N is a digit) are not supported");
  });

  it('when the name is fine, then there is nothing to say', () => {
    expect(checkName('my vol é@vsanDatastore')).toBeNull();
  });
});

describe('choices', () => {
  it('when the dropdowns are built, then vDVS’s default comes first and every value vDVS accepts follows', () => {
    expect(DISK_FORMAT_CHOICES).toEqual(['thin', 'eagerzeroedthick', 'zeroedthick']);
    expect(ACCESS_CHOICES).toEqual(['read-write', 'read-only']);
    expect(FSTYPE_CHOICES).toEqual(['ext4', 'ext2', 'ext3', 'xfs']);
  });
});

describe('toCreateVolumeBody', () => {
  it('when only name and size are given, then only size is sent', () => {
    expect(toCreateVolumeBody(form({ name: 'vsanvol1', size: '50gb' }))).toEqual({
      name: 'vsanvol1',
      opts: { size: '50gb' },
    });
  });

  it('when every option differs from its default, then each is sent', () => {
    const body = toCreateVolumeBody(
      form({
        name: 'v',
        datastore: 'vsanDatastore',
        size: '1gb',
        policy: 'gold',
        diskformat: 'eagerzeroedthick',
        attachAs: 'persistent',
        access: 'read-only',
        fstype: 'xfs',
      }),
    );
    expect(body).toEqual({
      name: 'v@vsanDatastore',
      opts: {
        size: '1gb',
        'vsan-policy-name': 'gold',
        diskformat: 'eagerzeroedthick',
        'attach-as': 'persistent',
        access: 'read-only',
        fstype: 'xfs',
      },
    });
  });

  it('when cloning, then size and fstype are left out and clone-from is sent', () => {
    expect(toCreateVolumeBody(form({ name: 'c', size: '9gb', fstype: 'xfs', cloneFrom: 'vsanvol1' })).opts).toEqual({
      'clone-from': 'vsanvol1',
    });
  });

  it('when the name already names a datastore, then the picked one is not appended', () => {
    expect(toCreateVolumeBody(form({ name: 'v@ds2', datastore: 'vsanDatastore' })).name).toBe('v@ds2');
  });
});

describe('dockerVolumeCommand', () => {
  it('when vsanvol3 is 20gb on SW=2, then the command shows only those options', () => {
    expect(dockerVolumeCommand(form({ name: 'vsanvol3', size: '20gb', policy: 'SW=2' }))).toBe(
      'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2',
    );
  });

  it('when the name has a space, then it is quoted for the shell', () => {
    expect(dockerVolumeCommand(form({ name: 'my vol' }))).toBe("docker volume create --driver=vmdk --name='my vol'");
  });
});
