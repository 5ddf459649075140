import type { ReactNode } from 'react';

/** One entry of a list drawn as bordered cards (Harbor findings, setup steps, runbook steps). */
export function CardItem({ testId, children }: { testId: string; children: ReactNode }): ReactNode {
  return (
    <li data-testid={testId} className="rounded border border-slate-200 p-2 dark:border-slate-700">
      {children}
    </li>
  );
}
