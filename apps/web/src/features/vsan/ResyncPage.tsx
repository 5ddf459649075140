import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { resyncQueryOptions } from './api';
import { ResyncView } from './ResyncView';

/** Container for Monitor > vSAN > Resyncing Objects (`GET /api/cluster/resync`). */
export function ResyncPage(): ReactNode {
  const resync = useQuery(resyncQueryOptions());
  if (resync.isPending) return <LoadingState label="resyncing objects" />;
  if (resync.isError) return <ErrorState error={resync.error} onRetry={() => void resync.refetch()} />;
  return <ResyncView resync={resync.data} />;
}
