import type { ClusterSummary, ResyncSummary } from '@harborview/contracts/cluster';
import type { Task } from '@harborview/contracts/tasks';
import type { VsanObjectList, VsanObjectListQuery } from '@harborview/contracts/vsan';

import type { Caller } from './caller';

/** The vSAN cluster: its health and resync, its objects, vSphere HA and the faults an operator can cause. */
export interface VsanBackend {
  clusterSummary(): Promise<ClusterSummary>;
  resyncSummary(): Promise<ResyncSummary>;
  setHaEnabled(enabled: boolean, caller: Caller): Promise<Task>;
  setRepairDelay(seconds: number, caller: Caller): Promise<Task>;
  powerHost(id: string, state: 'on' | 'off', caller: Caller): Promise<Task>;
  failDisk(hostId: string, diskId: string, caller: Caller): Promise<Task>;
  listVsanObjects(query: VsanObjectListQuery): Promise<VsanObjectList>;
}
