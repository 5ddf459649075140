import type { BrowseQuery, BrowseResult } from '@harborview/contracts/datastore-browse';
import type { Cluster, Datastore, Host, Inventory, Vm } from '@harborview/contracts/inventory';
import type { Alarm, Task } from '@harborview/contracts/tasks';

import type { Caller } from './caller';

/** The vCenter inventory (hosts, VMs, the cluster, datastores and their files) with its tasks and alarms. */
export interface InventoryBackend {
  inventory(): Promise<Inventory>;
  listHosts(): Promise<Host[]>;
  getHost(id: string): Promise<Host | undefined>;
  listVms(): Promise<Vm[]>;
  getVm(id: string): Promise<Vm | undefined>;
  listClusters(): Promise<Cluster[]>;
  getCluster(id: string): Promise<Cluster | undefined>;
  listDatastores(): Promise<Datastore[]>;
  getDatastore(id: string): Promise<Datastore | undefined>;
  /** One page of a folder's entries (`query.offset`, `query.limit`) with the folder's total. */
  browseDatastore(id: string, query: BrowseQuery): Promise<BrowseResult | undefined>;
  listTasks(): Promise<Task[]>;
  listAlarms(): Promise<Alarm[]>;
  acknowledgeAlarm(id: string, caller: Caller): Promise<Alarm>;
}
