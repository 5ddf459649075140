import { describe, expect, it } from 'vitest';

import { drive, installed, scenario, walkthroughReady } from './__fixtures__/drive';
import { step } from './step';

// Command outcomes with the tools' own messages, verbatim. Facts: vdvs.md §1 (create options and their exact
// errors), §3 (policy create/rm/update messages), §6–§7 (remove while mounted or attached); result.ts codes.

const base = drive(installed(scenario()).state, {
  type: 'createPolicy',
  name: 'SW=2',
  content: '(("stripeWidth" i2))',
}).state;
const OPTIONS_LIST =
  "[('size', '100mb'), ('vsan-policy-name', '[VSAN default]'), ('diskformat', 'thin'), ('attach-as', 'independent_persistent'), ('access', 'read-write'), ('fstype', 'ext4'), ('clone-from', 'None')]";

describe('createVolume refusals (vdvs.md §1 exact messages)', () => {
  it.each([
    [{ sizes: '10gb' }, `Invalid options: ['sizes'] \nValid options and defaults: ${OPTIONS_LIST}`],
    [
      { size: '10kb' },
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    ],
    [{ 'vsan-policy-name': 'gold' }, "Policy gold does not exist. Available policies are: ['SW=2']"],
    [
      { diskformat: 'zeroedthickk' },
      "Disk Allocation Format 'zeroedthickk' is not supported. Valid options are: ['eagerzeroedthick', 'thin', 'zeroedthick'].",
    ],
    [{ access: 'rw' }, "Access type 'rw' is not supported. Valid options are: ['read-write', 'read-only']"],
    [{ fstype: 'xfs_ext' }, 'Not found mkfs for xfs_ext\nSupported filesystems found: ext2, ext3, ext4, xfs'],
  ])('when the options are %j, then it is unprocessable with vmdk_ops message', (opts, message) => {
    // Act
    const r = step(base, { type: 'createVolume', name: 'v1', opts });

    // Assert
    expect(r.result).toStrictEqual({ ok: false, error: { code: 'unprocessable', message } });
    expect(r.state).toBe(base);
  });

  it.each([
    ['v-123456', "Volume names ending with '-NNNNNN' (where N is a digit) are not supported"],
    ['a/b', 'Volume name contains illegal characters: /'],
    ['v@nfs0', "Invalid datastore 'nfs0'.\nKnown datastores: vsanDatastore.\nDefault datastore: vsanDatastore"],
  ])('when the name is %s, then it is refused with %s', (name, message) => {
    expect(step(base, { type: 'createVolume', name, opts: {} }).result).toStrictEqual({
      ok: false,
      error: { code: 'unprocessable', message },
    });
  });

  it('when a policy that only fails at apply is used, then the create fails as "Failed to create volume"', () => {
    // vdvs.md §3: content is stored unchecked ('(("wrongKey" i50)' is accepted) and fails at volume create (§1).
    const state = drive(base, { type: 'createPolicy', name: 'bad', content: '(("hostFailuresToTolerate" i3))' }).state;

    const r = step(state, { type: 'createVolume', name: 'v1', opts: { 'vsan-policy-name': 'bad' } });

    expect(r.result).toStrictEqual({
      ok: false,
      error: {
        code: 'unprocessable',
        message: 'Failed to create volume v1: 3 failures - RAID-1 (Mirroring) needs 7 fault domains; the cluster has 3',
      },
    });
  });

  it('when the volume already exists, then the plugin reports success and the very same state comes back', () => {
    // vdvs.md §1: "exists: File … already exists (plugin turns "already exists" into success)".
    const state = drive(base, { type: 'createVolume', name: 'v1', opts: {} }).state;

    const r = step(state, { type: 'createVolume', name: 'v1', opts: { size: '1gb' } });

    expect(r.result).toStrictEqual({
      ok: true,
      value: {
        volume: 'v1@vsanDatastore',
        existed: true,
        message: 'File /vmfs/volumes/vsanDatastore/dockvols/_DEFAULT/v1.vmdk already exists',
      },
      unchanged: true,
    });
    // Nothing happened, so the BFF's runtime logs nothing and the Runbook lists the create once.
    expect(r.state).toBe(state);
    expect(r.events).toStrictEqual([]);
  });

  it('when the plugin is not installed, then Docker cannot find the volume plugin', () => {
    // vdvs.md §1: the managed plugin is installed with `--alias vsphere`.
    expect(step(scenario(), { type: 'createVolume', name: 'v1', opts: {} }).result).toStrictEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Error response from daemon: error looking up volume plugin vsphere: plugin "vsphere" not found',
      },
    });
  });
});

