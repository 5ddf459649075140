/**
 * The datastore Files browser (vdvs.md §5): `dockvols/` with the `_DEFAULT` link to `11111111-…`, each volume's
 * descriptor and KV sidecar (no -flat file on vSAN), `policies/`, and one folder per VM. One folder per call.
 */
import { DEFAULT_VMGROUP } from '../../vdvs/types';
import type { LayoutNode } from '../../vdvs/datastore-layout';
import { buildDockvolsTree } from '../../vdvs/datastore-layout';
import type { TwinState } from '../state';

/** One entry (contracts `BrowseEntry`, children left out: browse one folder at a time). */
export interface BrowseEntryView {
  name: string;
  kind: 'folder' | 'file' | 'link';
  sizeBytes: number | null;
  target: string | null;
}

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

function root(s: TwinState): LayoutNode {
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

/** The entries of the folder at `path` (relative to the datastore, links followed); null when there is none. */
export function browseDatastore(s: TwinState, path = ''): { path: string; entries: BrowseEntryView[] } | null {
  const top = root(s);
  const parts = path.split('/').filter((p) => p.length > 0);
  let node: LayoutNode | undefined = top;
  for (const part of parts) {
    const child: LayoutNode | undefined = node?.children?.find((c) => c.name === part);
    // A vmgroup link points at its uuid folder next to it (dockvols/_DEFAULT → dockvols/1111…).
    node = child?.kind === 'link' ? node?.children?.find((c) => c.name === child.target?.split('/').pop()) : child;
  }
  if (node?.kind !== 'folder') return null;
  return {
    path: parts.join('/'),
    entries: (node.children ?? []).map((c) => ({
      name: c.name,
      kind: c.kind,
      sizeBytes: c.size ?? null,
      target: c.target ?? null,
    })),
  };
}
