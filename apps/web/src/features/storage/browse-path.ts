import type { BrowseEntry } from '@harborview/contracts/datastore-browse';

export interface Crumb {
  label: string;
  path: string;
}

/** The breadcrumb of a datastore-relative folder: the root, then each folder down to `path`. */
export function breadcrumbs(rootLabel: string, path: string): Crumb[] {
  const parts = path.split('/').filter(Boolean);
  return [
    { label: rootLabel, path: '' },
    ...parts.map((label, i) => ({ label, path: parts.slice(0, i + 1).join('/') })),
  ];
}

/** The path of an entry inside a folder. */
export function childPath(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

/** Whether the browser can open an entry: folders, and links (vDVS links name vmgroup folders, e.g. `_DEFAULT`). */
export function isOpenable(entry: BrowseEntry): boolean {
  return entry.kind === 'folder' || entry.kind === 'link';
}

/** The Type column, naming what vDVS keeps where (vdvs.md §5). */
export function fileTypeLabel(entry: BrowseEntry, folder: string): string {
  if (entry.kind === 'folder') return 'Folder';
  if (entry.kind === 'link') return 'Link';
  const name = entry.name.toLowerCase();
  if (name.endsWith('.vmfd')) return 'vDVS metadata sidecar (KV)';
  if (/-\d{6}\.vmdk$/.test(name)) return 'Snapshot delta disk';
  if (name.endsWith('-flat.vmdk')) return 'Virtual disk data';
  if (name.endsWith('.vmdk')) return 'Virtual disk descriptor';
  if (name.endsWith('.vmx')) return 'VM configuration';
  if (folder.split('/').at(-1) === 'policies') {
    if (name.endsWith('.old')) return 'Storage policy (previous content)';
    if (name.endsWith('.failed_volume_updates')) return 'Storage policy (failed volume updates)';
    return 'vDVS storage policy';
  }
  return 'File';
}
