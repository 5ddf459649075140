import type { Finding } from '@harborview/contracts/harbor';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { CardItem } from '../../../shared/ui/CardItem';
import { EmptyState } from '../../../shared/ui/QueryState';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

/** Known faults recognised from state, each with the operator's fix. */
export function FindingsList({ findings }: { findings: Finding[] }): ReactNode {
  if (findings.length === 0) return <EmptyState>No findings: nothing known is wrong.</EmptyState>;
  return (
    <ul className="space-y-3">
      {findings.map((f) => (
        <CardItem key={f.id} testId={TEST_IDS.harborFinding(f.id)}>
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <StatusBadge tone={f.severity === 'error' ? 'error' : 'warn'}>
              {f.severity === 'error' ? 'Error' : 'Warning'}
            </StatusBadge>
            {f.title}
          </h3>
          <p className="mt-1 text-sm">{f.detail}</p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">Fix: </span>
            <code className="rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">{f.fix}</code>
          </p>
        </CardItem>
      ))}
    </ul>
  );
}
