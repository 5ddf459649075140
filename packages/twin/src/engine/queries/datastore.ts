/**
 * The datastore Files browser (vdvs.md §5): `dockvols/` with the `_DEFAULT` link to `11111111-…`, each volume's
 * descriptor and KV sidecar (no -flat file on vSAN), `policies/`, and one folder per VM. One page of one folder per
 * call.
 */
import type { BrowseEntry, BrowseResult } from '@harborview/contracts/datastore-browse';

import type { LayoutNode } from '../../vdvs/datastore-layout';
import { buildDockvolsTree } from '../../vdvs/datastore-layout';
import { DEFAULT_VMGROUP } from '../../vdvs/types';
import type { TwinState } from '../state';

function vmFolder(s: TwinState, vmId: string): LayoutNode | null {
  const vm = s.topology.vms.find((v) => v.id === vmId);
  if (vm === undefined) return null;
  const own = vm.disks.filter((d) => d.volumeName === null);
  // Sizes of .vmx and the thin .vmdk descriptors are small and unmodelled; the swap file is the VM's memory [U].
  const files: LayoutNode[] = [
    { name: `${vm.name}.vmx`, kind: 'file', size: 3 * 1024 },
    ...own.map<LayoutNode>((d) => ({
      name: d.vmdkPath.split('/').pop() ?? d.label,
      kind: 'file',
      size: d.capacityBytes,
    })),
    ...(vm.swapObjectUuid === null ? [] : [{ name: `${vm.name}.vswp`, kind: 'file' as const, size: vm.memoryBytes }]),
  ];
  return { name: vm.name, kind: 'folder', children: files };
}

function buildRoot(s: TwinState): LayoutNode {
  const dockvols = buildDockvolsTree({
    datastore: { name: s.topology.datastore.name, type: 'vsan' },
    volumes: s.volumes,
    vmgroups: [DEFAULT_VMGROUP],
    policies: s.policies.store,
  });
  const vms = s.topology.vms.flatMap((vm) => {
    const folder = vmFolder(s, vm.id);
    return folder === null ? [] : [folder];
  });
  return { name: '', kind: 'folder', children: [dockvols, ...vms] };
}

interface RootInputs {
  store: TwinState['policies']['store'];
  vms: TwinState['topology']['vms'];
  datastoreName: string;
}

// Paging through a 20,000-entry folder asks for the same tree once per page, and the clock's ticks make new states
// that leave the files alone: the tree is kept per volumes array with the other inputs it was built from.
const ROOTS = new WeakMap<TwinState['volumes'], { inputs: RootInputs; root: LayoutNode }>();

function root(s: TwinState): LayoutNode {
  const inputs: RootInputs = { store: s.policies.store, vms: s.topology.vms, datastoreName: s.topology.datastore.name };
  const known = ROOTS.get(s.volumes);
  if (
    known !== undefined &&
    known.inputs.store === inputs.store &&
    known.inputs.vms === inputs.vms &&
    known.inputs.datastoreName === inputs.datastoreName
  )
    return known.root;
  const built = buildRoot(s);
  ROOTS.set(s.volumes, { inputs, root: built });
  return built;
}

/** Which entries of a folder to return; the whole folder unless given. */
export interface BrowsePage {
  offset: number;
  limit: number;
}

/**
 * The entries of the folder at `path` (relative to the datastore, links followed), paged; null when there is no
 * such folder; entries leave out `children` (browse one folder at a time). Only the page's entries are sized, so a page of `_DEFAULT` costs the same at 10 or 10,000 volumes.
 * @example browseDatastore(s, 'dockvols/_DEFAULT', { offset: 500, limit: 500 })
 */
export function browseDatastore(
  s: TwinState,
  path = '',
  page: BrowsePage = { offset: 0, limit: Number.POSITIVE_INFINITY },
): BrowseResult | null {
  const parts = path.split('/').filter((p) => p.length > 0);
  let node: LayoutNode | undefined = root(s);
  for (const part of parts) {
    const child: LayoutNode | undefined = node?.children?.find((c) => c.name === part);
    // A vmgroup link points at its uuid folder next to it (dockvols/_DEFAULT → dockvols/1111…).
    node = child?.kind === 'link' ? node?.children?.find((c) => c.name === child.target?.split('/').pop()) : child;
  }
  if (node?.kind !== 'folder') return null;
  const children = node.children ?? [];
  return {
    path: parts.join('/'),
    entries: children.slice(page.offset, page.offset + page.limit).map((c): BrowseEntry => ({
      name: c.name,
      kind: c.kind,
      sizeBytes: c.size ?? null,
      target: c.target ?? null,
    })),
    total: children.length,
    offset: page.offset,
  };
}
