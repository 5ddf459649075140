import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { RUNBOOK_DOWNLOADS, runbookQueryOptions } from './api';
import { RunbookView } from './RunbookView';

/** Route entry for `/runbook`. */
export function RunbookPage(): ReactNode {
  const steps = useQuery(runbookQueryOptions());
  if (steps.isPending) return <LoadingState label="runbook" />;
  if (steps.isError) return <ErrorState error={steps.error} onRetry={() => void steps.refetch()} />;
  return <RunbookView steps={steps.data} downloads={RUNBOOK_DOWNLOADS} />;
}
