import type {
  DrillFault,
  DrillIntegrity,
  DrillPreflight,
  DrillReport,
  DrillStatus,
} from '@harborview/contracts/drills';
import type { Observation, ServiceEntry } from '@harborview/twin/drill';

/** The image digests recorded from the real registry before the fault. */
export interface Baseline {
  recordedAt: string;
  /** The volume behind the registry's /storage then (null: the VM's own disk). */
  registryVolume: string | null;
  images: { ref: string; manifestDigest: string; blobs: string[] }[];
  /** Manifests and blobs, as the registry stores them. */
  blobs: number;
}

/** A drill as stored: what the service decided, plus where in the command log it starts and ends. */
export interface DrillRecord {
  id: string;
  fault: DrillFault;
  description: string;
  initiator: string;
  startedAt: string;
  status: DrillStatus;
  failure: string | null;
  endedAt: string | null;
  preflight: DrillPreflight;
  vmId: string;
  vmHostBefore: string;
  /** The command log before the fault: the start state is the state after `startSeq`. */
  startSeq: number;
  startEventId: number;
  /** Set when the drill stops watching the twin (completed, closed, or the twin was reset). */
  endSeq: number | null;
  endEventId: number | null;
  baseline: Baseline | null;
  integrity: DrillIntegrity | null;
  serviceEntries: ServiceEntry[];
  /** The final observation, kept once the drill stops watching (live drills hold theirs in memory). */
  observation: Observation | null;
  /** Each volume's policy and placement when the drill stopped watching. */
  volumesAtEnd: DrillReport['volumes'] | null;
}
