import type { ResyncSummary } from '@harborview/contracts/cluster';
import { TEST_IDS } from '@harborview/testids/testids';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { formatBytes } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { fieldClass } from '../../shared/ui/form-styles';
import { formatDuration } from '../../shared/ui/duration';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { EmptyState } from '../../shared/ui/QueryState';
import type { TableColumn } from '../../shared/ui/table-columns';

import { filterResync, intentsOf, RESYNC_STATUS_LABELS } from './resync-filter';
import type { ResyncFilter, ResyncObject } from './resync-filter';

const COLUMNS: TableColumn<ResyncObject>[] = [
  { header: 'Name', rowHeader: true, className: 'font-normal', cell: (o) => o.name },
  { header: 'vSAN UUID', className: 'font-mono text-xs', cell: (o) => o.uuid },
  { header: 'Bytes left', cell: (o) => formatBytes(o.bytesLeft) },
  { header: 'ETA', cell: (o) => formatDuration(o.etaSeconds) },
  { header: 'Intent', cell: (o) => o.intent },
  { header: 'Status', cell: (o) => RESYNC_STATUS_LABELS[o.status] },
];

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
      <DataTable
        caption="Resyncing objects"
        columns={COLUMNS}
        rows={rows}
        rowKey={(o) => o.uuid}
        empty={<EmptyState>No objects are resyncing.</EmptyState>}
      />
    </div>
  );
}
