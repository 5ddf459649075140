/**
 * `TwinState`: the whole digital twin as one plain, JSON-serializable value (no classes, Maps, Sets or `undefined`
 * values; optional keys are absent, never undefined). `step` turns one state into the next; queries read it.
 * Big collections are arrays (a 10,000-key object is ~30 ms to copy; an array of 10,000 is under 1 ms).
 */
import type { InstallState } from '@harborview/contracts/setup';

import type { HaState, RestartPriority } from '../ha/types';
import type { Finding } from '../harbor/findings';
import type { HarborState } from '../harbor/harbor-state';
import type { RngState } from '../rng';
import type { AlarmBoard } from '../tasks/alarms';
import type { EventLog } from '../tasks/events';
import type { TaskLog } from '../tasks/task';
import type { Seconds, TwinTime } from '../tasks/time';
import type { TwinHost, TwinTopology, TwinVirtualDisk, TwinVm } from '../topology';
import type { ScsiController } from '../vdvs/attach';
import type { StoredPolicy } from '../vdvs/policy-store';
import type { VdvsVolume } from '../vdvs/types';
import type { VolumeLeftAttachedFinding } from '../vdvs/vm-restart';
import type { VsanObject } from '../vsan/types';

/** The twin's clock: `now` is seconds since the scenario started; `startEpochMs` only labels it for humans. */
export interface TwinClock {
  now: TwinTime;
  /** Wall-clock epoch of t=0, fixed by the scenario (never read from the machine). */
  startEpochMs: number;
  /** Twin seconds per wall second the BFF should advance; the engine itself never reads it. */
  speed: number;
}

/** Setup-checklist state of a vDVS piece (the VIB on a host, the plugin on a Docker VM): the contract's type. */
export type { InstallState } from '@harborview/contracts/setup';

/** An ESXi host: the walkthrough topology's host plus what the engine tracks. */
export interface EngineHost extends TwinHost {
  /** Up but cut off from the vSAN network and isolation addresses (vsan-ha.md §3 Basics, With vSAN). */
  isolated: boolean;
  /** The `esx-vmdkops-service` VIB (vdvs.md §5). */
  vib: InstallState;
}

/** A VM's virtual disk with where it sits and the vSAN object behind it. */
export interface EngineVirtualDisk extends TwinVirtualDisk {
  bus: number;
  diskMode: string;
  objectUuid: string;
}

/** A VM: the topology's VM plus controllers, boot time, HA priority and its vSAN objects. */
export interface EngineVm extends TwinVm {
  /** BIOS uuid, as vDVS records it in `attachedVMUuid` (vdvs.md §5). */
  uuid: string;
  disks: EngineVirtualDisk[];
  scsiControllers: ScsiController[];
  /** When the guest finished its current boot; null while powered off. */
  guestBootedAt: TwinTime | null;
  restartPriority: RestartPriority;
  namespaceObjectUuid: string;
  /** The swap object exists only while the VM is powered on (vsan-ha.md §1 Objects). */
  swapObjectUuid: string | null;
  /** The vDVS Docker plugin in the guest (vdvs.md §1). */
  dockerPlugin: InstallState;
}

/** The vSAN cluster with its HA switch and the Object Repair Timer. */
export interface EngineCluster {
  id: string;
  name: string;
  haEnabled: boolean;
  vsanEnabled: boolean;
  /** `VSAN.ClomRepairDelay` (vsan-ha.md §2 Repair delay timer), 3600 s by default. */
  repairDelaySeconds: Seconds;
}

/** The inventory; structurally a `TwinTopology`, so `topology.ts` consumers can read it unchanged. */
export interface EngineTopology extends TwinTopology {
  cluster: EngineCluster;
  hosts: EngineHost[];
  vms: EngineVm[];
}

/** A window in which vSAN pauses I/O on the objects that had a component on `hostId` (vsan-ha.md §2, 5–7 s). */
export interface IoStun {
  hostId: string;
  until: TwinTime;
}

/** Bytes written to an object while its components on `hostId` were away: the delta they resync on return. */
export interface AwayWrite {
  objectUuid: string;
  hostId: string;
  bytes: number;
}

/** Every vSAN object (VMDKs, VM namespaces, swap) and the transient facts around them. */
export interface VsanState {
  objects: VsanObject[];
  stuns: IoStun[];
  awayWrites: AwayWrite[];
}

/** The built-in policy every vSAN volume without `vsan-policy-name` gets (vdvs.md §1, §3). */
export interface DefaultPolicy {
  /** "vSAN Default Storage Policy" (vsphere-client-ui.md, VM Storage Policy wizard). */
  name: string;
  /** `[VSAN default]`, the label vDVS prints (vdvs.md §3). */
  label: string;
  /** ESXi's vdisk class default `()` (vdvs.md §3): every capability at its default. */
  content: string;
}

/** Storage policies: the built-in default and the vDVS policy files in `dockvols/policies/`. */
export interface PolicyState {
  defaultPolicy: DefaultPolicy;
  store: StoredPolicy[];
}

/** Harbor on its Docker VM: containers, the compose file text in use. */
export interface HarborDeployment {
  vmId: string;
  composeText: string;
  state: HarborState;
}

/** Work that takes twin time: its task runs with progress until `completesAt`. */
export type Operation =
  | { kind: 'hostBoot'; taskId: string; hostId: string; startedAt: TwinTime; completesAt: TwinTime }
  | { kind: 'installVib'; taskId: string; hostId: string; version: string; startedAt: TwinTime; completesAt: TwinTime }
  | { kind: 'installPlugin'; taskId: string; vmId: string; version: string; startedAt: TwinTime; completesAt: TwinTime }
  /** An HA power-on: HA itself ends it (`vmPoweredOn` / `powerOnFailed`); kept here for the task's progress. */
  | { kind: 'haPowerOn'; taskId: string; vmId: string; startedAt: TwinTime; completesAt: TwinTime };

/** The whole twin. */
export interface TwinState {
  schemaVersion: 1;
  clock: TwinClock;
  rng: RngState;
  topology: EngineTopology;
  policies: PolicyState;
  /** vDVS volume records (descriptor + KV sidecar), each with `vsanObjectUuid` set; key `name@datastore`. */
  volumes: VdvsVolume[];
  vsan: VsanState;
  ha: HaState;
  harbor: HarborDeployment;
  operations: Operation[];
  tasks: TaskLog;
  events: EventLog;
  alarms: AlarmBoard;
  /** Volumes an HA restart left attached with nothing using them (vdvs.md §7), until they are detached. */
  vdvsFindings: VolumeLeftAttachedFinding[];
  /** Every known fault present now (Harbor's and vDVS's), recomputed at the end of each step. */
  findings: Finding[];
}
