import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { clusterSummaryQueryOptions } from './api';
import { ClusterVsanSummaryView } from './ClusterVsanSummaryView';

/** Container for the cluster's and the vsanDatastore's vSAN portlets (`GET /api/cluster`). */
export function ClusterVsanSummary(): ReactNode {
  const summary = useQuery(clusterSummaryQueryOptions());
  if (summary.isPending) return <LoadingState label="vSAN capacity" />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  return <ClusterVsanSummaryView summary={summary.data} />;
}