describe('policy commands (vdvs.md §3 messages)', () => {
  const withVolume = drive(base, { type: 'createVolume', name: 'v3', opts: { 'vsan-policy-name': 'SW=2' } }).state;

  it.each([
    [{ type: 'createPolicy', name: 'SW=2', content: '()' }, 'conflict', 'Error: Policy already exists'],
    [{ type: 'removePolicy', name: 'SW=2' }, 'conflict', 'Error: Cannot remove. Policy is in use by v3.vmdk'],
    [{ type: 'removePolicy', name: 'gold' }, 'not_found', 'Error: Policy gold does not exist'],
    [
      { type: 'updatePolicy', name: 'SW=2', content: '(("stripeWidth" i2))' },
      'conflict',
      'Error: New policy is identical to old policy. Ignoring.',
    ],
  ])('when %j, then it is %s: %s', (command, code, message) => {
    expect(step(withVolume, command).result).toStrictEqual({ ok: false, error: { code, message } });
  });

  it('when a policy is created, then the task succeeds and the CLI line comes back', () => {
    const r = step(base, { type: 'createPolicy', name: 'gold', content: '(("hostFailuresToTolerate" i1))' });

    expect(r.result).toStrictEqual({
      ok: true,
      taskId: 'task-6',
      value: { message: 'Successfully created policy: gold' },
    });
    expect(r.state.tasks.tasks.at(-1)?.state).toBe('success');
  });

  it('when the policy of a volume is updated, then its object is laid out anew with the new rules', () => {
    // vdvs.md §3: "policy update re-applies to all volumes whose KV names that policy" (objtool setPolicy).
    const r = step(withVolume, { type: 'updatePolicy', name: 'SW=2', content: '(("stripeWidth" i1))' });
    const o = r.state.vsan.objects.find((x) => x.name === 'v3.vmdk');

    expect(r.result).toStrictEqual({
      ok: true,
      taskId: 'task-7',
      value: { message: 'Successfully updated policy SW=2' },
    });
    expect([o?.policy.stripeWidth, o?.layout.type, o?.components.length]).toStrictEqual([1, 'RAID_1', 3]);
  });
});

describe('volume removal and detach (vdvs.md §6–§7)', () => {
  const ready = walkthroughReady().state;

  it('when a volume Harbor mounts is removed, then the plugin refuses: still mounted', () => {
    expect(step(ready, { type: 'removeVolume', name: 'vsanvol1' }).result).toStrictEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Remove failure - volume is still mounted.  volume=vsanvol1@vsanDatastore, refcount=1',
      },
    });
  });

  it('when an attached but unused volume is removed, then ESX refuses: in use by VM', () => {
    const attached = drive(
      ready,
      { type: 'createVolume', name: 'spare', opts: {} },
      { type: 'attachVolume', volume: 'spare', vmId: 'vm-1' },
    ).state;

    expect(step(attached, { type: 'removeVolume', name: 'spare' }).result).toStrictEqual({
      ok: false,
      error: { code: 'conflict', message: 'Failed to remove volume spare, in use by VM = photon-harbor.' },
    });
  });

  it('when a detached volume is detached again, then vDVS reports success and nothing changes', () => {
    const created = drive(ready, { type: 'createVolume', name: 'spare', opts: {} }).state;

    const r = step(created, { type: 'detachVolume', volume: 'spare', vmId: 'vm-1' });

    expect(r.result).toStrictEqual({ ok: true, value: { volume: 'spare@vsanDatastore', detached: false } });
  });

  it('when an unused volume is removed, then its record and its vSAN object are gone', () => {
    const created = drive(ready, { type: 'createVolume', name: 'spare', opts: {} }).state;

    const r = step(created, { type: 'removeVolume', name: 'spare' });

    expect([r.result.ok, r.state.volumes.length, r.state.vsan.objects.length]).toStrictEqual([
      true,
      ready.volumes.length,
      ready.vsan.objects.length,
    ]);
  });
});

describe('malformed commands', () => {
  it.each([
    [null, 'Unknown command type: none'],
    [{ type: 'reboot' }, 'Unknown command type: reboot'],
    [{ type: 'powerHost', hostId: 'host-1', state: 'sideways' }, "powerHost.state must be 'on' or 'off'"],
    [{ type: 'advance', seconds: Number.NaN }, 'advance.seconds must be a finite number'],
    [{ type: 'advance', seconds: 0 }, 'advance.seconds must be above 0 and at most 604800'],
    [{ type: 'setRepairDelay', seconds: 1.5 }, 'setRepairDelay.seconds must be an integer from 0 to 604800'],
    [{ type: 'createVolume', name: 'v', opts: { size: 1 } }, 'createVolume.opts must be an object of strings'],
  ])('when %j is sent, then it is a bad_request: %s', (command, message) => {
    expect(step(base, command).result).toStrictEqual({ ok: false, error: { code: 'bad_request', message } });
  });
});
