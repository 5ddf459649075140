/**
 * The `dockvols/` tree vDVS leaves on one datastore (vdvs.md §5): a folder per vmgroup uuid with a readable
 * link named after the vmgroup (`_DEFAULT` → `11111111-…`), each volume's descriptor, flat file (not on vSAN)
 * and KV sidecar, and `policies/` on the vSAN datastore that holds them (vdvs.md §3).
 */
import type { BrowseEntryKind } from '@harborview/contracts/vocabulary';

import { renderKvSidecar, sidecarFileName } from './kv-sidecar';
import { DOCK_VOLS_DIR, dockvolsPath } from './paths';
import type { StoredPolicy } from './policy-store';
import { policyFileText } from './policy-store';
import { pyListRepr } from './py-format';
import type { DatastoreInfo, VdvsVolume, Vmgroup } from './types';
import { flatFileName, renderVmdkDescriptor } from './vmdk-descriptor';

/** One node of the file tree; sizes are bytes. */
export interface LayoutNode {
  name: string;
  kind: BrowseEntryKind;
  size?: number;
  target?: string;
  children?: LayoutNode[];
}

/** What one datastore's tree is built from. */
export interface DockvolsLayoutInput {
  datastore: DatastoreInfo;
  /** All volumes; those on other datastores are ignored. */
  volumes: readonly VdvsVolume[];
  vmgroups: readonly Vmgroup[];
  /** The policy files when this is the (first) vSAN datastore that keeps them, else null. */
  policies: readonly StoredPolicy[] | null;
}

// Byte order, as `ls` sorts in the C locale.
const byName = (a: LayoutNode, b: LayoutNode): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const file = (name: string, text: string): LayoutNode => ({ name, kind: 'file', size: utf8Length(text) });

/**
 * A volume's file, sized by its rendered text the first time `size` is read: a folder of 10,000 volumes lists its
 * 20,000 names at once, but the Files browser shows them a page at a time, so only the files shown are rendered.
 * A class, not an object literal with a getter, so the 20,000 nodes share one shape and cost little to build.
 */
class RenderedFile implements LayoutNode {
  readonly kind = 'file';
  #size: number | undefined;

  constructor(
    readonly name: string,
    private readonly volume: VdvsVolume,
    private readonly render: (volume: VdvsVolume) => string,
  ) {}

  get size(): number {
    return (this.#size ??= utf8Length(this.render(this.volume)));
  }
}

// Volume records are immutable: each one's files are built once and shared by every tree that lists the volume.
const VOLUME_FILES = new WeakMap<VdvsVolume, readonly LayoutNode[]>();

function volumeFiles(volume: VdvsVolume): readonly LayoutNode[] {
  const known = VOLUME_FILES.get(volume);
  if (known !== undefined) return known;
  const files: LayoutNode[] = [
    new RenderedFile(`${volume.name}.vmdk`, volume, renderVmdkDescriptor),
    new RenderedFile(sidecarFileName(volume), volume, renderKvSidecar),
  ];
  // On vSAN the data is an object named in the descriptor; there is no -flat file (vdvs.md §5).
  if (volume.datastoreType !== 'vsan')
    files.push({ name: flatFileName(volume), kind: 'file', size: volume.sizeKb * 1024 });
  VOLUME_FILES.set(volume, files);
  return files;
}

function policyFiles(policies: readonly StoredPolicy[]): LayoutNode[] {
  return policies.flatMap((p) => [
    file(p.name, policyFileText(p)),
    // Left behind by an update that failed for some volumes (vsan_policy.py).
    ...(p.previousContent !== undefined ? [file(`${p.name}.old`, `${p.previousContent}\n`)] : []),
    ...(p.failedVolumeUpdates !== undefined
      ? [file(`${p.name}.failed_volume_updates`, `${pyListRepr(p.failedVolumeUpdates)}\n`)]
      : []),
  ]);
}

/** The `dockvols` folder of one datastore; volume folders exist only once a volume was created there. */
export function buildDockvolsTree(input: DockvolsLayoutInput): LayoutNode {
  const volumes = input.volumes.filter((v) => v.datastore === input.datastore.name);
  const uuids = [...new Set(volumes.map((v) => v.vmgroupUuid))];
  const children: LayoutNode[] = [];
  for (const uuid of uuids) {
    const files = volumes
      .filter((v) => v.vmgroupUuid === uuid)
      .flatMap(volumeFiles)
      .sort(byName);
    children.push({ name: uuid, kind: 'folder', children: files });
    // A deleted vmgroup loses its link; its volumes stay in the uuid folder as orphans (vdvs.md §5).
    const group = input.vmgroups.find((g) => g.uuid === uuid);
    if (group)
      children.push({ name: group.name, kind: 'link', target: `${dockvolsPath(input.datastore.name)}/${uuid}` });
  }
  if (input.policies !== null) {
    children.push({ name: 'policies', kind: 'folder', children: policyFiles(input.policies).sort(byName) });
  }
  return { name: DOCK_VOLS_DIR, kind: 'folder', children: children.sort(byName) };
}
