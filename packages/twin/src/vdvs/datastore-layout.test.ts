import { describe, expect, it } from 'vitest';

import { makeVolume } from './__fixtures__/volumes';
import type { LayoutNode } from './datastore-layout';
import { buildDockvolsTree } from './datastore-layout';
import { sidecarFileName } from './kv-sidecar';
import { DEFAULT_VMGROUP, DEFAULT_VMGROUP_UUID } from './types';
import { extentLine, renderVmdkDescriptor } from './vmdk-descriptor';

const VSAN = { name: 'vsanDatastore', type: 'vsan' as const };
const VMFS = { name: 'sharedVmfs-0', type: 'vmfs' as const };

const names = (node: LayoutNode | undefined): string[] => (node?.children ?? []).map((c) => c.name);

describe('buildDockvolsTree', () => {
  it('when VMFS holds two volumes, then each has descriptor, flat file and sidecar under the _DEFAULT uuid folder', () => {
    // vdvs.md §5 real listing (PR #416): ayo.vmdk ayo-flat.vmdk ayo-<hex>.vmfd ...; _DEFAULT → 11111111-… .
    const ayo = makeVolume({ name: 'ayo' });
    const vol = makeVolume({ name: 'vol' });
    const tree = buildDockvolsTree({
      datastore: VMFS,
      volumes: [ayo, vol],
      vmgroups: [DEFAULT_VMGROUP],
      policies: null,
    });

    expect(tree.name).toBe('dockvols');
    expect(tree.children?.map((c) => [c.name, c.kind, c.target])).toStrictEqual([
      [DEFAULT_VMGROUP_UUID, 'folder', undefined],
      ['_DEFAULT', 'link', `/vmfs/volumes/sharedVmfs-0/dockvols/${DEFAULT_VMGROUP_UUID}`],
    ]);
    expect(names(tree.children?.[0])).toStrictEqual(
      ['ayo.vmdk', 'ayo-flat.vmdk', sidecarFileName(ayo), 'vol.vmdk', 'vol-flat.vmdk', sidecarFileName(vol)].sort(),
    );
  });

  it('when a thick volume sits on VMFS, then its flat file is the full size and the sidecar 4096 bytes', () => {
    // vdvs.md §5: data in <name>-flat.vmdk; KV padded to 4096 B.
    const tree = buildDockvolsTree({
      datastore: VMFS,
      volumes: [makeVolume({ name: 'a' })],
      vmgroups: [DEFAULT_VMGROUP],
      policies: null,
    });
    const files = tree.children?.[0]?.children ?? [];

    expect(files.find((f) => f.name === 'a-flat.vmdk')?.size).toBe(100 * 1024 * 1024);
    expect(files.find((f) => f.name.endsWith('.vmfd'))?.size).toBe(4096);
  });

  it('when the vSAN datastore holds a volume and policies, then there is no -flat file and policies/ lists the files', () => {
    // vdvs.md §5: on vSAN no -flat file; vdvs.md §3: dockvols/policies/<name>, `.old` and `.failed_volume_updates` after a partial update.
    const volume = makeVolume({ name: 'db', datastore: 'vsanDatastore', datastoreType: 'vsan' });
    const policies = [
      { name: 'gold', content: '(("stripeWidth" i2))' },
      { name: 'silver', content: '()', previousContent: '(("stripeWidth" i1))', failedVolumeUpdates: ['db.vmdk'] },
    ];
    const tree = buildDockvolsTree({ datastore: VSAN, volumes: [volume], vmgroups: [DEFAULT_VMGROUP], policies });

    expect(names(tree)).toStrictEqual([DEFAULT_VMGROUP_UUID, '_DEFAULT', 'policies']);
    expect(names(tree.children?.[0])).toStrictEqual([sidecarFileName(volume), 'db.vmdk'].sort());
    expect(tree.children?.[2]?.children).toStrictEqual([
      { name: 'gold', kind: 'file', size: 21 },
      { name: 'silver', kind: 'file', size: 3 },
      { name: 'silver.failed_volume_updates', kind: 'file', size: 12 },
      { name: 'silver.old', kind: 'file', size: 21 },
    ]);
  });

  it('when a vmgroup was deleted, then its volumes stay in the uuid folder without a link', () => {
    // vdvs.md §5: volumes of a deleted vmgroup show as orphans.
    const tree = buildDockvolsTree({
      datastore: VMFS,
      volumes: [makeVolume({ vmgroupUuid: 'gone' })],
      vmgroups: [DEFAULT_VMGROUP],
      policies: null,
    });

    expect(tree.children?.map((c) => c.kind)).toStrictEqual(['folder']);
  });

  it('when volumes live on other datastores, then this datastore has an empty dockvols', () => {
    // vdvs.md §5: volumes live in `dockvols` of their own datastore.
    expect(
      buildDockvolsTree({ datastore: VSAN, volumes: [makeVolume()], vmgroups: [DEFAULT_VMGROUP], policies: null }),
    ).toStrictEqual({
      name: 'dockvols',
      kind: 'folder',
      children: [],
    });
  });
});

describe('renderVmdkDescriptor', () => {
  it('when the volume is on vSAN, then the extent points at a vsan:// object that vmdk_ops regex finds', () => {
    // vdvs.md §5: extent line `RW <sectors> VMFS "vsan://<object-uuid>"`, used by get_vsan_uuid.
    const volume = makeVolume({
      datastore: 'vsanDatastore',
      datastoreType: 'vsan',
      vsanObjectUuid: '33ca0255-aaaa-bbbb-cccc-001122334455',
    });

    expect(extentLine(volume)).toBe('RW 204800 VMFS "vsan://33ca0255-aaaa-bbbb-cccc-001122334455"');
    expect(/RW .* VMFS "vsan:\/\/(.*)"/.exec(renderVmdkDescriptor(volume))?.[1]).toBe(
      '33ca0255-aaaa-bbbb-cccc-001122334455',
    );
  });

  it('when the volume is on VMFS, then the extent is the flat file and the sidecar is referenced', () => {
    // vdvs.md §5: `<name>-flat.vmdk`; descriptor references the sidecar via ddb.sidecars keyed docker-volume-vsphere.
    const volume = makeVolume({ name: 'vol' });
    const text = renderVmdkDescriptor(volume);

    expect(text).toContain('RW 204800 VMFS "vol-flat.vmdk"');
    expect(text).toContain(`ddb.sidecars = "docker-volume-vsphere,${sidecarFileName(volume)}"`);
    expect(text).toContain('ddb.thinProvisioned = "1"');
  });

  it('when rendered twice, then the text is identical (deterministic ids)', () => {
    // vdvs.md §5 descriptor; the twin derives ESX's random ids from the volume.
    expect(renderVmdkDescriptor(makeVolume())).toBe(renderVmdkDescriptor(makeVolume()));
  });
});
