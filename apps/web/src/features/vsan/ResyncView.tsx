import type { ResyncSummary } from '@harborview/contracts/cluster';
import { TEST_IDS } from '@harborview/testids/testids';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { formatBytes } from '../../shared/lib/format';
import { formatDuration } from '../../shared/ui/duration';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { EmptyState } from '../../shared/ui/QueryState';

import { fieldClass } from './components/ObjectFilters';
import { filterResync, intentsOf, RESYNC_STATUS_LABELS } from './resync-filter';
import type { ResyncFilter, ResyncObject } from './resync-filter';

const COLUMNS = ['Name', 'vSAN UUID', 'Bytes left', 'ETA', 'Intent', 'Status'] as const;

/** Monitor > vSAN > Resyncing Objects: totals, scheduled vs pending, and the objects with Intent/Status filters. */
export function ResyncView({ resync }: { resync: ResyncSummary }): ReactNode {
  const [filter, setFilter] = useState<ResyncFilter>({});
  const rows = filterResync(resync.objects, filter);
  return (
    <div className="space-y-3">
      <Portlet title="Resyncing Objects" testId={TEST_IDS.resyncSummary}>
        <PropertyList
          items={[
            ['Total resyncing objects', resync.totalObjects],
            ['Bytes left to resync', formatBytes(resync.bytesLeft)],
            ['Total resyncing ETA', formatDuration(resync.etaSeconds)],
            ['Scheduled resyncing', `${resync.scheduled} scheduled (waiting on the repair timer)`],
            ['Pending resyncing', `${resync.pending} pending (timer expired, nowhere to resync to)`],
          ]}
        />
      </Portlet>
      <div role="search" aria-label="Filter resyncing objects" className="flex gap-3 text-sm">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-slate-600 dark:text-slate-300">Intent</span>
          <select
            className={fieldClass}
            value={filter.intent ?? ''}
            onChange={(e) => setFilter({ ...filter, intent: e.target.value || undefined })}
          >
            <option value="">All intents</option>
            {intentsOf(resync.objects).map((i) => (
              <option key={i}>{i}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-slate-600 dark:text-slate-300">Status</span>
          <select
            className={fieldClass}
            value={filter.status ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, status: (e.target.value || undefined) as ResyncObject['status'] | undefined })
            }
          >
            <option value="">All statuses</option>
            {Object.entries(RESYNC_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <EmptyState>No objects are resyncing.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Resyncing objects</caption>
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
            {rows.map((o) => (
              <tr key={o.uuid} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {o.name}
                </th>
                <td className="px-2 py-1 font-mono text-xs">{o.uuid}</td>
                <td className="px-2 py-1">{formatBytes(o.bytesLeft)}</td>
                <td className="px-2 py-1">{formatDuration(o.etaSeconds)}</td>
                <td className="px-2 py-1">{o.intent}</td>
                <td className="px-2 py-1">{RESYNC_STATUS_LABELS[o.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
