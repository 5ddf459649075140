import { ClusterSummarySchema, ResyncSummarySchema } from '@harborview/contracts/cluster';
import type { SetHaBody, SetVsanBody } from '@harborview/contracts/cluster';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TaskSchema } from '@harborview/contracts/tasks';
import type { Task } from '@harborview/contracts/tasks';
import { VsanObjectListSchema } from '@harborview/contracts/vsan';
import type { VsanObjectListQuery } from '@harborview/contracts/vsan';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';
import { objectKeys } from '../objects/api';

export type VsanObjectFilters = Partial<Pick<VsanObjectListQuery, 'filter' | 'kind' | 'policy' | 'health'>>;

/** Query keys of the vSAN slice: the cluster summary, resync, and object pages by their query. */
export const vsanKeys = {
  all: ['vsan'] as const,
  cluster: () => [...vsanKeys.all, 'cluster'] as const,
  resync: () => [...vsanKeys.all, 'resync'] as const,
  objects: () => [...vsanKeys.all, 'objects'] as const,
  objectPage: (filters: VsanObjectFilters, page: number, pageSize: number) =>
    [...vsanKeys.objects(), { ...filters, page, pageSize }] as const,
};

function objectsUrl(filters: VsanObjectFilters, page: number, pageSize: number): string {
  const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `${API_ROUTES.vsanObjects}?${params.toString()}`;
}

/** `GET /api/cluster`: capacity, object health counts and the repair timer. */
export const clusterSummaryQueryOptions = () =>
  queryOptions({
    queryKey: vsanKeys.cluster(),
    queryFn: ({ signal }) => request(ClusterSummarySchema, API_ROUTES.cluster, { signal }),
  });

/** `GET /api/cluster/resync`: Monitor > vSAN > Resyncing Objects. */
export const resyncQueryOptions = () =>
  queryOptions({
    queryKey: vsanKeys.resync(),
    queryFn: ({ signal }) => request(ResyncSummarySchema, API_ROUTES.clusterResync, { signal }),
  });

/** Objects per page of the Virtual Objects list; ObjectPage prefetches the first page with the same size. */
export const VIRTUAL_OBJECTS_PAGE_SIZE = 200;

/** One page of `GET /api/vsan/objects`, filtered on the server; the previous page stays while the next loads. */
export const vsanObjectsQueryOptions = (filters: VsanObjectFilters, page = 1, pageSize = 200) =>
  queryOptions({
    queryKey: vsanKeys.objectPage(filters, page, pageSize),
    queryFn: ({ signal }) => request(VsanObjectListSchema, objectsUrl(filters, page, pageSize), { signal }),
    placeholderData: keepPreviousData,
  });

// Both PUTs answer 202 with the task that carries the change out (contracts api-routes.ts); the task's progress
// reaches Recent Tasks over the stream, and the settings are refetched now and again when the twin reports the change.

/** `PUT /api/cluster/vsan {repairDelaySeconds}`: the Object Repair Timer. */
export function useSetRepairDelay(): UseMutationResult<Task, Error, SetVsanBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetVsanBody) =>
      request(TaskSchema, API_ROUTES.clusterVsan, { method: 'PUT', body: JSON.stringify(body) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vsanKeys.all }),
  });
}

/** `PUT /api/cluster/ha {enabled}`: turn vSphere HA on or off. */
export function useSetHa(): UseMutationResult<Task, Error, SetHaBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetHaBody) =>
      request(TaskSchema, API_ROUTES.clusterHa, { method: 'PUT', body: JSON.stringify(body) }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vsanKeys.cluster() }),
        queryClient.invalidateQueries({ queryKey: objectKeys.clusters() }),
        queryClient.invalidateQueries({ queryKey: objectKeys.hosts() }),
      ]);
    },
  });
}
