import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { makeVm, makeVolume } from './__fixtures__/volumes';
import type { VmStorage } from './attach';
import { attachVolume, detachVolume, findFreeSlot, mountErrorMessage, removeVolumeRefusal } from './attach';

const OPTS = { vmgroupName: '_DEFAULT' };
const PATH = '/vmfs/volumes/sharedVmfs-0/dockvols/_DEFAULT/a1.vmdk';

function attachOk(volume = makeVolume({ name: 'a1' }), vm: VmStorage = makeVm()) {
  const result = attachVolume(volume, vm, OPTS);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('attachVolume', () => {
  it('when the VM has only an LSI Logic controller, then a PVSCSI is added and the disk lands on scsi1:0', () => {
    // vdvs.md §7: hot-add on a PVSCSI controller, adding one if none; `scsi1:0` in the PR #1890 message.
    const result = attachOk();

    expect(result.device).toStrictEqual({ controllerPciSlotNumber: '224', unit: '0' });
    expect(result.vm.controllers).toStrictEqual([
      { bus: 0, kind: 'lsilogic', pciSlotNumber: '160' },
      { bus: 1, kind: 'pvscsi', pciSlotNumber: '224' },
    ]);
    expect(result.vm.disks[1]).toStrictEqual({
      label: 'Hard disk 2',
      bus: 1,
      unitNumber: 0,
      vmdkPath: PATH,
      diskMode: 'independent_persistent',
      volumeName: 'a1@sharedVmfs-0',
    });
    expect(result.volume.attachment).toStrictEqual({
      vmName: 'photon-VM0.3',
      vmUuid: makeVm().vmUuid,
      device: result.device,
    });
  });

  it('when the OS disk is on a PVSCSI scsi0, then the next free unit there is used', () => {
    // vdvs.md §2 attachedVMDevice example `{"ControllerPciSlotNumber": "160", "Unit": "2"}`.
    const vm = makeVm({
      controllers: [{ bus: 0, kind: 'pvscsi', pciSlotNumber: '160' }],
      disks: [
        { label: 'Hard disk 1', bus: 0, unitNumber: 0, vmdkPath: 'os.vmdk', diskMode: 'persistent', volumeName: null },
        {
          label: 'Hard disk 2',
          bus: 0,
          unitNumber: 1,
          vmdkPath: 'data.vmdk',
          diskMode: 'persistent',
          volumeName: null,
        },
      ],
    });

    expect(attachOk(makeVolume({ name: 'a1' }), vm).device).toStrictEqual({
      controllerPciSlotNumber: '160',
      unit: '2',
    });
  });

  it('when units 0-6 are taken, then unit 7 is skipped', () => {
    // vdvs.md §7: units 0–15 except 7.
    const disks = [0, 1, 2, 3, 4, 5, 6].map((u) => ({
      label: `Hard disk ${u + 1}`,
      bus: 0,
      unitNumber: u,
      vmdkPath: `d${u}`,
      diskMode: 'persistent',
      volumeName: null,
    }));
    const vm = makeVm({ controllers: [{ bus: 0, kind: 'pvscsi', pciSlotNumber: '160' }], disks });

    expect(attachOk(makeVolume({ name: 'a1' }), vm)).toMatchObject({ device: { unit: '8' }, diskLabel: 'Hard disk 8' });
  });

  it('when the volume is already in this VM config, then attach succeeds with the same device', () => {
    // vdvs.md §7: already in VM config → success with same device info.
    const first = attachOk();
    const again = attachOk(first.volume, first.vm);

    expect([again.alreadyAttached, again.device, again.vm]).toStrictEqual([true, first.device, first.vm]);
  });

  it('when another running VM holds the volume, then vDVS reports the VMFS lock with the VM name', () => {
    // vdvs.md §7: `Failed to add disk 'scsi1:0'. disk /vmfs/volumes/sharedVmfs-0/dockvols/_DEFAULT/a1.vmdk already attached to VM=<vm name>`.
    const held = attachOk().volume;
    const other = makeVm({ vmName: 'worker-2', vmUuid: 'other' });
    const result = attachVolume(held, other, OPTS);

    expect(result.ok ? null : result.message).toBe(
      `Failed to add disk 'scsi1:0'. disk ${PATH} already attached to VM=photon-VM0.3`,
    );
    expect(mountErrorMessage(result.ok ? '' : result.message)).toMatch(/^VolumeDriver\.Mount: Failed to add disk/);
  });

  it('when the holding VM is powered off, then attach succeeds and names the VM whose config is stale', () => {
    // vdvs.md §7: a powered-off VM keeps the disk in its .vmx (issues #515, #240).
    const held = attachOk().volume;
    const result = attachVolume(held, makeVm({ vmName: 'worker-2', vmUuid: 'other' }), {
      ...OPTS,
      holderPoweredOn: false,
    });

    expect(result.ok && [result.staleOn, result.volume.attachment?.vmName]).toStrictEqual(['photon-VM0.3', 'worker-2']);
  });

  it('when 4 controllers are full, then the maximum-volumes message is returned', () => {
    // vdvs.md §7: max 4 SCSI controllers; "Failed to place new disk - The maximum number of supported volumes has been reached."
    const controllers = [0, 1, 2, 3].map((bus) => ({ bus, kind: 'pvscsi' as const, pciSlotNumber: 'x' }));
    const disks = controllers.flatMap((c) =>
      [...Array(16).keys()]
        .filter((u) => u !== 7)
        .map((u) => ({
          label: `d${c.bus}${u}`,
          bus: c.bus,
          unitNumber: u,
          vmdkPath: `${c.bus}:${u}`,
          diskMode: 'persistent',
          volumeName: null,
        })),
    );
    const result = attachVolume(makeVolume(), makeVm({ controllers, disks }), OPTS);

    expect(result.ok ? null : result.message).toBe(
      'Failed to place new disk - The maximum number of supported volumes has been reached.',
    );
  });

  it('when volumes keep being attached, then slots stay unique and unit 7 is never used', () => {
    // vdvs.md §7: one disk per unit; unit 7 is the controller; at most 4 controllers.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), (count) => {
        let vm = makeVm();
        for (let i = 0; i < count && findFreeSlot(vm); i += 1) {
          const result = attachVolume(makeVolume({ name: `v${i}` }), vm, OPTS);
          if (result.ok) vm = result.vm;
        }
        const slots = vm.disks.map((d) => `${d.bus}:${d.unitNumber}`);
        expect(new Set(slots).size).toBe(slots.length);
        expect(vm.disks.some((d) => d.unitNumber === 7)).toBe(false);
        expect(vm.controllers.length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('detachVolume', () => {
  it('when attached, then the disk leaves the VM and the KV attach keys are cleared', () => {
    // vdvs.md §5: on detach status=detached and attachedVM* keys deleted.
    const { volume, vm } = attachOk();
    const out = detachVolume(volume, vm, '_DEFAULT');

    expect([out.detached, out.volume.attachment, out.vm.disks.length]).toStrictEqual([true, null, 1]);
  });

  it('when the disk is not in the VM config, then detach is a silent success', () => {
    // vdvs.md §7: detach of a disk not in config returns success.
    const volume = makeVolume();

    expect(detachVolume(volume, makeVm(), '_DEFAULT')).toStrictEqual({ volume, vm: makeVm(), detached: false });
  });
});

describe('removeVolumeRefusal', () => {
  const attached = makeVolume({
    attachment: { vmName: 'vm1', vmUuid: 'u1', device: { controllerPciSlotNumber: '224', unit: '0' } },
  });

  it.each([
    // vdvs.md §7: remove while attached.
    [attached, {}, 'Failed to remove volume TestVol, in use by VM = vm1.'],
    // vdvs.md §6: plugin refcount and init messages come first.
    [attached, { refcount: 2 }, 'Remove failure - volume is still mounted.  volume=TestVol@sharedVmfs-0, refcount=2'],
    [attached, { initialized: false }, 'Plugin initialization in progress. Cannot remove volume=TestVol@sharedVmfs-0'],
    [makeVolume(), {}, null],
  ])('when removing volume %# with plugin state %j, then the refusal is %j', (volume, plugin, expected) => {
    expect(removeVolumeRefusal(volume, plugin)).toBe(expected);
  });
});
