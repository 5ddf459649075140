import type { SetHaBody, SetVsanBody } from '@harborview/contracts/cluster';
import type { Task } from '@harborview/contracts/tasks';
import type { VsanObjectListQuery } from '@harborview/contracts/vsan';
import type { UseMutationResult } from '@tanstack/react-query';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { sliceKeys } from '../../shared/lib/query-keys';
import { routeQueryOptions } from '../../shared/lib/route-query';
import { objectKeys } from '../objects/api';

export type VsanObjectFilters = Partial<Pick<VsanObjectListQuery, 'filter' | 'kind' | 'policy' | 'health'>>;

/** Query keys of the vSAN slice: the cluster summary, resync, and object pages by their query. */
export const vsanKeys = {
  ...sliceKeys('vsan', ['cluster', 'resync', 'objects']),
  objectPage: (filters: VsanObjectFilters, page: number, pageSize: number) =>
    [...vsanKeys.objects(), { ...filters, page, pageSize }] as const,
};

/** `GET /api/cluster`: capacity, object health counts and the repair timer. */
export const clusterSummaryQueryOptions = () => routeQueryOptions(vsanKeys.cluster(), 'cluster.summary');

/** `GET /api/cluster/resync`: Monitor > vSAN > Resyncing Objects. */
export const resyncQueryOptions = () => routeQueryOptions(vsanKeys.resync(), 'cluster.resync');

/** Objects per page of the Virtual Objects list; ObjectPage prefetches the first page with the same size. */
export const VIRTUAL_OBJECTS_PAGE_SIZE = 200;

/** One page of `GET /api/vsan/objects`, filtered on the server; the previous page stays while the next loads. */
export const vsanObjectsQueryOptions = (filters: VsanObjectFilters, page = 1, pageSize = 200) =>
  queryOptions({
    queryKey: vsanKeys.objectPage(filters, page, pageSize),
    queryFn: ({ signal }) => callApi('vsan.objects', { query: { page, pageSize, ...filters }, signal }),
    placeholderData: keepPreviousData,
  });

// Both PUTs answer 202 with the task that carries the change out (contracts api-routes.ts); the task's progress
// reaches Recent Tasks over the stream, and the settings are refetched now and again when the twin reports the change.

/** `PUT /api/cluster/vsan {repairDelaySeconds}`: the Object Repair Timer. */
export function useSetRepairDelay(): UseMutationResult<Task, Error, SetVsanBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetVsanBody) => callApi('cluster.setVsan', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vsanKeys.all }),
  });
}

/** `PUT /api/cluster/ha {enabled}`: turn vSphere HA on or off (the presenter's beats call it too). */
export function setHa(body: SetHaBody): Promise<Task> {
  return callApi('cluster.setHa', { body });
}

/** `setHa`, then the cluster, its hosts and the settings refetched. */
export function useSetHa(): UseMutationResult<Task, Error, SetHaBody> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setHa,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vsanKeys.cluster() }),
        queryClient.invalidateQueries({ queryKey: objectKeys.clusters() }),
        queryClient.invalidateQueries({ queryKey: objectKeys.hosts() }),
      ]);
    },
  });
}
