import type { VsanObjectRow } from '@harborview/contracts/vsan';

export interface ObjectGroup {
  key: string;
  /** The VM or volume the objects belong to, or null for objects with no owner. */
  owner: VsanObjectRow['owner'];
  objects: VsanObjectRow[];
}

const KIND_ORDER: Record<VsanObjectRow['kind'], number> = { namespace: 0, vdisk: 1, vmswap: 2 };

/**
 * Virtual Objects groups objects under their VM or volume (vsphere-client-ui.md): VMs first, then volumes, each by
 * name; inside a group the VM home comes first, then disks, then swap; objects with no owner come last.
 */
export function groupObjectsByOwner(rows: VsanObjectRow[]): ObjectGroup[] {
  const groups = new Map<string, ObjectGroup>();
  for (const row of rows) {
    const key = row.owner ? `${row.owner.kind}:${row.owner.id}` : 'none';
    const group = groups.get(key) ?? { key, owner: row.owner, objects: [] };
    group.objects.push(row);
    groups.set(key, group);
  }
  const rank = (g: ObjectGroup): number => (g.owner === null ? 2 : g.owner.kind === 'vm' ? 0 : 1);
  return [...groups.values()]
    .map((g) => ({
      ...g,
      objects: [...g.objects].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => rank(a) - rank(b) || (a.owner?.name ?? '').localeCompare(b.owner?.name ?? ''));
}

/** The Type column's words for an object kind. */
export const OBJECT_KIND_LABELS: Record<VsanObjectRow['kind'], string> = {
  namespace: 'VM home',
  vdisk: 'Virtual disk',
  vmswap: 'VM swap',
};
