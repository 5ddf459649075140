import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CardItem } from '../../shared/ui/CardItem';
import { PageSection } from '../../shared/ui/PageSection';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { useCan } from '../auth/use-can';

import type { ChecklistStep, StepAction } from './checklist';

export interface SetupViewProps {
  steps: readonly ChecklistStep[];
  /** The last install or HA request's refusal. */
  error: string | null;
  onAction: (kind: Exclude<StepAction['kind'], 'link' | 'none'>) => void;
}

function ActionFor({ step, onAction }: { step: ChecklistStep; onAction: SetupViewProps['onAction'] }): ReactNode {
  const { action } = step;
  const can = useCan('operator');
  if (action.kind === 'none' || step.done) return null;
  if (action.kind === 'link')
    return (
      <Link to={action.to} className="text-sm text-sky-700 underline dark:text-sky-300">
        {action.label}
      </Link>
    );
  return (
    <button
      type="button"
      disabled={action.busy || !can.allowed}
      title={can.title}
      onClick={() => onAction(action.kind)}
      className="rounded bg-sky-700 px-2 py-0.5 text-sm text-white hover:bg-sky-800 disabled:opacity-50"
    >
      {action.label}
    </button>
  );
}

/** The walkthrough as a checklist: each step done or to do, with the command and the button or link that does it. */
export function SetupView({ steps, error, onAction }: SetupViewProps): ReactNode {
  const done = steps.filter((s) => s.done).length;
  return (
    <PageSection titleId="setup-title" title="Setup checklist" padded>
      <p className="text-sm">
        {done} of {steps.length} steps done
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <ol data-testid={TEST_IDS.setupChecklist} aria-label="Setup steps" className="space-y-2">
        {steps.map((step) => (
          <CardItem key={step.id} testId={TEST_IDS.setupStep(step.id)}>
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge tone={step.done ? 'ok' : 'neutral'} testId={TEST_IDS.setupStepState(step.id)}>
                {step.done ? 'Done' : 'To do'}
              </StatusBadge>
              <h2 className="font-medium">{step.title}</h2>
              <ActionFor step={step} onAction={onAction} />
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-300">{step.detail}</p>
            <code className="block whitespace-pre-wrap text-xs text-slate-500">{step.command}</code>
          </CardItem>
        ))}
      </ol>
      <p className="text-sm">
        <Link to="/runbook" className="text-sky-700 underline dark:text-sky-300">
          Runbook: everything done so far as commands
        </Link>
      </p>
    </PageSection>
  );
}
