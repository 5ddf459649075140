import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

/** One wizard step as the left-hand list names it. */
export interface WizardStep {
  id: string;
  title: string;
}

/** The vSphere Client wizard's numbered step list; done steps can be revisited, later ones cannot be skipped to. */
export function StepList({
  steps,
  current,
  onSelect,
}: {
  steps: readonly WizardStep[];
  current: number;
  onSelect: (index: number) => void;
}): ReactNode {
  return (
    <nav aria-label="Wizard steps" className="w-56 shrink-0 border-r border-slate-200 pr-3 dark:border-slate-700">
      <ol className="space-y-1 text-sm">
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              data-testid={TEST_IDS.policyWizardStep(step.id)}
              aria-current={i === current ? 'step' : undefined}
              disabled={i > current}
              onClick={() => onSelect(i)}
              className={`w-full rounded px-2 py-1 text-left ${
                i === current ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100' : ''
              } disabled:text-slate-400`}
            >
              {i + 1} {step.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
