/**
 * Plain, JSON-serializable data the vSAN rules read and return: hosts and their disks, components, the layout tree
 * and objects (vsan-ha.md §1 vSAN object model, §2 Component states). Every rule is data in, data out.
 */
import type { ComponentType, VsanObjectKind } from '@harborview/contracts/vocabulary';
import type { ComponentState, LayoutNode } from '@harborview/contracts/vsan';

import type { Bytes, Seconds } from './units';

// The API's words and the layout tree are the contract's (packages/contracts), used here as types only.
export type { ComponentState, LayoutNode } from '@harborview/contracts/vsan';

/** A device named in the Physical Placement's Cache Disk / Capacity Disk columns (vsphere-client-ui.md, Virtual Objects). */
export interface DiskRef {
  diskId: string;
  name: string;
}

/** A capacity device; `usedBytes` is data outside the modelled objects (0 on a fresh cluster). */
export interface CapacityDisk extends DiskRef {
  capacityBytes: Bytes;
  usedBytes: Bytes;
  failed?: boolean;
}

/** An OSA disk group: one cache SSD in front of capacity devices. A failed cache disk takes the whole group down. */
export interface DiskGroup {
  cacheDisk: DiskRef & { failed?: boolean };
  capacityDisks: CapacityDisk[];
}

/** One ESXi host as the vSAN rules see it. Without `faultDomain` a host is its own fault domain (vsan-ha.md §1 FTT and RAID). */
export interface VsanHost {
  hostId: string;
  name: string;
  poweredOn: boolean;
  connected: boolean;
  faultDomain?: string;
  allFlash: boolean;
  diskGroups: DiskGroup[];
}

/** `VsanObjectPlacementDetails.type` values the twin creates (vsan-ha.md §1 Objects). */
export type ObjectKind = VsanObjectKind;

/** Failure tolerance method (`replicaPreference`). */
export type FaultToleranceMethod = 'RAID-1' | 'RAID-5/6';

/** The policy rules placement needs; the integrator maps the vDVS `EffectivePolicy` onto it. */
export interface PlacementPolicy {
  ftt: 0 | 1 | 2 | 3;
  /** 1..12 (vsan-ha.md §1 Components, layout tree). */
  stripeWidth: number;
  faultTolerance: FaultToleranceMethod;
  /** Object space reservation, 0 (thin) to 100 percent of the logical size. */
  proportionalCapacity: number;
  forceProvisioning: boolean;
}

/** One leaf of an object: a data component or a zero-size witness. */
export interface VsanComponent {
  uuid: string;
  type: ComponentType;
  state: ComponentState;
  hostId: string;
  /** The fault domain at placement time (the Physical Placement's Fault Domain column). */
  faultDomain: string;
  cacheDisk: DiskRef;
  capacityDisk: DiskRef;
  votes: number;
  /** Address space of the component; 0 for witnesses. */
  sizeBytes: Bytes;
  bytesToSync: Bytes;
  /** When the component stopped receiving writes (went ABSENT or DEGRADED); drives the repair delay timer. */
  staleSinceSeconds?: Seconds;
  /** Set on a RECONFIG replacement while it is being built: the uuid of the failed component it will take over. */
  replacesUuid?: string;
}

/** An inner node of the layout tree (vsan-ha.md §1 Components, layout tree). */
export type LayoutBranch = Extract<LayoutNode, { children: LayoutNode[] }>;

/** A leaf of the layout tree, pointing at a data component of the same object. */
export type LayoutLeaf = Extract<LayoutNode, { type: 'Component' }>;

/** A vSAN object (VM home namespace, VMDK or swap) with its layout and components. */
export interface VsanObject {
  uuid: string;
  kind: ObjectKind;
  name: string;
  /** The VM or volume the object belongs to, for grouping in Virtual Objects. */
  ownerId?: string;
  /** The policy asked for. */
  policy: PlacementPolicy;
  /** The policy the layout actually implements: lower than `policy` when force provisioning kicked in. */
  placedPolicy: PlacementPolicy;
  sizeBytes: Bytes;
  /** Logical bytes the guest has written so far; thin objects consume only these. */
  writtenBytes: Bytes;
  layout: LayoutNode;
  components: VsanComponent[];
  /** Why the policy could not be met when the object was force provisioned. */
  complianceNote?: string;
  /** The only up-to-date copy is gone for good (a DEGRADED device held it). Sticky. */
  dataLost: boolean;
}
