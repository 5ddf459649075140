import type { BackendKind } from '@harborview/contracts/health';
import type { Cluster, Datastore, Host, Inventory, Vm } from '@harborview/contracts/inventory';
import type { Alarm, Task } from '@harborview/contracts/tasks';

/**
 * What the console needs from "the system": the embedded twin implements it today; connectors to a real
 * vCenter, Docker host and Harbor implement the same interface later. Async so those fit without change.
 */
export interface ConsoleBackend {
  readonly kind: BackendKind;
  inventory(): Promise<Inventory>;
  listHosts(): Promise<Host[]>;
  getHost(id: string): Promise<Host | undefined>;
  listVms(): Promise<Vm[]>;
  getVm(id: string): Promise<Vm | undefined>;
  listClusters(): Promise<Cluster[]>;
  getCluster(id: string): Promise<Cluster | undefined>;
  listDatastores(): Promise<Datastore[]>;
  getDatastore(id: string): Promise<Datastore | undefined>;
  listTasks(): Promise<Task[]>;
  listAlarms(): Promise<Alarm[]>;
}
