import type { TwinEvent } from '@harborview/contracts/events';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

import { eventTargets, newestFirst, SEVERITY } from './event-rows';

function columns(entity: string | null): TableColumn<TwinEvent>[] {
  return [
    { header: 'Description', cell: (event) => event.message },
    {
      header: 'Type',
      cell: (event) => <StatusBadge tone={SEVERITY[event.severity].tone}>{SEVERITY[event.severity].label}</StatusBadge>,
    },
    { header: 'Date Time', className: 'whitespace-nowrap', cell: (event) => formatTime(event.time) },
    { header: 'Target', cell: (event) => eventTargets(event, entity) },
    { header: 'Event Type ID', className: 'font-mono text-xs', cell: (event) => event.typeId },
  ];
}

/** Monitor > Events: the vSphere Events list, newest first. */
export function EventsView({ events, entity }: { events: TwinEvent[]; entity: string | null }): ReactNode {
  return (
    <DataTable
      caption="Events"
      testId={TEST_IDS.events}
      columns={columns(entity)}
      rows={newestFirst(events)}
      rowKey={(event) => event.id}
      empty={
        <div data-testid={TEST_IDS.events}>
          <EmptyState>No events.</EmptyState>
        </div>
      }
    />
  );
}
