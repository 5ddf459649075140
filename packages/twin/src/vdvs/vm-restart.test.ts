import { describe, expect, it } from 'vitest';

import { makeVm, makeVolume } from './__fixtures__/volumes';
import type { VmStorage } from './attach';
import { attachVolume } from './attach';
import type { VolumeRef } from './vm-restart';
import { afterHaRestart, onVmPoweredOff } from './vm-restart';

/** Two volumes attached to the Docker VM, plus one attached elsewhere. */
function scenario(): { refs: VolumeRef[]; vm: VmStorage } {
  let vm = makeVm();
  const refs: VolumeRef[] = [];
  for (const name of ['registry', 'database']) {
    const result = attachVolume(makeVolume({ name }), vm, { vmgroupName: '_DEFAULT' });
    if (!result.ok) throw new Error(result.message);
    vm = result.vm;
    refs.push({ volume: result.volume, vmgroupName: '_DEFAULT' });
  }
  const elsewhere = makeVolume({
    name: 'other',
    attachment: { vmName: 'vm2', vmUuid: 'u2', device: { controllerPciSlotNumber: '224', unit: '0' } },
  });
  refs.push({ volume: elsewhere, vmgroupName: '_DEFAULT' });
  return { refs, vm };
}

const status = (volumes: { name: string; attachment: unknown }[]): [string, boolean][] =>
  volumes.map((v) => [v.name, v.attachment !== null]);

describe('onVmPoweredOff', () => {
  it('when the VM listener runs (0.14+), then every dockvols disk of that VM is detached', () => {
    // vdvs.md §7: VM listener on poweredOff detaches all dockvols disks and sets KV detached.
    const { refs, vm } = scenario();
    const out = onVmPoweredOff(refs, vm, { vmListener: true, refcountRecovery: true });

    expect(status(out.volumes)).toStrictEqual([
      ['registry', false],
      ['database', false],
      ['other', true],
    ]);
    expect(out.vm.disks.map((d) => d.label)).toStrictEqual(['Hard disk 1']);
    expect(out.findings).toStrictEqual([]);
  });

  it('when there is no listener (pre-0.14), then the volumes stay attached and each is a finding', () => {
    // vdvs.md §7: a hard power-off leaves disks in the .vmx and KV attached (issues #515, #240, #369).
    const { refs, vm } = scenario();
    const out = onVmPoweredOff(refs, vm, { vmListener: false, refcountRecovery: false });

    expect(status(out.volumes)).toStrictEqual([
      ['registry', true],
      ['database', true],
      ['other', true],
    ]);
    expect(out.findings.map((f) => [f.volume, f.cause])).toStrictEqual([
      ['registry@sharedVmfs-0', 'power-off-without-listener'],
      ['database@sharedVmfs-0', 'power-off-without-listener'],
    ]);
  });
});

describe('afterHaRestart', () => {
  it('when the plugin has refcount recovery (0.17+), then unused volumes are detached and used ones stay', () => {
    // vdvs.md §7 issue #1675 fixed by PR #1710: unused volumes detached at plugin start.
    const { refs, vm } = scenario();
    const out = afterHaRestart(refs, vm, {
      refcountRecovery: true,
      volumesInUse: ['registry@sharedVmfs-0'],
    });

    expect(status(out.volumes)).toStrictEqual([
      ['registry', true],
      ['database', false],
      ['other', true],
    ]);
    expect(out.findings).toStrictEqual([]);
  });

  it('when the plugin predates the fix, then the unused volume is left attached as a finding with its fix', () => {
    // vdvs.md §7: HA restart with the disk still configured → attached with no containers, `docker volume rm` fails.
    const { refs, vm } = scenario();
    const out = afterHaRestart(refs, vm, {
      refcountRecovery: false,
      volumesInUse: ['registry@sharedVmfs-0'],
    });

    expect(out.findings).toStrictEqual([
      {
        kind: 'vdvs-volume-left-attached',
        volume: 'database@sharedVmfs-0',
        vmName: 'photon-VM0.3',
        vmUuid: vm.vmUuid,
        cause: 'host-failure-ha-restart',
        reference: 'vsphere-storage-for-docker issue #1675 (fixed 0.17, PR #1710)',
        symptoms: [
          'docker volume inspect database@sharedVmfs-0 shows "status": "attached" to VM photon-VM0.3 with no container using it',
          'docker volume rm database@sharedVmfs-0 fails: Failed to remove volume database, in use by VM = photon-VM0.3.',
          "other Docker VMs cannot mount it: VolumeDriver.Mount: Failed to add disk '…'. disk … already attached to VM=photon-VM0.3",
        ],
        fix: 'Restart the vsphere plugin (0.17+) on photon-VM0.3: at startup it detaches volumes no container uses. On older plugins, run and stop a container that mounts database@sharedVmfs-0 on photon-VM0.3: the unmount detaches the disk and sets the KV status to detached.',
      },
    ]);
    expect(out.vm).toStrictEqual(vm);
  });

  it('when an attached volume has no /mnt/vmdk entry, then even 0.17+ leaves it for manual recovery', () => {
    // vdvs.md §7: attached-but-not-in-/mnt/vmdk is left to manual recovery.
    const { refs, vm } = scenario();
    const out = afterHaRestart(refs, vm, {
      refcountRecovery: true,
      volumesInUse: [],
      missingMountEntries: ['database@sharedVmfs-0'],
    });

    expect(status(out.volumes)).toStrictEqual([
      ['registry', false],
      ['database', true],
      ['other', true],
    ]);
    expect(
      out.findings.map((f) => f.fix.startsWith('Refcount recovery skips volumes with no entry under /mnt/vmdk')),
    ).toStrictEqual([true]);
  });
});
