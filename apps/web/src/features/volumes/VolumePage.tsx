import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { volumeQueryOptions } from './api';
import { VolumeView } from './VolumeView';

/** Route entry for `/volumes/:name`. */
export function VolumePage(): ReactNode {
  const { name = '' } = useParams();
  const volume = useQuery({ ...volumeQueryOptions(name), enabled: name !== '' });
  if (!name) return <EmptyState>No volume named.</EmptyState>;
  if (volume.isPending) return <LoadingState label={`volume ${name}`} />;
  if (volume.isError) return <ErrorState error={volume.error} onRetry={() => void volume.refetch()} />;
  return <VolumeView volume={volume.data} />;
}
