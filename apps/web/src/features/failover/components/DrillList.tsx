import type { DrillSummary } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatTime } from '../../../shared/lib/format';
import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { DataTable } from '../../../shared/ui/DataTable';
import { formatDuration } from '../../../shared/ui/duration';
import { EmptyState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';

import { DrillStatusBadge } from './DrillStatusBadge';

const linkClass = 'text-sky-700 underline dark:text-sky-300';

const COLUMNS: TableColumn<DrillSummary>[] = [
  {
    header: 'Drill',
    rowHeader: true,
    className: 'font-normal',
    cell: (d) => (
      <Link to={CONSOLE_PATHS.failoverDrill(d.id)} className={linkClass}>
        {d.description}
      </Link>
    ),
  },
  { header: 'Started', cell: (d) => formatTime(d.startedAt) },
  { header: 'Status', cell: (d) => <DrillStatusBadge status={d.status} /> },
  { header: 'VM on after', cell: (d) => formatDuration(d.rto.vmPoweredOnSeconds) },
  { header: 'Harbor healthy after', cell: (d) => formatDuration(d.rto.harborHealthySeconds) },
  {
    header: 'Data',
    cell: (d) =>
      d.verdict ? (
        <StatusBadge tone={d.verdict === 'intact' ? 'ok' : d.verdict === 'lost' ? 'error' : 'warn'}>
          {d.verdict}
        </StatusBadge>
      ) : (
        '—'
      ),
  },
  {
    header: 'Replay',
    hideHeader: true,
    cell: (d) => (
      <Link to={CONSOLE_PATHS.failoverReplay(d.id)} className={linkClass}>
        Replay<span className="sr-only"> {d.description}</span>
      </Link>
    ),
  },
];

/** Past and running drills, each with links to its live view and its replay. */
export function DrillList({ drills }: { drills: readonly DrillSummary[] }): ReactNode {
  return (
    <DataTable
      label="Drills"
      testId={TEST_IDS.drillList}
      variant="compact"
      columns={COLUMNS}
      rows={drills}
      rowKey={(d) => d.id}
      rowProps={(d) => ({ testId: TEST_IDS.drillRow(d.id) })}
      empty={<EmptyState>No drills yet. Pick a fault above and start one.</EmptyState>}
    />
  );
}
