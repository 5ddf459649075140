import { ClusterSummarySchema, ResyncSummarySchema } from '@harborview/contracts/cluster';
import { BrowseResultSchema } from '@harborview/contracts/datastore-browse';
import type { BrowseQuery, BrowseResult } from '@harborview/contracts/datastore-browse';
import { ClusterSchema, DatastoreSchema, HostSchema, InventorySchema, VmSchema } from '@harborview/contracts/inventory';
import type { Cluster, Datastore, Host, Inventory, Vm } from '@harborview/contracts/inventory';
import { PolicySchema } from '@harborview/contracts/policies';
import type { Policy } from '@harborview/contracts/policies';
import { AlarmSchema, TaskSchema } from '@harborview/contracts/tasks';
import type { Alarm, Task } from '@harborview/contracts/tasks';
import { VsanObjectRowSchema } from '@harborview/contracts/vsan';
import type { VsanObjectList, VsanObjectListQuery, VsanObjectRow } from '@harborview/contracts/vsan';
import { clusterSummary, clusterView, datastoreView } from '@harborview/twin/engine/queries/cluster';
import { browseDatastore } from '@harborview/twin/engine/queries/datastore';
import { hostsView, vmsView } from '@harborview/twin/engine/queries/hosts';
import { inventoryView } from '@harborview/twin/engine/queries/inventory';
import { alarmsView, tasksView } from '@harborview/twin/engine/queries/logs';
import { objectView } from '@harborview/twin/engine/queries/objects';
import { policiesView } from '@harborview/twin/engine/queries/policies';
import { resyncView } from '@harborview/twin/engine/queries/resync';
import type { TwinState } from '@harborview/twin/engine/state';
import type { z } from 'zod';

// The twin's views are supersets of the API's shapes: parsing with the contract schema projects them onto exactly
// the public fields (zod objects drop unknown keys) and proves they conform.
// A view that does not fit its contract is our bug, never the client's: it must surface as a 500, not a 400.
const as = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`twin view does not match its contract: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};

export const readInventory = (s: TwinState): Inventory => as(InventorySchema, inventoryView(s));
// GET /api/hosts and every GET /api/hosts/:id of a state read the same list: projected once per state (the WeakMap
// lets a superseded state's list go with it). Shared, so callers must not mutate it.
const hostsByState = new WeakMap<TwinState, Host[]>();
export function readHosts(s: TwinState): Host[] {
  let hosts = hostsByState.get(s);
  if (!hosts) hostsByState.set(s, (hosts = hostsView(s).map((h) => as(HostSchema, h))));
  return hosts;
}
export const readVms = (s: TwinState): Vm[] => vmsView(s).map((vm) => as(VmSchema, vm));
export const readClusters = (s: TwinState): Cluster[] => [as(ClusterSchema, clusterView(s))];
export const readDatastores = (s: TwinState): Datastore[] => [as(DatastoreSchema, datastoreView(s))];
export const readTasks = (s: TwinState): Task[] => tasksView(s).items.map((t) => as(TaskSchema, t));
export const readAlarms = (s: TwinState): Alarm[] => alarmsView(s).items.map((a) => as(AlarmSchema, a));
export const readClusterSummary = (s: TwinState): z.infer<typeof ClusterSummarySchema> =>
  as(ClusterSummarySchema, clusterSummary(s));
export const readResync = (s: TwinState): z.infer<typeof ResyncSummarySchema> => as(ResyncSummarySchema, resyncView(s));
// The twin keeps one policies view while volumes and policies stay as they are (most steps); its projection, with the
// default policy's 10,000 volume names, is kept with it. Shared, so callers must not mutate it.
const policiesByView = new WeakMap<object, Policy[]>();
export function readPolicies(s: TwinState): Policy[] {
  const view = policiesView(s);
  let policies = policiesByView.get(view);
  if (!policies) policiesByView.set(view, (policies = view.items.map((p) => as(PolicySchema, p))));
  return policies;
}

/** One page of a folder of the datastore browser, or undefined when the datastore is not the twin's. */
export function readBrowse(s: TwinState, datastoreId: string, query: BrowseQuery): BrowseResult | undefined {
  if (datastoreId !== s.topology.datastore.id) return undefined;
  const folder = browseDatastore(s, query.path, query);
  return folder ? as(BrowseResultSchema, folder) : { path: query.path, entries: [], total: 0, offset: query.offset };
}

// Volume reads project without zod and are memoized per state: see twin-volume-reads.ts.
export { readVolume, readVolumes } from './twin-volume-reads';

/** Virtual Objects: every object with its owner (VM or volume), filtered and paged. */
export function readVsanObjects(s: TwinState, query: VsanObjectListQuery): VsanObjectList {
  const vms = new Map(s.topology.vms.map((vm) => [vm.id, vm.name]));
  const volumes = new Map(s.volumes.map((v) => [`${v.name}@${v.datastore}`, v.name]));
  const text = query.filter?.toLowerCase();
  // Cheap filters run on the raw objects; the full view (health, layout, names) is built only for the page shown,
  // unless the health filter needs it for every object. At 10,000 volumes this is the difference between seconds
  // and milliseconds.
  const candidates = s.vsan.objects.filter(
    (o) =>
      (!query.kind || o.kind === query.kind) && (!text || o.name.toLowerCase().includes(text) || o.uuid.includes(text)),
  );
  const view = (o: (typeof candidates)[number]) => objectView(s, o);
  const needsViews = Boolean(query.policy || query.health);
  const matching = needsViews
    ? candidates
        .map(view)
        .filter((v) => (!query.policy || v.policyName === query.policy) && (!query.health || v.health === query.health))
    : null;
  const total = matching ? matching.length : candidates.length;
  const start = (query.page - 1) * query.pageSize;
  const pageViews = matching
    ? matching.slice(start, start + query.pageSize)
    : candidates.slice(start, start + query.pageSize).map(view);
  const items = pageViews.map((v): VsanObjectRow => {
    const id = v.ownerId;
    const owner =
      id === null
        ? null
        : vms.has(id)
          ? { kind: 'vm' as const, id, name: vms.get(id)! }
          : volumes.has(id)
            ? { kind: 'volume' as const, id, name: volumes.get(id)! }
            : null;
    return as(VsanObjectRowSchema, { ...v, owner });
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The Harbor layout in use, e.g. `0.4.1`. */
export const readHarborLayout = (s: TwinState): string => s.harbor.state.layout.id;
