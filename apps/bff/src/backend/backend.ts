import type { Clock, PutClockBody, ResetTwinBody } from '@harborview/contracts/clock';
import type { ClusterSummary, ResyncSummary } from '@harborview/contracts/cluster';
import type { BrowseQuery, BrowseResult } from '@harborview/contracts/datastore-browse';
import type {
  ComposeFile,
  ComposePreview,
  ComposePreviewBody,
  HarborImage,
  Harbor,
  VerifyResult,
} from '@harborview/contracts/harbor';
import type { BackendKind } from '@harborview/contracts/health';
import type { Cluster, Datastore, Host, Inventory, Vm } from '@harborview/contracts/inventory';
import type { Policy, PolicyValidation } from '@harborview/contracts/policies';
import type { Setup } from '@harborview/contracts/setup';
import type { Alarm, Task } from '@harborview/contracts/tasks';
import type { Volume, VolumeList, VolumeListQuery } from '@harborview/contracts/volumes';
import type { VsanObjectList, VsanObjectListQuery } from '@harborview/contracts/vsan';

/** Who asked: recorded as the task's Initiator. */
export interface Caller {
  user: string;
}

/**
 * What the console needs from "the system": the embedded twin implements it today; connectors to a real
 * vCenter, Docker host and Harbor implement the same interface later. Async so those fit without change.
 * Refusals throw AppError with the real tool's message (vDVS messages verbatim).
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
  /** One page of a folder's entries (`query.offset`, `query.limit`) with the folder's total. */
  browseDatastore(id: string, query: BrowseQuery): Promise<BrowseResult | undefined>;
  listTasks(): Promise<Task[]>;
  listAlarms(): Promise<Alarm[]>;
  acknowledgeAlarm(id: string, caller: Caller): Promise<Alarm>;

  clusterSummary(): Promise<ClusterSummary>;
  resyncSummary(): Promise<ResyncSummary>;
  setHaEnabled(enabled: boolean, caller: Caller): Promise<Task>;
  setRepairDelay(seconds: number, caller: Caller): Promise<Task>;
  powerHost(id: string, state: 'on' | 'off', caller: Caller): Promise<Task>;
  failDisk(hostId: string, diskId: string, caller: Caller): Promise<Task>;
  listVsanObjects(query: VsanObjectListQuery): Promise<VsanObjectList>;

  listPolicies(): Promise<Policy[]>;
  createPolicy(name: string, content: string, caller: Caller): Promise<Policy>;
  updatePolicy(name: string, content: string, caller: Caller): Promise<Policy>;
  removePolicy(name: string, caller: Caller): Promise<void>;
  validatePolicy(content: string, sizeBytes?: number): Promise<PolicyValidation>;

  listVolumes(query: VolumeListQuery): Promise<VolumeList>;
  getVolume(name: string): Promise<Volume | undefined>;
  createVolume(name: string, opts: Record<string, string>, caller: Caller): Promise<Volume>;
  removeVolume(name: string, caller: Caller): Promise<void>;

  harbor(): Promise<Harbor>;
  composeFile(): Promise<ComposeFile>;
  previewCompose(body: ComposePreviewBody): Promise<ComposePreview>;
  attachHarbor(body: ComposePreviewBody, caller: Caller): Promise<Task>;
  listImages(): Promise<HarborImage[]>;
  pushImages(count: number): Promise<HarborImage[]>;
  verifyImages(): Promise<VerifyResult>;

  setup(): Promise<Setup>;
  installVib(hostId: string | undefined, caller: Caller): Promise<Task[]>;
  installPlugin(vmId: string | undefined, caller: Caller): Promise<Task>;

  clock(): Promise<Clock>;
  setClock(body: PutClockBody): Promise<Clock>;
  advanceClock(seconds: number): Promise<Clock>;
  reset(body: ResetTwinBody): Promise<Clock>;
}
