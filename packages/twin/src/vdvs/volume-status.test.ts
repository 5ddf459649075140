import { describe, expect, it } from 'vitest';

import { CATALOG, makeVolume, MAR_4_2017 } from './__fixtures__/volumes';
import { DEFAULT_VMGROUP_UUID } from './types';
import { validateVolumeCreate } from './volume-options';
import { createVolumeRecord } from './volume-record';
import { dockerVolumeLsRows, inspectVolume, volumeStatus } from './volume-status';

const ATTACHED = { vmName: 'photon-VM0.3', vmUuid: 'uuid-1', device: { controllerPciSlotNumber: '160', unit: '2' } };

describe('inspectVolume', () => {
  it('when the doc example volume is inspected, then the output matches vdvs.md §2 exactly', () => {
    // vdvs.md §2 example (docs/external/docker-volume-cli.md, managed-plugin form).
    expect(inspectVolume(makeVolume())).toStrictEqual({
      Driver: 'vsphere:latest',
      Labels: null,
      Mountpoint: '/mnt/vmdk/TestVol@sharedVmfs-0',
      Name: 'TestVol@sharedVmfs-0',
      Options: {},
      Scope: 'global',
      Status: {
        access: 'read-write',
        'attach-as': 'independent_persistent',
        capacity: { allocated: '13MB', size: '100MB' },
        'clone-from': 'None',
        created: 'Sat Mar  4 09:26:00 2017',
        'created by VM': 'photon-VM0.3',
        datastore: 'sharedVmfs-0',
        diskformat: 'thin',
        fstype: 'ext4',
        status: 'detached',
      },
    });
  });

  it('when the JSON is printed, then Status keys come in Go sorted order', () => {
    // vdvs.md §2: docker prints the Status map with sorted keys.
    const keys = Object.keys(
      volumeStatus(makeVolume({ attachment: ATTACHED, volOpts: { 'vsan-policy-name': 'gold', fstype: 'ext4' } })),
    );

    expect(keys).toStrictEqual([...keys].sort());
    expect(keys).toContain('attached to VM');
  });
});

describe('volumeStatus', () => {
  it('when attached, then `attached to VM` and `attachedVMDevice` appear', () => {
    // vdvs.md §2: both keys only when attached (attachedVMDevice 0.14+).
    const status = volumeStatus(makeVolume({ attachment: ATTACHED }));

    expect([status.status, status['attached to VM'], status.attachedVMDevice]).toStrictEqual([
      'attached',
      'photon-VM0.3',
      { ControllerPciSlotNumber: '160', Unit: '2' },
    ]);
  });

  it.each([
    // vdvs.md §2: looked up by uuid; falls back to the KV name, then the uuid.
    [{ 'uuid-1': 'renamed-vm' }, 'photon-VM0.3', 'renamed-vm'],
    [{}, 'photon-VM0.3', 'photon-VM0.3'],
    [{}, '', 'uuid-1'],
  ])('when current names are %j and the KV name is %j, then `attached to VM` is %j', (names, kvName, expected) => {
    const volume = makeVolume({ attachment: { ...ATTACHED, vmName: kvName } });

    expect(volumeStatus(volume, { vmNamesByUuid: names })['attached to VM']).toBe(expected);
  });

  it('when detached without a policy or fstype, then those keys are absent and defaults fill the rest', () => {
    // vdvs.md §2: fstype only if in volOpts, vsan-policy-name only if given; other keys always.
    const status = volumeStatus(makeVolume({ volOpts: {} }));

    expect(Object.keys(status)).toStrictEqual([
      'access',
      'attach-as',
      'capacity',
      'clone-from',
      'created',
      'created by VM',
      'datastore',
      'diskformat',
      'status',
    ]);
  });

  it('when a vSAN volume used a policy, then vsan-policy-name is shown', () => {
    // vdvs.md §2: vsan-policy-name only if given at create.
    const status = volumeStatus(
      makeVolume({
        datastore: 'vsanDatastore',
        datastoreType: 'vsan',
        allocatedKb: 80 * 1024,
        volOpts: { 'vsan-policy-name': 'gold' },
      }),
    );

    expect([status['vsan-policy-name'], status.capacity]).toStrictEqual(['gold', { allocated: '80MB', size: '100MB' }]);
  });

  it('when a spec is created into a record, then inspect shows the user options and the clock as created', () => {
    // vdvs.md §2: Options = what the user passed; vdvs.md §1 create flow writes created/created-by.
    const result = validateVolumeCreate(
      'v@vsanDatastore',
      { size: '2gb', fstype: 'xfs' },
      { catalog: CATALOG, policies: [], volumes: [] },
    );
    if (!result.ok || result.outcome !== 'create') throw new Error('expected a spec');
    const volume = createVolumeRecord(result.spec, { createdMs: MAR_4_2017, createdBy: 'vm1', allocatedKb: 32 * 1024 });

    expect(inspectVolume(volume)).toMatchObject({
      Options: { size: '2gb', fstype: 'xfs' },
      Status: {
        capacity: { allocated: '32MB', size: '2GB' },
        created: 'Sat Mar  4 09:26:00 2017',
        'created by VM': 'vm1',
        fstype: 'xfs',
      },
    });
  });
});

describe('dockerVolumeLsRows', () => {
  it('when listing, then every volume is name@datastore for the caller vmgroup only', () => {
    // vdvs.md §2: since 0.10 list returns name@datastore; only the caller's vmgroup.
    const volumes = [
      makeVolume({ name: 'myVolume' }),
      makeVolume({ name: 'myVolume', datastore: 'vsanDatastore', datastoreType: 'vsan' }),
      makeVolume({ name: 'other', vmgroupUuid: 'g2' }),
    ];

    expect(dockerVolumeLsRows(volumes, DEFAULT_VMGROUP_UUID)).toStrictEqual([
      { driver: 'vsphere:latest', volumeName: 'myVolume@sharedVmfs-0' },
      { driver: 'vsphere:latest', volumeName: 'myVolume@vsanDatastore' },
    ]);
  });

  it('when the VM belongs to no vmgroup, then the list is empty rather than an error', () => {
    // vdvs.md §2: on auth error list returns [].
    expect(dockerVolumeLsRows([makeVolume()], null)).toStrictEqual([]);
  });
});
