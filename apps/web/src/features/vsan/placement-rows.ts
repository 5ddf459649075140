import type { Component, LayoutNode, VsanObject } from '@harborview/contracts/vsan';

type RaidType = Exclude<LayoutNode['type'], 'Component'>;

/** One row of the Physical Placement table: a RAID node, a host heading (grouped view) or a component. */
export type PlacementRow =
  | { kind: 'node'; key: string; depth: number; type: RaidType; label: string }
  | { kind: 'host'; key: string; depth: number; hostName: string; label: string }
  | { kind: 'component'; key: string; depth: number; component: Component };

const RAID_LABELS: Record<RaidType, string> = {
  RAID_1: 'RAID 1',
  RAID_0: 'RAID 0',
  RAID_5: 'RAID 5',
  RAID_6: 'RAID 6',
  Concatenation: 'Concatenation',
};

type Placed = Pick<VsanObject, 'layout' | 'components'>;

/**
 * The RAID tree as rows, depth-first (RAID 1 > RAID 0 > components); witnesses and any component the tree does
 * not name follow at the top level, beside the tree, as RVC prints them.
 */
export function placementRows(object: Placed): PlacementRow[] {
  const byUuid = new Map(object.components.map((c) => [c.uuid, c]));
  const placed = new Set<string>();
  const rows: PlacementRow[] = [];
  const walk = (node: LayoutNode, depth: number, path: string): void => {
    if (node.type === 'Component') {
      const component = byUuid.get(node.componentUuid);
      if (!component) return;
      placed.add(component.uuid);
      rows.push({ kind: 'component', key: component.uuid, depth, component });
      return;
    }
    rows.push({ kind: 'node', key: path, depth, type: node.type, label: RAID_LABELS[node.type] });
    node.children.forEach((child, i) => walk(child, depth + 1, `${path}.${i}`));
  };
  walk(object.layout, 0, 'layout');
  for (const component of object.components) {
    if (!placed.has(component.uuid)) rows.push({ kind: 'component', key: component.uuid, depth: 0, component });
  }
  return rows;
}

/** "Group components by host placement": one heading per host (by name), its components under it in tree order. */
export function placementRowsByHost(object: Placed): PlacementRow[] {
  const ordered = placementRows(object).flatMap((r) => (r.kind === 'component' ? [r.component] : []));
  const hosts = [...new Set(ordered.map((c) => c.hostName))].sort((a, b) => a.localeCompare(b));
  return hosts.flatMap((hostName): PlacementRow[] => [
    { kind: 'host', key: `host:${hostName}`, depth: 0, hostName, label: hostName },
    ...ordered
      .filter((c) => c.hostName === hostName)
      .map((component): PlacementRow => ({ kind: 'component', key: component.uuid, depth: 1, component })),
  ]);
}
