import type { Vm } from '@harborview/contracts/inventory';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { listQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the inventory objects, broad (kind) to narrow (id). */
export const objectKeys = {
  all: ['objects'] as const,
  hosts: () => [...objectKeys.all, 'hosts'] as const,
  host: (id: string) => [...objectKeys.hosts(), id] as const,
  vms: () => [...objectKeys.all, 'vms'] as const,
  vm: (id: string) => [...objectKeys.vms(), id] as const,
  clusters: () => [...objectKeys.all, 'clusters'] as const,
  cluster: (id: string) => [...objectKeys.clusters(), id] as const,
  datastores: () => [...objectKeys.all, 'datastores'] as const,
  datastore: (id: string) => [...objectKeys.datastores(), id] as const,
};

export const hostsQueryOptions = () => listQueryOptions(objectKeys.hosts(), 'hosts.list');
export const hostQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.host(id),
    queryFn: ({ signal }) => callApi('hosts.get', { params: { id }, signal }),
  });

/** `GET /api/vms/:id`, also read by the presenter's beats. */
export function fetchVm(id: string, signal?: AbortSignal): Promise<Vm> {
  return callApi('vms.get', { params: { id }, signal });
}

export const vmsQueryOptions = () => listQueryOptions(objectKeys.vms(), 'vms.list');
export const vmQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.vm(id),
    queryFn: ({ signal }) => fetchVm(id, signal),
  });

export const clustersQueryOptions = () => listQueryOptions(objectKeys.clusters(), 'clusters.list');
export const clusterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.cluster(id),
    queryFn: ({ signal }) => callApi('clusters.get', { params: { id }, signal }),
  });

export const datastoresQueryOptions = () => listQueryOptions(objectKeys.datastores(), 'datastores.list');
export const datastoreQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.datastore(id),
    queryFn: ({ signal }) => callApi('datastores.get', { params: { id }, signal }),
  });
