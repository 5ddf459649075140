import type { Alarm } from '@harborview/contracts/tasks';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

const SEVERITY = { green: ['ok', 'Normal'], yellow: ['warn', 'Warning'], red: ['error', 'Critical'] } as const;

/** Triggered alarms: severity, the object, the alarm's name and when it fired. */
export function AlarmsView({
  alarms,
  onAcknowledge,
  acknowledgeDisabledReason,
}: {
  alarms: Alarm[];
  onAcknowledge?: (id: string) => void;
  /** Why Acknowledge is disabled (the role), shown on hover; enabled when absent. */
  acknowledgeDisabledReason?: string | undefined;
}): ReactNode {
  if (alarms.length === 0) {
    return (
      <div data-testid={TEST_IDS.alarms}>
        <EmptyState>No triggered alarms.</EmptyState>
      </div>
    );
  }
  return (
    <table data-testid={TEST_IDS.alarms} className="w-full text-left text-xs">
      <caption className="sr-only">Alarms</caption>
      <thead className="bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {['Severity', 'Object', 'Alarm Name', 'Triggered', 'Acknowledged'].map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {alarms.map((alarm) => {
          const [tone, label] = SEVERITY[alarm.status];
          return (
            <tr key={alarm.id} className="border-t border-slate-100 dark:border-slate-800">
              <td className="px-2 py-1">
                <StatusBadge tone={tone}>{label}</StatusBadge>
              </td>
              <td className="px-2 py-1">{alarm.entity.name}</td>
              <td className="px-2 py-1">{alarm.name}</td>
              <td className="px-2 py-1">{formatTime(alarm.triggeredAt)}</td>
              <td className="px-2 py-1">
                {alarm.acknowledged || !onAcknowledge ? (
                  alarm.acknowledged ? (
                    'Yes'
                  ) : (
                    'No'
                  )
                ) : (
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
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
