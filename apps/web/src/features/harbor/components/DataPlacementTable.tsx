import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { DataTable } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { componentStateBadge } from '../../vsan/component-state';
import { healthTone } from '../../vsan/health';
import type { DataPlacementRow } from '../data-placement';

function HostsCell({ placement, problem }: Pick<DataPlacementRow, 'placement' | 'problem'>): ReactNode {
  if (problem) return <span role="alert">{problem}</span>;
  if (!placement) return 'Loading placement…';
  return (
    <ul className="space-y-0.5">
      {placement.hosts.map((h) => (
        <li key={h.hostName} className="flex flex-wrap items-center gap-1">
          <span>{h.hostName}</span>
          {h.states.map((s) => (
            <StatusBadge key={s} tone={componentStateBadge(s).tone}>
              {componentStateBadge(s).label}
            </StatusBadge>
          ))}
          <span className="font-mono text-xs text-slate-600 dark:text-slate-300">{h.disks.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}

const COLUMNS: TableColumn<DataPlacementRow>[] = [
  { header: 'Service', rowHeader: true, className: 'font-semibold', cell: (row) => row.service },
  { header: 'Mount', className: 'font-mono text-xs', cell: (row) => row.target },
  {
    header: 'Volume',
    cell: (row) => (
      <Link to={CONSOLE_PATHS.volume(row.volume)} className="text-sky-700 underline dark:text-sky-300">
        {row.volume}
      </Link>
    ),
  },
  {
    header: 'Object health',
    cell: (row) =>
      row.placement ? (
        <StatusBadge tone={healthTone(row.placement.health)}>{row.placement.healthLabel}</StatusBadge>
      ) : (
        '—'
      ),
  },
  {
    header: 'Hosts and disks holding the data',
    cell: (row) => <HostsCell placement={row.placement} problem={row.problem} />,
  },
];

/** For each service, the hosts and disks its data sits on (mount → volume → object components). */
export function DataPlacementTable({ rows }: { rows: DataPlacementRow[] }): ReactNode {
  return (
    <DataTable
      caption="Where Harbor’s data sits"
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => `${row.service}:${row.target}`}
      rowProps={() => ({ className: 'align-top' })}
      empty={<EmptyState>No service keeps data on a vDVS volume: bind mounts live on the VM’s own disk.</EmptyState>}
    />
  );
}
