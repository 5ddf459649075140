import type { Task } from '@harborview/contracts/tasks';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { EmptyState } from '../../shared/ui/QueryState';

import { queuedFor, statusText } from './task-columns';

// The vSphere Client's Recent Tasks columns, in its order (vsphere-client-ui.md §4 Layout).
export const RECENT_TASK_COLUMNS = [
  'Task Name',
  'Target',
  'Status',
  'Details',
  'Initiator',
  'Queued For',
  'Start Time',
  'Completion Time',
  'Server',
] as const;

/** Recent Tasks as a table; a running task shows a progress bar in its Status cell. */
export function RecentTasksView({ tasks }: { tasks: Task[] }): ReactNode {
  return (
    <div data-testid={TEST_IDS.recentTasks}>
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Recent Tasks</caption>
        <thead className="sticky top-0 bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            {RECENT_TASK_COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-2 py-1 font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className="border-t border-slate-100 dark:border-slate-800">
              <td className="px-2 py-1">{task.name}</td>
              <td className="px-2 py-1">{task.target.name}</td>
              <td className="px-2 py-1">
                {task.state === 'running' ? (
                  <progress
                    max={100}
                    value={task.progress}
                    aria-label={`${task.name}: ${statusText(task)}`}
                    className="h-2 w-24"
                  />
                ) : (
                  statusText(task)
                )}
              </td>
              <td className="px-2 py-1">{task.details}</td>
              <td className="px-2 py-1">{task.initiator}</td>
              <td className="px-2 py-1">{queuedFor(task)}</td>
              <td className="px-2 py-1">{formatTime(task.startedAt)}</td>
              <td className="px-2 py-1">{formatTime(task.completedAt)}</td>
              <td className="px-2 py-1">{task.server}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tasks.length === 0 && <EmptyState>No recent tasks.</EmptyState>}
    </div>
  );
}
