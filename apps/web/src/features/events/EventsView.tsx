import type { TwinEvent } from '@harborview/contracts/events';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { eventTargets, newestFirst, SEVERITY } from './event-rows';

const COLUMNS = ['Description', 'Type', 'Date Time', 'Target', 'Event Type ID'] as const;

/** Monitor > Events: the vSphere Events list, newest first. */
export function EventsView({ events, entity }: { events: TwinEvent[]; entity: string | null }): ReactNode {
  if (events.length === 0)
    return (
      <div data-testid={TEST_IDS.events}>
        <EmptyState>No events.</EmptyState>
      </div>
    );
  return (
    <table data-testid={TEST_IDS.events} className="w-full text-left text-sm">
      <caption className="sr-only">Events</caption>
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
        {newestFirst(events).map((event) => (
          <tr key={event.id} className="border-t border-slate-100 dark:border-slate-800">
            <td className="px-2 py-1">{event.message}</td>
            <td className="px-2 py-1">
              <StatusBadge tone={SEVERITY[event.severity].tone}>{SEVERITY[event.severity].label}</StatusBadge>
            </td>
            <td className="whitespace-nowrap px-2 py-1">{formatTime(event.time)}</td>
            <td className="px-2 py-1">{eventTargets(event, entity)}</td>
            <td className="px-2 py-1 font-mono text-xs">{event.typeId}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
