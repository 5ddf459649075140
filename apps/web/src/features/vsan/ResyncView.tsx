import type { ResyncSummary } from '@harborview/contracts/cluster';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { formatBytes } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { formatDuration } from '../../shared/ui/duration';
import type { FilterChoices } from '../../shared/ui/FilterFields';
import { FilterBar } from '../../shared/ui/FilterFields';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { EmptyState } from '../../shared/ui/QueryState';
import type { TableColumn } from '../../shared/ui/table-columns';

import type { ResyncFilter, ResyncObject } from './resync-filter';
import { filterResync, intentsOf, RESYNC_STATUS_LABELS } from './resync-filter';

const COLUMNS: TableColumn<ResyncObject>[] = [
  { header: 'Name', rowHeader: true, className: 'font-normal', cell: (o) => o.name },
  { header: 'vSAN UUID', className: 'font-mono text-xs', cell: (o) => o.uuid },
  { header: 'Bytes left', cell: (o) => formatBytes(o.bytesLeft) },
  { header: 'ETA', cell: (o) => formatDuration(o.etaSeconds) },
  { header: 'Intent', cell: (o) => o.intent },
  { header: 'Status', cell: (o) => RESYNC_STATUS_LABELS[o.status] },
];

const STATUS_CHOICES: FilterChoices<ResyncObject['status']> = {
  allLabel: 'All statuses',
  options: Object.keys(RESYNC_STATUS_LABELS) as ResyncObject['status'][],
  labelOf: (status) => RESYNC_STATUS_LABELS[status],
};

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
      <FilterBar
        label="Filter resyncing objects"
        filters={filter}
        fields={[
          { key: 'intent', label: 'Intent', choices: { allLabel: 'All intents', options: intentsOf(resync.objects) } },
          { key: 'status', label: 'Status', choices: STATUS_CHOICES },
        ]}
        onChange={setFilter}
      />
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
