import type { DrillSummary } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatTime } from '../../../shared/lib/format';
import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { formatDuration } from '../../../shared/ui/duration';
import { EmptyState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

import { DrillStatusBadge } from './DrillStatusBadge';
import { ColumnHeads } from './TableParts';

const COLUMNS = ['Drill', 'Started', 'Status', 'VM on after', 'Harbor healthy after', 'Data', ''] as const;

/** Past and running drills, each with links to its live view and its replay. */
export function DrillList({ drills }: { drills: readonly DrillSummary[] }): ReactNode {
  if (drills.length === 0) return <EmptyState>No drills yet. Pick a fault above and start one.</EmptyState>;
  return (
    <table data-testid={TEST_IDS.drillList} aria-label="Drills" className="w-full border-collapse text-sm">
      <ColumnHeads columns={COLUMNS} srLabel="Replay" />
      <tbody>
        {drills.map((d) => (
          <tr
            key={d.id}
            data-testid={TEST_IDS.drillRow(d.id)}
            className="border-t border-slate-200 dark:border-slate-700"
          >
            <th scope="row" className="px-1 py-1 text-left font-normal">
              <Link to={CONSOLE_PATHS.failoverDrill(d.id)} className="text-sky-700 underline dark:text-sky-300">
                {d.description}
              </Link>
            </th>
            <td className="px-1 py-1">{formatTime(d.startedAt)}</td>
            <td className="px-1 py-1">
              <DrillStatusBadge status={d.status} />
            </td>
            <td className="px-1 py-1">{formatDuration(d.rto.vmPoweredOnSeconds)}</td>
            <td className="px-1 py-1">{formatDuration(d.rto.harborHealthySeconds)}</td>
            <td className="px-1 py-1">
              {d.verdict ? (
                <StatusBadge tone={d.verdict === 'intact' ? 'ok' : d.verdict === 'lost' ? 'error' : 'warn'}>
                  {d.verdict}
                </StatusBadge>
              ) : (
                '—'
              )}
            </td>
            <td className="px-1 py-1">
              <Link to={CONSOLE_PATHS.failoverReplay(d.id)} className="text-sky-700 underline dark:text-sky-300">
                Replay<span className="sr-only"> {d.description}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
