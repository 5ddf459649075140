import { describe, expect, it } from 'vitest';

import {
  checkSize,
  DEFAULT_VOLUME_FORM,
  dockerVolumeCommand,
  INVALID_SIZE_MESSAGE,
  parseSizeBytes,
  toCreateVolumeBody,
} from './volume-form';
import type { VolumeForm } from './volume-form';

const form = (change: Partial<VolumeForm>): VolumeForm => ({ ...DEFAULT_VOLUME_FORM, ...change });

describe('sizes', () => {
  it.each([
    ['20gb', 20 * 1024 ** 3],
    ['100MB', 100 * 1024 ** 2],
    ['1Tb', 1024 ** 4],
  ])('when the size is %s, then it is %d bytes', (size, bytes) => {
    expect(parseSizeBytes(size)).toBe(bytes);
  });

  it.each(['20', '1.5gb', '10kb', 'gb', '20 gb'])('when the size is %j, then vmdk_ops refuses it', (size) => {
    expect(checkSize(size, false)).toBe(INVALID_SIZE_MESSAGE);
  });

  it('when the size is empty, then the 100mb default applies and nothing is refused', () => {
    expect(checkSize('', false)).toBeNull();
  });

  it('when cloning with a size, then vDVS refuses it', () => {
    expect(checkSize('10gb', true)).toBe('Cannot define the size for a clone');
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
