import { describe, expect, it } from 'vitest';

import { CATALOG, makeVolume } from './__fixtures__/volumes';
import { DEFAULT_VMGROUP_UUID } from './types';
import type { VolumeCreateContext } from './volume-options';
import { dockerCreateErrorMessage, VALID_OPTIONS_AND_DEFAULTS, validateVolumeCreate } from './volume-options';

const CTX: VolumeCreateContext = {
  catalog: CATALOG,
  policies: ['silver', 'bronze'],
  volumes: [makeVolume({ name: 'src' })],
};

function messageOf(name: string, options: Record<string, string>, ctx: VolumeCreateContext = CTX): string | null {
  const result = validateVolumeCreate(name, options, ctx);
  return result.ok ? null : result.message;
}

describe('validateVolumeCreate messages', () => {
  it.each<[string, Record<string, string>, string]>([
    // vdvs.md §1 exact validation error strings.
    ['v', { sizes: '1gb' }, `Invalid options: ['sizes'] \nValid options and defaults: ${VALID_OPTIONS_AND_DEFAULTS}`],
    [
      'v',
      { size: '1.5gb' },
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    ],
    [
      'v',
      { size: '10kb' },
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    ],
    ['v', { 'clone-from': 'src', size: '1gb' }, 'Cannot define the size for a clone'],
    ['v', { 'clone-from': 'src', fstype: 'ext4' }, 'Cannot define the filesystem type for a clone'],
    [
      'v',
      { diskformat: 'zeroedthickk' },
      "Disk Allocation Format 'zeroedthickk' is not supported. Valid options are: ['eagerzeroedthick', 'thin', 'zeroedthick'].",
    ],
    [
      'v',
      { 'attach-as': 'X' },
      "Attach type 'X' is not supported. Valid options are: ['independent_persistent', 'persistent']",
    ],
    ['v', { access: 'X' }, "Access type 'X' is not supported. Valid options are: ['read-write', 'read-only']"],
    ['v', { 'vsan-policy-name': 'silver' }, 'Cannot use a VSAN policy on a non-VSAN datastore'],
    [
      'v@vsanDatastore',
      { 'vsan-policy-name': 'gold' },
      "Policy gold does not exist. Available policies are: ['silver', 'bronze']",
    ],
    ['v', { fstype: 'xfs_ext' }, 'Not found mkfs for xfs_ext\nSupported filesystems found: ext2, ext3, ext4, xfs'],
    ['v', { 'clone-from': 'nope' }, 'Could not find volume for cloning nope'],
    [
      'v',
      { 'clone-from': 'src@ds9' },
      "Invalid datastore 'ds9'.\nKnown datastores: sharedVmfs-0, vsanDatastore.\nDefault datastore: sharedVmfs-0",
    ],
    ['v-123456', {}, "Volume names ending with '-NNNNNN' (where N is a digit) are not supported"],
    [
      'v@ds9',
      {},
      "Invalid datastore 'ds9'.\nKnown datastores: sharedVmfs-0, vsanDatastore.\nDefault datastore: sharedVmfs-0",
    ],
  ])('when creating %j with %j, then vDVS says %j', (name, options, message) => {
    expect(messageOf(name, options)).toBe(message);
  });

  it('when no policy exists at all, then the message has no "Available policies" suffix', () => {
    // vdvs.md §1: the suffix appears only if any policy exists.
    expect(messageOf('v@vsanDatastore', { 'vsan-policy-name': 'gold' }, { ...CTX, policies: [] })).toBe(
      'Policy gold does not exist.',
    );
  });

  it('when several options are wrong, then the first in vmdk_ops order wins', () => {
    // vdvs.md §1 validate_opts order: unknown keys, size, policy, diskformat, attach-as, access, fstype.
    expect(messageOf('v', { access: 'X', size: 'big', diskformat: 'odd' })).toBe(
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    );
  });

  it('when the fstype is unsupported and the name is bad, then the plugin-side fstype check answers first', () => {
    // vdvs.md §1: fstype is validated in the plugin before ESX sees the request.
    expect(messageOf('a/b', { fstype: 'zfs' })).toBe(
      'Not found mkfs for zfs\nSupported filesystems found: ext2, ext3, ext4, xfs',
    );
  });

  it('when the source of a clone is attached, then cloning is refused', () => {
    // vdvs.md §1 clone-from (message from vmdk_ops.py cloneVMDK).
    const ctx = {
      ...CTX,
      volumes: [
        makeVolume({
          name: 'src',
          attachment: { vmName: 'vm2', vmUuid: 'u2', device: { controllerPciSlotNumber: '224', unit: '0' } },
        }),
      ],
    };

    expect(messageOf('v', { 'clone-from': 'src' }, ctx)).toBe(
      "Source volume src is in use by VM vm2 and can't be cloned.",
    );
  });

  it('when a failure reaches the user, then docker wraps it', () => {
    // vdvs.md §1: `Error response from daemon: create <name>: VolumeDriver.Create: <msg>`.
    expect(dockerCreateErrorMessage('v', 'Cannot define the size for a clone')).toBe(
      'Error response from daemon: create v: VolumeDriver.Create: Cannot define the size for a clone',
    );
  });
});

