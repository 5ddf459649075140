import { SetHaBodySchema, SetVsanBodySchema } from '@harborview/contracts/cluster';
import { BrowseQuerySchema } from '@harborview/contracts/datastore-browse';
import type { ErrorBody } from '@harborview/contracts/errors';
import { EventsQuerySchema } from '@harborview/contracts/events';
import { API_ROUTES } from '@harborview/contracts/routes';
import type { Task } from '@harborview/contracts/tasks';
import type { Volume, VolumeListQuery } from '@harborview/contracts/volumes';
import { VolumeListQuerySchema } from '@harborview/contracts/volumes';
import { VsanObjectListQuerySchema } from '@harborview/contracts/vsan';
import type { HttpHandler } from 'msw';
import { http, HttpResponse } from 'msw';

import { authHandlers } from './auth-handlers';
import { clusterFixture, datastoreFixture, inventoryFixture } from './fixtures';
import type { WalkthroughState } from './walkthrough';
import { walkthroughState } from './walkthrough';

const notFound = (message: string) =>
  HttpResponse.json({ error: { code: 'not_found', message } } satisfies ErrorBody, { status: 404 });
const invalid = (message: string) =>
  HttpResponse.json({ error: { code: 'validation_failed', message } } satisfies ErrorBody, { status: 400 });

function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

function paged<T>(items: T[], page: number, pageSize: number) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

const SORT_VALUE: Record<VolumeListQuery['sort'], (v: Volume) => string | number> = {
  name: (v) => v.name,
  capacity: (v) => v.capacityBytes,
  policy: (v) => v.policy,
  status: (v) => v.status,
  health: (v) => v.object.health,
  created: (v) => v.createdAt,
};

/** `GET /api/volumes` the way the BFF does it: filter, sort and page on the server. */
function listVolumes(volumes: Volume[], q: VolumeListQuery) {
  const needle = q.filter?.toLowerCase();
  const rows = volumes.filter(
    (v) =>
      (!needle || v.fullName.toLowerCase().includes(needle)) &&
      (!q.policy || v.policy === q.policy) &&
      (!q.status || v.status === q.status) &&
      (!q.health || v.object.health === q.health),
  );
  const key = SORT_VALUE[q.sort];
  const sign = q.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
  return paged(rows, q.page, q.pageSize);
}

/** The task a cluster PUT answers with (202 Accepted), queued on the twin clock. */
export function clusterTaskFixture(name: string): Task {
  return {
    id: `task-${name.replace(/\W+/g, '-').toLowerCase()}`,
    name,
    target: { type: 'ClusterComputeResource', id: 'cluster-1', name: 'vSAN-Cluster' },
    state: 'queued',
    progress: 0,
    details: '',
    initiator: 'administrator@vsphere.local',
    queuedAt: '2024-05-01T10:00:00.000Z',
    startedAt: null,
    completedAt: null,
    server: 'vcenter.test',
    error: null,
  };
}

