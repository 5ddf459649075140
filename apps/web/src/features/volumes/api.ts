import type { VolumeListQuery } from '@harborview/contracts/volumes';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** What the Volumes list asks the server for, apart from the page. */
export type VolumeFilters = Pick<VolumeListQuery, 'filter' | 'policy' | 'status' | 'health' | 'sort' | 'order'>;

/** Query keys of the volumes slice: list pages by filters, and one volume by name. */
export const volumeKeys = {
  all: ['volumes'] as const,
  lists: () => [...volumeKeys.all, 'list'] as const,
  list: (filters: VolumeFilters, page: number, pageSize: number) =>
    [...volumeKeys.lists(), { ...filters, page, pageSize }] as const,
  details: () => [...volumeKeys.all, 'detail'] as const,
  detail: (name: string) => [...volumeKeys.details(), name] as const,
};

/** One page of `GET /api/volumes`, filtered and sorted by the server. */
export const volumesQueryOptions = (filters: VolumeFilters, page: number, pageSize: number) =>
  queryOptions({
    queryKey: volumeKeys.list(filters, page, pageSize),
    queryFn: ({ signal }) => callApi('volumes.list', { query: { page, pageSize, ...filters }, signal }),
  });

/** The first page, kept on screen while a new filter or sort loads so the table does not collapse. */
export const firstVolumesPageQueryOptions = (filters: VolumeFilters, pageSize: number) =>
  queryOptions({ ...volumesQueryOptions(filters, 1, pageSize), placeholderData: keepPreviousData });

/** `GET /api/volumes/:name`: one volume with its vDVS Status map and vSAN object. */
export const volumeQueryOptions = (name: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(name),
    queryFn: ({ signal }) => callApi('volumes.get', { params: { name }, signal }),
  });
