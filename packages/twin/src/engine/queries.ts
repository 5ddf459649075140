/**
 * The selectors the BFF maps onto its API, gathered in one module so the BFF has one import for reads. Each lives in
 * `queries/<area>.ts` (small files); this file only re-exports them. All are pure functions of `TwinState`.
 */
export { clockView, isoAt } from './queries/time';
export { inventoryView, topologyOf } from './queries/inventory';
export { hostsView, vmsView } from './queries/hosts';
export { clusterSummary, clusterView, datastoreView, objectHealthCounts, vsanCapacity } from './queries/cluster';
export { objectFacts, objectView, vsanObjectView, vsanObjectsView } from './queries/objects';
export type { ObjectFacts, ObjectView } from './queries/objects';
export { volumeVdvsOutput, volumeView, volumeViewOf, volumesView } from './queries/volumes';
export type { VolumeQuery, VolumeVdvsOutput } from './queries/volumes';
export { policiesView, validatePolicyView } from './queries/policies';
export { browseDatastore } from './queries/datastore';
export { harborView } from './queries/harbor';
export type { HarborView } from './queries/harbor';
export { resyncView } from './queries/resync';
export { alarmsView, eventsAfter, tasksView } from './queries/logs';
export { setupView } from './queries/setup';
export { placementPreviewView } from './queries/placement-preview';
