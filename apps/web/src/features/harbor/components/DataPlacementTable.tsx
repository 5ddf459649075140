import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { EmptyState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { componentStateBadge } from '../../vsan/component-state';
import { healthTone } from '../../vsan/health';
import type { DataPlacementRow } from '../data-placement';

const COLUMNS = ['Service', 'Mount', 'Volume', 'Object health', 'Hosts and disks holding the data'] as const;

/** For each service, the hosts and disks its data sits on (mount → volume → object components). */
export function DataPlacementTable({ rows }: { rows: DataPlacementRow[] }): ReactNode {
  if (rows.length === 0)
    return <EmptyState>No service keeps data on a vDVS volume: bind mounts live on the VM’s own disk.</EmptyState>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Where Harbor’s data sits</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.service}:${row.target}`}
            className="border-t border-slate-100 align-top dark:border-slate-800"
          >
            <th scope="row" className="px-2 py-1 text-left font-semibold">
              {row.service}
            </th>
            <td className="px-2 py-1 font-mono text-xs">{row.target}</td>
            <td className="px-2 py-1">
              <Link to={CONSOLE_PATHS.volume(row.volume)} className="text-sky-700 underline dark:text-sky-300">
                {row.volume}
              </Link>
            </td>
            <td className="px-2 py-1">
              {row.placement ? (
                <StatusBadge tone={healthTone(row.placement.health)}>{row.placement.healthLabel}</StatusBadge>
              ) : (
                '—'
              )}
            </td>
            <td className="px-2 py-1">
              {row.placement ? (
                <ul className="space-y-0.5">
                  {row.placement.hosts.map((h) => (
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
              ) : (
                'Loading placement…'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
