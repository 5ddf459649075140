import type { ClusterSummary, ResyncSummary } from '@harborview/contracts/cluster';
import type { BrowseQuery, BrowseResult } from '@harborview/contracts/datastore-browse';
import type { Cluster, Datastore, Host, Inventory, Vm } from '@harborview/contracts/inventory';
import type { Policy } from '@harborview/contracts/policies';
import type { Alarm, Task } from '@harborview/contracts/tasks';
import type { VsanObjectList, VsanObjectListQuery, VsanObjectRow } from '@harborview/contracts/vsan';
import type { TwinState } from '@harborview/twin/engine';
import {
  alarmsView,
  browseDatastore,
  clusterSummary,
  clusterView,
  datastoreView,
  hostsView,
  inventoryView,
  objectView,
  policiesView,
  resyncView,
  tasksView,
  vmsView,
} from '@harborview/twin/queries';

// The twin's queries are typed with the contract's types (packages/contracts) and build exactly its fields, in its
// order, so they are served as they are: the compiler checks each read, twin-reads.test.ts checks the bytes equal
// the schema's parse.

export const readInventory = (s: TwinState): Inventory => inventoryView(s);
// GET /api/hosts and every GET /api/hosts/:id of a state read the same list: built once per state (the WeakMap
// lets a superseded state's list go with it). Shared, so callers must not mutate it.
const hostsByState = new WeakMap<TwinState, Host[]>();
export function readHosts(s: TwinState): Host[] {
  let hosts = hostsByState.get(s);
  if (!hosts) hostsByState.set(s, (hosts = hostsView(s)));
  return hosts;
}
export const readVms = (s: TwinState): Vm[] => vmsView(s);
export const readClusters = (s: TwinState): Cluster[] => [clusterView(s)];
export const readDatastores = (s: TwinState): Datastore[] => [datastoreView(s)];
export const readTasks = (s: TwinState): Task[] => tasksView(s).items;
export const readAlarms = (s: TwinState): Alarm[] => alarmsView(s).items;
export const readClusterSummary = (s: TwinState): ClusterSummary => clusterSummary(s);
export const readResync = (s: TwinState): ResyncSummary => resyncView(s);
// The twin keeps one policies view while volumes and policies stay as they are (most steps), with the default
// policy's 10,000 volume names. Shared, so callers must not mutate it.
export const readPolicies = (s: TwinState): Policy[] => policiesView(s).items;

/** One page of a folder of the datastore browser, or undefined when the datastore is not the twin's. */
export function readBrowse(s: TwinState, datastoreId: string, query: BrowseQuery): BrowseResult | undefined {
  if (datastoreId !== s.topology.datastore.id) return undefined;
  return browseDatastore(s, query.path, query) ?? { path: query.path, entries: [], total: 0, offset: query.offset };
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
    return { ...v, owner };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The Harbor layout in use, e.g. `0.4.1`. */
export const readHarborLayout = (s: TwinState): string => s.harbor.state.layout.id;