/** Handlers answering every console route from one walkthrough state (strict query schemas, as the BFF). */
export function handlersFor(state: WalkthroughState): HttpHandler[] {
  return [
    http.get(API_ROUTES.hosts, () => HttpResponse.json({ items: state.hosts })),
    http.get(API_ROUTES.vms, () => HttpResponse.json({ items: state.vms })),
    http.get(API_ROUTES.cluster, () => HttpResponse.json(state.cluster)),
    http.get(API_ROUTES.clusterResync, () => HttpResponse.json(state.resync)),
    // Changes answer 202 with the task that will carry them out; nothing persists, so no test leaks into the next.
    http.put(API_ROUTES.clusterVsan, async ({ request }) => {
      const body = SetVsanBodySchema.safeParse(await request.json());
      if (!body.success) return invalid('repairDelaySeconds must be an integer from 0 to 604800');
      return HttpResponse.json(clusterTaskFixture('Edit vSAN cluster configuration'), { status: 202 });
    }),
    http.put(API_ROUTES.clusterHa, async ({ request }) => {
      const body = SetHaBodySchema.safeParse(await request.json());
      if (!body.success) return invalid('enabled must be a boolean');
      const name = body.data.enabled ? 'Configuring vSphere HA' : 'Unconfiguring vSphere HA';
      return HttpResponse.json(clusterTaskFixture(name), { status: 202 });
    }),
    http.get(API_ROUTES.vsanObjects, ({ request }) => {
      const q = VsanObjectListQuerySchema.safeParse(queryOf(request));
      if (!q.success) return invalid(q.error.message);
      const needle = q.data.filter?.toLowerCase();
      const rows = state.objects.filter(
        (o) =>
          (!needle || `${o.name} ${o.uuid} ${o.owner?.name ?? ''}`.toLowerCase().includes(needle)) &&
          (!q.data.kind || o.kind === q.data.kind) &&
          (!q.data.policy || o.policyName === q.data.policy) &&
          (!q.data.health || o.health === q.data.health),
      );
      return HttpResponse.json(paged(rows, q.data.page, q.data.pageSize));
    }),
    http.get(API_ROUTES.volumes, ({ request }) => {
      const q = VolumeListQuerySchema.safeParse(queryOf(request));
      return q.success ? HttpResponse.json(listVolumes(state.volumes, q.data)) : invalid(q.error.message);
    }),
    http.get(`${API_ROUTES.volumes}/:name`, ({ params }) => {
      // As the BFF does, a volume answers to its short name and to its full `name@datastore`.
      const volume = state.volumes.find((v) => v.name === params.name || v.fullName === params.name);
      return volume ? HttpResponse.json(volume) : notFound(`Volume ${String(params.name)} does not exist`);
    }),
    http.get(API_ROUTES.policies, () => HttpResponse.json({ items: state.policies })),
    http.get(API_ROUTES.harbor, () => HttpResponse.json(state.harbor)),
    http.get(API_ROUTES.harborImages, () => HttpResponse.json({ items: state.images })),
    http.get(API_ROUTES.twinClock, () => HttpResponse.json(state.clock)),
    http.get(API_ROUTES.events, ({ request }) => {
      const q = EventsQuerySchema.safeParse(queryOf(request));
      if (!q.success) return invalid(q.error.message);
      const items = state.events
        .filter((e) => e.id > q.data.after && (!q.data.entity || e.objects.some((o) => o.id === q.data.entity)))
        .slice(0, q.data.limit);
      return HttpResponse.json({ items, lastId: state.events.at(-1)?.id ?? 0 });
    }),
    http.get(`${API_ROUTES.datastores}/:id/browse`, ({ request }) => {
      const q = BrowseQuerySchema.safeParse(queryOf(request));
      if (!q.success) return invalid(q.error.message);
      const { path, offset, limit } = q.data;
      const entries = state.browse[path];
      if (!entries) return notFound(`No such folder: ${path}`);
      return HttpResponse.json({ path, entries: entries.slice(offset, offset + limit), total: entries.length, offset });
    }),
  ];
}

/** Default handlers: one per resource, answering from the typed fixtures of the walkthrough. */
export const defaultHandlers = [
  http.get(API_ROUTES.health, () => HttpResponse.json({ status: 'ok', version: 'test', backend: 'twin' })),
  http.get(API_ROUTES.inventory, () => HttpResponse.json(inventoryFixture)),
  http.get(API_ROUTES.clusters, () => HttpResponse.json({ items: [clusterFixture] })),
  http.get(API_ROUTES.datastores, () => HttpResponse.json({ items: [datastoreFixture] })),
  http.get(API_ROUTES.tasks, () => HttpResponse.json({ items: [] })),
  http.get(API_ROUTES.alarms, () => HttpResponse.json({ items: [] })),
  ...handlersFor(walkthroughState()),
  // Signed in as admin, so component tests see every control (auth-handlers.ts has the other roles).
  ...authHandlers(),
];

/** Scenario: a resource answers with the API's error body. */
export function failingWith(path: string, status: number, body: ErrorBody) {
  return http.get(path, () => HttpResponse.json(body, { status }));
}
