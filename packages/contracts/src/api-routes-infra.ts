import type { z } from 'zod';
import {
  ClusterSummarySchema,
  HostPowerBodySchema,
  ResyncSummarySchema,
  SetHaBodySchema,
  SetVsanBodySchema,
} from './cluster';
import { BrowseQuerySchema, BrowseResultSchema } from './datastore-browse';
import { HealthSchema } from './health';
import {
  ClusterListSchema,
  ClusterSchema,
  DatastoreListSchema,
  DatastoreSchema,
  HostListSchema,
  HostSchema,
  InventorySchema,
  VmListSchema,
  VmSchema,
} from './inventory';
import type { RouteSpec } from './api-spec';
import { TaskSchema } from './tasks';
import { VsanObjectListQuerySchema, VsanObjectListSchema } from './vsan';

export const ok = (schema: z.ZodType, description = 'OK'): RouteSpec['responses'] => ({ 200: { description, schema } });
export const task: RouteSpec['responses'] = {
  202: { description: 'Accepted: the task that carries it out', schema: TaskSchema },
};

/** Every route of the API. The BFF's route table test and the OpenAPI document both read this list. */

/** Routes of the inventory and the vSAN cluster: system, navigator, cluster, hosts, VMs, storage. */
export const INFRA_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and which backend answers',
    tag: 'system',
    role: 'public',
    responses: ok(HealthSchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tag: 'system',
    responses: { 200: { description: 'OpenAPI 3.1', schema: null } },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/inventory',
    summary: 'The four navigator trees',
    tag: 'inventory',
    responses: ok(InventorySchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/cluster',
    summary: 'The vSAN cluster: HA, capacity, object health, repair timer',
    tag: 'cluster',
    responses: ok(ClusterSummarySchema),
    errors: [],
  },
  {
    method: 'put',
    path: '/api/cluster/ha',
    summary: 'Turn vSphere HA on or off',
    tag: 'cluster',
    body: SetHaBodySchema,
    responses: task,
    errors: [400, 409, 422],
  },
  {
    method: 'put',
    path: '/api/cluster/vsan',
    summary: 'Set the Object Repair Timer',
    tag: 'cluster',
    body: SetVsanBodySchema,
    responses: task,
    errors: [400, 422],
  },
  {
    method: 'get',
    path: '/api/cluster/resync',
    summary: 'Resyncing Objects',
    tag: 'cluster',
    responses: ok(ResyncSummarySchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/clusters',
    summary: 'Clusters',
    tag: 'inventory',
    responses: ok(ClusterListSchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/clusters/:id',
    summary: 'One cluster',
    tag: 'inventory',
    responses: ok(ClusterSchema),
    errors: [404],
  },
  { method: 'get', path: '/api/hosts', summary: 'ESXi hosts', tag: 'hosts', responses: ok(HostListSchema), errors: [] },
  {
    method: 'get',
    path: '/api/hosts/:id',
    summary: 'One host',
    tag: 'hosts',
    responses: ok(HostSchema),
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/hosts/:id/power',
    summary: 'Power a host off or on',
    tag: 'hosts',
    body: HostPowerBodySchema,
    responses: task,
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/hosts/:id/disks/:diskId/fail',
    summary: 'Fail a disk',
    tag: 'hosts',
    responses: task,
    errors: [404, 409],
  },
  { method: 'get', path: '/api/vms', summary: 'Virtual machines', tag: 'vms', responses: ok(VmListSchema), errors: [] },
  { method: 'get', path: '/api/vms/:id', summary: 'One VM', tag: 'vms', responses: ok(VmSchema), errors: [404] },
  {
    method: 'get',
    path: '/api/datastores',
    summary: 'Datastores',
    tag: 'storage',
    responses: ok(DatastoreListSchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/datastores/:id',
    summary: 'One datastore',
    tag: 'storage',
    responses: ok(DatastoreSchema),
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/datastores/:id/browse',
    summary: 'One page of the folders and files as vDVS lays them out',
    tag: 'storage',
    query: BrowseQuerySchema,
    responses: ok(BrowseResultSchema),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/vsan/objects',
    summary: 'Virtual Objects',
    tag: 'storage',
    query: VsanObjectListQuerySchema,
    responses: ok(VsanObjectListSchema),
    errors: [400],
  },
];
