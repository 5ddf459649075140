import type { Harbor } from '@harborview/contracts/harbor';
import type { Task } from '@harborview/contracts/tasks';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { useCan } from '../../auth/use-can';

export interface ApplyPanelProps {
  canApply: boolean;
  applying: boolean;
  copyData: boolean;
  /** Volumes the wizard will create first. */
  toCreate: readonly string[];
  error: string | null;
  task: Task | null;
  harbor: Harbor | null;
  onCopyDataChange: (copy: boolean) => void;
  onApply: () => void;
}

const TASK_TONE = { queued: 'neutral', running: 'neutral', success: 'ok', error: 'error' } as const;

/** Step 4: apply, then the task's progress (from Recent Tasks via the live stream) and Harbor's health. */
export function ApplyPanel(props: ApplyPanelProps): ReactNode {
  const { task, harbor } = props;
  const can = useCan('operator');
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">4. Apply</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={props.copyData} onChange={(e) => props.onCopyDataChange(e.target.checked)} />
        Copy the existing registry data across (verified by digest)
      </label>
      {props.toCreate.length > 0 && <p className="text-sm">Creates first: {props.toCreate.join(', ')}</p>}
      <button
        type="button"
        disabled={!props.canApply || props.applying || !can.allowed}
        title={can.title}
        onClick={props.onApply}
        className="rounded bg-sky-700 px-3 py-1 text-sm text-white hover:bg-sky-800 disabled:opacity-50"
      >
        {props.applying ? 'Applying…' : 'Apply'}
      </button>
      {props.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {props.error}
        </p>
      )}
      {task && (
        <p data-testid={TEST_IDS.attachTask} className="text-sm">
          Task {task.name}:{' '}
          <StatusBadge tone={TASK_TONE[task.state]}>
            {task.state === 'running' ? `${task.progress} %` : task.state}
          </StatusBadge>
        </p>
      )}
      {task && harbor && (
        <div data-testid={TEST_IDS.attachHarborHealth} className="text-sm">
          Harbor:{' '}
          <StatusBadge tone={harbor.status === 'healthy' ? 'ok' : 'error'}>
            {harbor.status === 'healthy' ? 'Healthy' : 'Unhealthy'}
          </StatusBadge>{' '}
          <Link to={CONSOLE_PATHS.harbor} className="text-sky-700 underline dark:text-sky-300">
            Open the Harbor page
          </Link>
        </div>
      )}
    </fieldset>
  );
}