describe('validateVolumeCreate specs', () => {
  it('when no option is given, then defaults apply and the KV gets fstype (plugin) and diskformat (ESX)', () => {
    // vdvs.md §1 option table defaults and create flow.
    expect(validateVolumeCreate('db', {}, CTX)).toStrictEqual({
      ok: true,
      outcome: 'create',
      spec: {
        name: 'db',
        datastore: 'sharedVmfs-0',
        datastoreType: 'vmfs',
        fullName: 'db@sharedVmfs-0',
        vmgroupUuid: DEFAULT_VMGROUP_UUID,
        diskformat: 'thin',
        attachAs: 'independent_persistent',
        access: 'read-write',
        vsanPolicyName: null,
        userOptions: {},
        sizeKb: 100 * 1024,
        fstype: 'ext4',
        cloneFrom: null,
        volOpts: { fstype: 'ext4', diskformat: 'thin' },
      },
    });
  });

  it('when every option is given on vSAN, then the spec normalizes them and keeps what the user passed', () => {
    // vdvs.md §1: all -o keys; vdvs.md §2: Options shows what the user passed.
    const options = {
      size: '2Gb',
      'vsan-policy-name': 'silver',
      diskformat: 'eagerzeroedthick',
      'attach-as': 'persistent',
      access: 'read-only',
      fstype: 'xfs',
    };
    const result = validateVolumeCreate('db@vsandatastore', options, CTX);

    expect(result.ok && result.outcome === 'create' && result.spec).toMatchObject({
      fullName: 'db@vsanDatastore',
      sizeKb: 2 * 1024 * 1024,
      diskformat: 'eagerzeroedthick',
      attachAs: 'persistent',
      access: 'read-only',
      fstype: 'xfs',
      vsanPolicyName: 'silver',
      volOpts: options,
      userOptions: options,
    });
  });

  it('when cloning, then size and fstype come from the source and clone-from is recorded', () => {
    // vdvs.md §1: clone-from is a full copy; size+fstype inherited.
    const ctx = {
      ...CTX,
      volumes: [
        makeVolume({ name: 'src', sizeKb: 1024 * 1024, volOpts: { fstype: 'xfs', diskformat: 'thin', size: '1gb' } }),
      ],
    };
    const result = validateVolumeCreate('copy', { 'clone-from': 'src', access: 'read-only' }, ctx);

    expect(result.ok && result.outcome === 'create' && result.spec).toMatchObject({
      sizeKb: 1024 * 1024,
      fstype: 'xfs',
      cloneFrom: 'src',
      volOpts: { fstype: 'xfs', diskformat: 'thin', size: '1gb', 'clone-from': 'src', access: 'read-only' },
    });
  });

  it('when the volume already exists, then the plugin reports success and nothing is created', () => {
    // vdvs.md §1: `File /vmfs/volumes/.../x.vmdk already exists` (plugin turns "already exists" into success).
    expect(validateVolumeCreate('src', { size: 'bad' }, CTX)).toStrictEqual({
      ok: true,
      outcome: 'exists',
      fullName: 'src@sharedVmfs-0',
      message: 'File /vmfs/volumes/sharedVmfs-0/dockvols/_DEFAULT/src.vmdk already exists',
    });
  });
});
