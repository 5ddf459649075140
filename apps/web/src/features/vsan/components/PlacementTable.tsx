import type { VsanObject } from '@harborview/contracts/vsan';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { componentStateView } from '../component-state';
import { placementRows, placementRowsByHost } from '../placement-rows';
import type { PlacementRow } from '../placement-rows';

export const PLACEMENT_COLUMNS = [
  'Type',
  'Component State',
  'Host',
  'Fault Domain',
  'Cache Disk',
  'Capacity Disk',
  'Votes',
  'Component UUID',
] as const;

const indent = (depth: number): { paddingLeft: string } => ({ paddingLeft: `${depth * 1.25 + 0.5}rem` });

function Row({ row }: { row: PlacementRow }): ReactNode {
  if (row.kind !== 'component') {
    return (
      <tr className="border-t border-slate-100 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/50">
        <th
          scope="row"
          colSpan={PLACEMENT_COLUMNS.length}
          className="py-1 text-left font-semibold"
          style={indent(row.depth)}
        >
          {row.label}
        </th>
      </tr>
    );
  }
  const c = row.component;
  const state = componentStateView(c);
  return (
    <tr
      data-testid={TEST_IDS.placementComponentRow(c.uuid)}
      className="border-t border-slate-100 dark:border-slate-800"
    >
      <th scope="row" className="py-1 text-left font-normal" style={indent(row.depth)}>
        {c.type}
      </th>
      <td className="px-2 py-1">
        <StatusBadge tone={state.tone} testId={TEST_IDS.componentState(c.uuid)}>
          {state.text}
        </StatusBadge>
      </td>
      <td className="px-2 py-1">{c.hostName}</td>
      <td className="px-2 py-1">{c.faultDomain || '—'}</td>
      <td className="px-2 py-1 font-mono text-xs">{c.cacheDisk || '—'}</td>
      <td className="px-2 py-1 font-mono text-xs">{c.capacityDisk || '—'}</td>
      <td className="px-2 py-1">{c.votes}</td>
      <td className="px-2 py-1 font-mono text-xs">{c.uuid}</td>
    </tr>
  );
}

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
  const rows = groupByHost ? placementRowsByHost(object) : placementRows(object);
  return (
    <table className="w-full min-w-[56rem] text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {PLACEMENT_COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.key} row={row} />
        ))}
      </tbody>
    </table>
  );
}
