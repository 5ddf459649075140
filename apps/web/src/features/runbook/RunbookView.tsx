import type { RunbookStep } from '@harborview/contracts/runbook';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { CardItem } from '../../shared/ui/CardItem';
import { PageSection } from '../../shared/ui/PageSection';
import { DiffView } from '../wizard-attach/components/DiffView';

export interface RunbookViewProps {
  steps: readonly RunbookStep[];
  downloads: { markdown: string; script: string };
}

const KIND_LABEL: Record<RunbookStep['kind'], string> = {
  command: 'Command',
  'file-edit': 'File edit',
  ui: 'vSphere Client',
};

const buttonClass =
  'rounded bg-sky-700 px-3 py-1 text-sm text-white no-underline hover:bg-sky-800 focus-visible:ring-2 focus-visible:ring-sky-500';

/** The runbook: each step with where it runs and its exact command, diff or client path, plus the two exports. */
export function RunbookView({ steps, downloads }: RunbookViewProps): ReactNode {
  return (
    <PageSection titleId="runbook-title" title="Runbook" padded>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Everything done through the console since the last reset, as an operator would do it by hand.
      </p>
      <div className="flex gap-2">
        <a href={downloads.markdown} download="harborview-runbook.md" className={buttonClass}>
          Download Markdown
        </a>
        <a href={downloads.script} download="harborview-runbook.sh" className={buttonClass}>
          Download script
        </a>
      </div>
      {steps.length === 0 && <p className="text-sm">Nothing done yet.</p>}
      <ol data-testid={TEST_IDS.runbookSteps} aria-label="Runbook steps" className="space-y-2">
        {steps.map((step, i) => (
          <CardItem key={`${step.seq}-${i}`} testId={TEST_IDS.runbookStep(i)}>
            <h2 className="font-medium">
              {i + 1}. {step.title}
            </h2>
            <p className="text-xs text-slate-500">
              {KIND_LABEL[step.kind]} · {step.at}
              {step.host ? ` · on ${step.host}` : ''}
            </p>
            {step.kind === 'file-edit' ? (
              <div className="mt-1 overflow-auto rounded border border-slate-200 dark:border-slate-700">
                <DiffView diff={step.text} />
              </div>
            ) : (
              <pre className="mt-1 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
                {step.kind === 'command' ? `$ ${step.text}` : step.text}
              </pre>
            )}
          </CardItem>
        ))}
      </ol>
    </PageSection>
  );
}
