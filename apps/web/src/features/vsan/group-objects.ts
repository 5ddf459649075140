import type { VsanObjectRow } from '@harborview/contracts/vsan';

export interface ObjectGroup {
  key: string;
  /** The VM or volume the objects belong to, or null for objects with no owner. */
  owner: VsanObjectRow['owner'];
  objects: VsanObjectRow[];
}

const KIND_ORDER: Record<VsanObjectRow['kind'], number> = { namespace: 0, vdisk: 1, vmswap: 2 };
// One collator for every comparison: `localeCompare` sets one up per call.
const byName = new Intl.Collator().compare;

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
      objects: [...g.objects].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byName(a.name, b.name)),
    }))
    .sort((a, b) => rank(a) - rank(b) || byName(a.owner?.name ?? '', b.owner?.name ?? ''));
}

/** One line of the Virtual Objects list: an owner's heading or one of its objects. */
export type ObjectListRow =
  { kind: 'owner'; key: string; group: ObjectGroup } | { kind: 'object'; key: string; object: VsanObjectRow };

/** The groups as the list's lines, each heading followed by its objects, for a virtualized list of equal rows. */
export function objectListRows(groups: ObjectGroup[]): ObjectListRow[] {
  return groups.flatMap((group): ObjectListRow[] => [
    { kind: 'owner', key: `owner:${group.key}`, group },
    ...group.objects.map((object): ObjectListRow => ({ kind: 'object', key: object.uuid, object })),
  ]);
}

/** The Type column's words for an object kind. */
export const OBJECT_KIND_LABELS: Record<VsanObjectRow['kind'], string> = {
  namespace: 'VM home',
  vdisk: 'Virtual disk',
  vmswap: 'VM swap',
};
