import {
  ClusterListSchema,
  ClusterSchema,
  DatastoreListSchema,
  DatastoreSchema,
  HostListSchema,
  HostSchema,
  VmListSchema,
  VmSchema,
} from '@harborview/contracts/inventory';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

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

export const hostsQueryOptions = () =>
  queryOptions({
    queryKey: objectKeys.hosts(),
    queryFn: ({ signal }) => request(HostListSchema, API_ROUTES.hosts, { signal }),
    select: (list) => list.items,
  });
export const hostQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.host(id),
    queryFn: ({ signal }) => request(HostSchema, API_ROUTES.host(id), { signal }),
  });

export const vmsQueryOptions = () =>
  queryOptions({
    queryKey: objectKeys.vms(),
    queryFn: ({ signal }) => request(VmListSchema, API_ROUTES.vms, { signal }),
    select: (list) => list.items,
  });
export const vmQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.vm(id),
    queryFn: ({ signal }) => request(VmSchema, API_ROUTES.vm(id), { signal }),
  });

export const clustersQueryOptions = () =>
  queryOptions({
    queryKey: objectKeys.clusters(),
    queryFn: ({ signal }) => request(ClusterListSchema, API_ROUTES.clusters, { signal }),
    select: (list) => list.items,
  });
export const clusterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.cluster(id),
    queryFn: ({ signal }) => request(ClusterSchema, API_ROUTES.clusterById(id), { signal }),
  });

export const datastoresQueryOptions = () =>
  queryOptions({
    queryKey: objectKeys.datastores(),
    queryFn: ({ signal }) => request(DatastoreListSchema, API_ROUTES.datastores, { signal }),
    select: (list) => list.items,
  });
export const datastoreQueryOptions = (id: string) =>
  queryOptions({
    queryKey: objectKeys.datastore(id),
    queryFn: ({ signal }) => request(DatastoreSchema, API_ROUTES.datastore(id), { signal }),
  });
