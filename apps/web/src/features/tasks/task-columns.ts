import type { Task } from '@harborview/contracts/tasks';

/** Recent Tasks' "Queued For": time between queueing and start (TaskInfo startTime − queueTime), in words. */
export function queuedFor(task: Task): string {
  if (!task.startedAt) return '—';
  const ms = Date.parse(task.startedAt) - Date.parse(task.queuedAt);
  if (!Number.isFinite(ms) || ms < 0) return '—';
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** The Status cell's words: state plus progress while running. */
export function statusText(task: Task): string {
  switch (task.state) {
    case 'queued':
      return 'Queued';
    case 'running':
      return `Running ${Math.round(task.progress)}%`;
    case 'success':
      return 'Completed';
    case 'error':
      return 'Failed';
  }
}
