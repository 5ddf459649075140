/**
 * vSphere HA state and its inputs and outputs, as plain serializable data. The integrator owns the inventory; HA
 * keeps only what FDM itself knows (roles, faults it is timing, the restart queue) and reads the rest from a view.
 */
import type { PowerState } from '@harborview/contracts/vocabulary';

import type { AlarmIntent } from '../tasks/alarms';
import type { EventDraft } from '../tasks/events';
import type { Seconds, TwinTime } from '../tasks/time';

import type { FdmState, HostConnectionState } from './fdm-state';

/** VM restart priority (§3 Restart behaviour); `disabled` VMs are never restarted. */
export type RestartPriority = 'disabled' | 'lowest' | 'low' | 'medium' | 'high' | 'highest';

/** Response to host isolation (§3 Restart behaviour: Disabled, "Power off and restart VMs", "Shutdown and restart VMs"). */
export type IsolationResponse = 'disabled' | 'powerOffAndRestart' | 'shutdownAndRestart';

/** Cluster-level HA settings. */
export interface HaConfig {
  /** "Host Failure Response": restart VMs, or do nothing. */
  hostFailureResponse: 'restartVms' | 'disabled';
  isolationResponse: IsolationResponse;
  /** `das.maxvmrestartcount`, first attempt included. */
  maxRestartAttempts: number;
  powerOnDuration: Seconds;
  guestBootDuration: Seconds;
}

/** How a host was lost: it went down, or it is up but cut off from the vSAN network and isolation addresses. */
export type FaultKind = 'hostFailure' | 'isolation';

/** A host fault HA is timing. */
export interface HostFault {
  kind: FaultKind;
  since: TwinTime;
  wasPrimary: boolean;
  /** The protected VMs running on the host when it was lost (FDM's protectedlist for that host). */
  vmIds: string[];
  /** How far the primary has got: nothing yet, pinging (T10), or declared dead (T15/T35). */
  detection: 'none' | 'unreachable' | 'dead';
  /** Isolation only: when the host declared itself isolated. */
  isolatedAt: TwinTime | null;
  isolationResponded: boolean;
}

/** One host as HA tracks it. */
export interface HaHost {
  id: string;
  name: string;
  fdm: FdmState;
  connection: HostConnectionState;
  fault: HostFault | null;
}

/** A power-on HA has issued and is waiting for. */
export interface PowerOnInFlight {
  hostId: string;
  completesAt: TwinTime;
  /** Correlates the integrator's task with the later `vmPoweredOn`/`powerOnFailed` action. */
  taskKey: string;
}

/** A VM HA is restarting. */
export interface VmRestart {
  vmId: string;
  sourceHostId: string;
  firstAttemptAt: TwinTime;
  attemptsMade: number;
  nextAttemptAt: TwinTime;
  inFlight: PowerOnInFlight | null;
  lastError: string | null;
}

/** The whole HA state of one cluster. */
export interface HaState {
  cluster: { id: string; name: string; datacenterName: string };
  enabled: boolean;
  config: HaConfig;
  primaryHostId: string | null;
  election: { startedAt: TwinTime; completesAt: TwinTime } | null;
  /** When the current primary has read the protectedlist and may act; null while there is none. */
  primaryReadyAt: TwinTime | null;
  /** Sorted by id. */
  hosts: HaHost[];
  restarts: VmRestart[];
}

/** A host as the integrator sees it: capacity and what is reserved by VMs that are running (not HA's power-ons). */
export interface HaHostView {
  id: string;
  connectedDatastores: number;
  cpuCapacityMhz: number;
  memoryCapacityMb: number;
  cpuReservedMhz: number;
  memoryReservedMb: number;
}

/** A VM as the integrator sees it; `powerState` is the actual state (VMs of a crashed host are poweredOff). */
export interface HaVmView {
  id: string;
  name: string;
  hostId: string | null;
  powerState: PowerState;
  restartPriority: RestartPriority;
  cpuReservationMhz: number;
  memoryReservationMb: number;
}

/**
 * Whether a VM may power on on a host: true, false, or the reason it may not (e.g. vSAN: "HA restarts a VM only if the
 * partition has quorum and the latest copy", vsan-ha.md §3 Restart behaviour).
 */
export type PowerOnCheck = (vmId: string, hostId: string) => boolean | string;

/** What `haTick` reads from the rest of the twin. */
export interface HaClusterView {
  hosts: HaHostView[];
  vms: HaVmView[];
  canPowerOnOn: PowerOnCheck;
}

/** Work for the integrator: VM power operations (make tasks from them) and alarm changes. */
export type HaAction =
  | { type: 'powerOnVm'; vmId: string; hostId: string; attempt: number; taskKey: string; completesAt: TwinTime }
  | { type: 'vmPoweredOn'; vmId: string; hostId: string; taskKey: string; guestBootedAt: TwinTime }
  | { type: 'powerOnFailed'; vmId: string; hostId: string; taskKey: string; reason: string }
  | { type: 'powerOffVm'; vmId: string; hostId: string; mode: 'powerOff' | 'shutdown'; reason: 'isolationResponse' }
  | AlarmIntent;

/** What every HA transition returns. */
export interface HaResult {
  state: HaState;
  events: EventDraft[];
  actions: HaAction[];
  /** Set when a command was refused (the state is then unchanged). */
  error?: string;
}
