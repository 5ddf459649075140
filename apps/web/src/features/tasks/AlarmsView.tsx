import type { Alarm } from '@harborview/contracts/tasks';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

const SEVERITY = { green: ['ok', 'Normal'], yellow: ['warn', 'Warning'], red: ['error', 'Critical'] } as const;

export interface AlarmsViewProps {
  alarms: Alarm[];
  onAcknowledge?: (id: string) => void;
  /** Why Acknowledge is disabled (the role), shown on hover; enabled when absent. */
  acknowledgeDisabledReason?: string | undefined;
}

function AcknowledgedCell({
  alarm,
  onAcknowledge,
  acknowledgeDisabledReason,
}: { alarm: Alarm } & Omit<AlarmsViewProps, 'alarms'>): ReactNode {
  if (alarm.acknowledged) return 'Yes';
  if (!onAcknowledge) return 'No';
  return (
    <button
      type="button"
      disabled={acknowledgeDisabledReason !== undefined}
      title={acknowledgeDisabledReason}
      onClick={() => onAcknowledge(alarm.id)}
      aria-label={`Acknowledge ${alarm.name} on ${alarm.entity.name}`}
      className="rounded border border-slate-400 px-1.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800"
    >
      Acknowledge
    </button>
  );
}

function columns(props: Omit<AlarmsViewProps, 'alarms'>): TableColumn<Alarm>[] {
  return [
    {
      header: 'Severity',
      cell: (alarm) => {
        const [tone, label] = SEVERITY[alarm.status];
        return <StatusBadge tone={tone}>{label}</StatusBadge>;
      },
    },
    { header: 'Object', cell: (alarm) => alarm.entity.name },
    { header: 'Alarm Name', cell: (alarm) => alarm.name },
    { header: 'Triggered', cell: (alarm) => formatTime(alarm.triggeredAt) },
    { header: 'Acknowledged', cell: (alarm) => <AcknowledgedCell alarm={alarm} {...props} /> },
  ];
}

/** Triggered alarms: severity, the object, the alarm's name and when it fired. */
export function AlarmsView({ alarms, ...props }: AlarmsViewProps): ReactNode {
  return (
    <DataTable
      caption="Alarms"
      testId={TEST_IDS.alarms}
      size="xs"
      columns={columns(props)}
      rows={alarms}
      rowKey={(alarm) => alarm.id}
      empty={
        <div data-testid={TEST_IDS.alarms}>
          <EmptyState>No triggered alarms.</EmptyState>
        </div>
      }
    />
  );
}
