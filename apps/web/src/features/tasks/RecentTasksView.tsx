import type { Task } from '@harborview/contracts/tasks';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import type { TableColumn } from '../../shared/ui/table-columns';

import { queuedFor, statusText } from './task-columns';

// The vSphere Client's Recent Tasks columns, in its order (vsphere-client-ui.md §4 Layout).
export const RECENT_TASK_COLUMNS: TableColumn<Task>[] = [
  { header: 'Task Name', cell: (task) => task.name },
  { header: 'Target', cell: (task) => task.target.name },
  {
    header: 'Status',
    cell: (task) =>
      task.state === 'running' ? (
        <progress
          max={100}
          value={task.progress}
          aria-label={`${task.name}: ${statusText(task)}`}
          className="h-2 w-24"
        />
      ) : (
        statusText(task)
      ),
  },
  { header: 'Details', cell: (task) => task.details },
  { header: 'Initiator', cell: (task) => task.initiator },
  { header: 'Queued For', cell: queuedFor },
  { header: 'Start Time', cell: (task) => formatTime(task.startedAt) },
  { header: 'Completion Time', cell: (task) => formatTime(task.completedAt) },
  { header: 'Server', cell: (task) => task.server },
];

/** Recent Tasks as a table; a running task shows a progress bar in its Status cell. */
export function RecentTasksView({ tasks }: { tasks: Task[] }): ReactNode {
  return (
    <div data-testid={TEST_IDS.recentTasks}>
      {/* No `empty`: the header row stays above the empty note, as in the vSphere Client. */}
      <DataTable
        caption="Recent Tasks"
        size="xs"
        stickyHeader
        columns={RECENT_TASK_COLUMNS}
        rows={tasks}
        rowKey={(task) => task.id}
      />
      {tasks.length === 0 && <EmptyState>No recent tasks.</EmptyState>}
    </div>
  );
}
