import { describe, expect, it } from 'vitest';

import { drive, installed, objectOf, scenario } from '../__fixtures__/drive';
import type { TwinState } from '../state';

import { placementPreviewView } from './placement-preview';

// The wizard's preview is `docker volume create` decided on a copy of the state (vdvs.md §1 create flow) and
// placed by the twin's vSAN rules (vsan-ha.md §1: FTT=n mirroring needs 2n+1 fault domains; stripes on distinct
// capacity devices; witnesses beside the columns).
const GIB = 1024 ** 3;

function withPolicies(): TwinState {
  return drive(
    installed(scenario()),
    { type: 'createPolicy', name: 'SW=2', content: '(("stripeWidth" i2))' },
    { type: 'createPolicy', name: 'ftt2', content: '(("hostFailuresToTolerate" i2))' },
    { type: 'createPolicy', name: 'ftt2-force', content: '(("hostFailuresToTolerate" i2) ("forceProvisioning" i1))' },
    {
      type: 'createPolicy',
      name: 'ftt0-osr50',
      content: '(("hostFailuresToTolerate" i0) ("proportionalCapacity" i50))',
    },
  ).state;
}

describe('placementPreviewView', () => {
  it('when the vSAN default applies on 3 hosts, then two replicas on two hosts and a witness on the third take 2x', () => {
    const preview = placementPreviewView(withPolicies(), { name: 'vsanvol9', opts: { size: '20gb' } });

    expect(preview.ok).toBe(true);
    expect(preview.problem).toBeNull();
    expect(preview.layout).toStrictEqual({ raid: 'RAID-1', ftt: 1, stripeWidth: 1 });
    expect(preview.sizeBytes).toBe(20 * GIB);
    expect(preview.consumedBytes).toBe(40 * GIB);
    expect(preview.components.map((c) => [c.kind, c.group])).toStrictEqual([
      ['Component', 1],
      ['Component', 2],
      ['Witness', 0],
    ]);
    expect(new Set(preview.components.map((c) => c.hostName)).size).toBe(3);
  });

  it('when stripeWidth is 2, then each replica has two components on one host, on different disks', () => {
    const preview = placementPreviewView(withPolicies(), { opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } });

    const replica1 = preview.components.filter((c) => c.group === 1);
    expect(replica1).toHaveLength(2);
    expect(new Set(replica1.map((c) => c.hostName)).size).toBe(1);
    expect(new Set(replica1.map((c) => c.diskName)).size).toBe(2);
    expect(replica1[0]?.bytes).toBe(10 * GIB);
    expect(preview.consumedBytes).toBe(40 * GIB);
  });

  it('when FTT is 2 with mirroring on 3 hosts, then vDVS refuses it with the fault domains it needs and nothing is placed', () => {
    const preview = placementPreviewView(withPolicies(), {
      name: 'v',
      opts: { size: '1gb', 'vsan-policy-name': 'ftt2' },
    });

    expect(preview.ok).toBe(false);
    expect(preview.problem).toBe(
      'Failed to create volume v: 2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3',
    );
    expect(preview.components).toStrictEqual([]);
  });

  it('when FTT 2 is force provisioned on 3 hosts, then one copy is placed and the preview says why', () => {
    const preview = placementPreviewView(withPolicies(), { opts: { size: '1gb', 'vsan-policy-name': 'ftt2-force' } });

    expect(preview.ok).toBe(true);
    expect(preview.layout).toStrictEqual({ raid: 'RAID-0', ftt: 0, stripeWidth: 1 });
    expect(preview.components).toHaveLength(1);
    expect(preview.problem).toBe(
      '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3; force provisioning creates it without that redundancy',
    );
  });

  it('when FTT is 0 with a 50% reservation, then one copy is placed and half of it reserved', () => {
    const preview = placementPreviewView(withPolicies(), { opts: { size: '10gb', 'vsan-policy-name': 'ftt0-osr50' } });

    expect(preview.components).toHaveLength(1);
    expect(preview.consumedBytes).toBe(10 * GIB);
    expect(preview.reservedBytes).toBe(5 * GIB);
  });

  it('when a host is powered off, then it is not used and the default policy no longer fits', () => {
    const start = installed(scenario()).state;
    const off = drive(start, { type: 'powerHost', hostId: start.topology.hosts[0]?.id, state: 'off' }).state;

    const preview = placementPreviewView(off, { name: 'v1', opts: { size: '1gb' } });

    expect(preview.ok).toBe(false);
    expect(preview.problem).toBe(
      'Failed to create volume v1: 1 failure - RAID-1 (Mirroring) needs 3 fault domains; the cluster has 2',
    );
    expect(preview.layout).toStrictEqual({ raid: 'RAID-1', ftt: 1, stripeWidth: 1 });
    expect(preview.consumedBytes).toBe(2 * GIB);
  });

  it('when the size has no unit, then vmdk_ops’s message comes back verbatim and no layout', () => {
    const preview = placementPreviewView(withPolicies(), { opts: { size: '20' } });

    expect(preview).toStrictEqual({
      ok: false,
      problem:
        'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
      layout: null,
      sizeBytes: null,
      components: [],
      consumedBytes: 0,
      reservedBytes: 0,
    });
  });

  it('when previewed, then the state is untouched and the create that follows places the same components', () => {
    const state = withPolicies();
    const before = { rng: state.rng, objects: state.vsan.objects, volumes: state.volumes };

    const preview = placementPreviewView(state, {
      name: 'vsanvol9',
      opts: { size: '20gb', 'vsan-policy-name': 'SW=2' },
    });

    expect({ rng: state.rng, objects: state.vsan.objects, volumes: state.volumes }).toStrictEqual(before);
    const created = drive(state, {
      type: 'createVolume',
      name: 'vsanvol9',
      opts: { size: '20gb', 'vsan-policy-name': 'SW=2' },
    }).state;
    const disks = objectOf(created, 'vsanvol9').components.map((c) => c.capacityDisk.name);
    expect(preview.components.map((c) => c.diskName)).toStrictEqual(disks);
  });
});
