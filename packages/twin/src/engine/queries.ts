/**
 * The selectors the BFF maps onto its API, gathered in one module so the BFF has one import for reads. Each lives in
 * `queries/<area>.ts` (small files); this file only re-exports them. All are pure functions of `TwinState`.
 */
export { clockView, isoAt } from './queries/time';
export { inventoryView, topologyOf } from './queries/inventory';
export type { InventoryNode, InventoryView } from './queries/inventory';
export { hostsView, vmsView } from './queries/hosts';
export type { DiskView, HostView, VmView } from './queries/hosts';
export { clusterSummary, clusterView, datastoreView, objectHealthCounts, vsanCapacity } from './queries/cluster';
export type { CapacityView, ClusterSummaryView, RepairTimerView } from './queries/cluster';
export { objectView, vsanObjectView, vsanObjectsView } from './queries/objects';
export type { ComponentView, ObjectView } from './queries/objects';
export { volumeView, volumesView } from './queries/volumes';
export type { VolumePage, VolumeQuery, VolumeView } from './queries/volumes';
export { policiesView, validatePolicyView } from './queries/policies';
export type { PolicyView, RuleView } from './queries/policies';
export { browseDatastore } from './queries/datastore';
export type { BrowseEntryView } from './queries/datastore';
export { harborView } from './queries/harbor';
export type { HarborMountView, HarborServiceView, HarborView } from './queries/harbor';
export { resyncView } from './queries/resync';
export type { ResyncObjectView, ResyncView } from './queries/resync';
export { alarmsView, eventsAfter, tasksView } from './queries/logs';
export type { AlarmView, EventView, TaskView } from './queries/logs';
export { setupView } from './queries/setup';
export type { SetupView } from './queries/setup';
