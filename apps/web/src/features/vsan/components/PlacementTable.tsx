import type { Component, VsanObject } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { DataTable } from '../../../shared/ui/DataTable';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { componentStateView } from '../component-state';
import type { PlacementRow } from '../placement-rows';
import { placementRows, placementRowsByHost } from '../placement-rows';

// RAID nodes and hosts head the components under them, indented by depth.
const indent = (depth: number): { paddingLeft: string } => ({ paddingLeft: `${depth * 1.25}rem` });

/** A cell of a component row (group rows span the table and have none). */
function ofComponent(fill: (c: Component, depth: number) => ReactNode): (row: PlacementRow) => ReactNode {
  return (row) => (row.kind === 'component' ? fill(row.component, row.depth) : null);
}

export const PLACEMENT_COLUMNS: TableColumn<PlacementRow>[] = [
  {
    header: 'Type',
    rowHeader: true,
    className: 'font-normal',
    cell: ofComponent((c, depth) => <div style={indent(depth)}>{c.type}</div>),
  },
  {
    header: 'Component State',
    cell: ofComponent((c) => {
      const state = componentStateView(c);
      return (
        <StatusBadge tone={state.tone} testId={TEST_IDS.componentState(c.uuid)}>
          {state.text}
        </StatusBadge>
      );
    }),
  },
  { header: 'Host', cell: ofComponent((c) => c.hostName) },
  { header: 'Fault Domain', cell: ofComponent((c) => c.faultDomain || '—') },
  { header: 'Cache Disk', className: 'font-mono text-xs', cell: ofComponent((c) => c.cacheDisk || '—') },
  { header: 'Capacity Disk', className: 'font-mono text-xs', cell: ofComponent((c) => c.capacityDisk || '—') },
  { header: 'Votes', cell: ofComponent((c) => c.votes) },
  { header: 'Component UUID', className: 'font-mono text-xs', cell: ofComponent((c) => c.uuid) },
];

/** The Physical Placement table: the RAID tree (or components grouped by host) with each component's placement. */
export function PlacementTable({
  object,
  groupByHost,
  caption,
}: {
  object: Pick<VsanObject, 'layout' | 'components'>;
  groupByHost: boolean;
  caption: string;
}): ReactNode {
  return (
    <DataTable
      caption={caption}
      className="min-w-[56rem]"
      columns={PLACEMENT_COLUMNS}
      rows={groupByHost ? placementRowsByHost(object) : placementRows(object)}
      rowKey={(row) => row.key}
      groupRow={(row) => (row.kind === 'component' ? undefined : <div style={indent(row.depth)}>{row.label}</div>)}
      rowProps={(row) =>
        row.kind === 'component' ? { testId: TEST_IDS.placementComponentRow(row.component.uuid) } : {}
      }
    />
  );
}
