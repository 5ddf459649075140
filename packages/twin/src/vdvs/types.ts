/**
 * Plain data shared by the vDVS rules: datastores, vmgroups and the volume record as vDVS keeps it
 * (descriptor + KV sidecar). Everything is JSON-serializable so the integrator can store it in twin state.
 */

/** Datastore kinds vDVS distinguishes; only `vsan` takes a vSAN policy (vdvs.md §1). */
export type DatastoreType = 'vsan' | 'vmfs' | 'nfs' | 'vvol';

/** A datastore visible to the ESX host running vmdk_ops. */
export interface DatastoreInfo {
  name: string;
  type: DatastoreType;
}

/** `diskformat` values (vdvs.md §1). */
export type DiskFormat = 'thin' | 'zeroedthick' | 'eagerzeroedthick';
/** `attach-as` values: the diskMode used at attach (vdvs.md §1). */
export type AttachAs = 'independent_persistent' | 'persistent';
/** `access` values (vdvs.md §1). */
export type AccessMode = 'read-write' | 'read-only';

/**
 * The `volOpts` map exactly as vDVS writes it into the KV sidecar: only the keys the user passed, plus
 * `fstype` added by the plugin and `diskformat` added by ESX (vdvs.md §1 create flow, §5 sidecar).
 */
export interface VolOpts {
  size?: string;
  'vsan-policy-name'?: string;
  diskformat?: DiskFormat;
  'attach-as'?: AttachAs;
  access?: AccessMode;
  fstype?: string;
  'clone-from'?: string;
}

/** Where the disk sits in the VM, as vDVS reports it: strings, like the JSON it sends (vdvs.md §2, §6). */
export interface VolumeDevice {
  controllerPciSlotNumber: string;
  unit: string;
}

/** The KV `attached*` keys; present only while attached (vdvs.md §5). */
export interface VolumeAttachment {
  vmName: string;
  vmUuid: string;
  device: VolumeDevice;
}

/** A vmgroup (tenant): its volumes live in `dockvols/<uuid>/`, linked as `dockvols/<name>` (vdvs.md §5). */
export interface Vmgroup {
  uuid: string;
  name: string;
}

/** One vDVS volume: what the descriptor, the sidecar and diskLib would tell vmdk_ops. */
export interface VdvsVolume {
  name: string;
  datastore: string;
  datastoreType: DatastoreType;
  vmgroupUuid: string;
  sizeKb: number;
  /** Space actually used; the integrator derives it (vdvs.md §2 lists observed values). */
  allocatedKb: number;
  /** Epoch ms of creation; rendered with asctime(gmtime()). */
  createdMs: number;
  createdBy: string;
  volOpts: VolOpts;
  /** What `docker volume create -o` received, shown as `Options` by `docker volume inspect` (vdvs.md §2). */
  userOptions: Readonly<Record<string, string>>;
  attachment: VolumeAttachment | null;
  /** The vSAN object behind the descriptor; derived from the name when absent. */
  vsanObjectUuid?: string;
}

/** The `_DEFAULT` vmgroup's fixed uuid since 0.11.1 (vdvs.md §3, §5). */
export const DEFAULT_VMGROUP_UUID = '11111111-1111-1111-1111-111111111111';
/** The default vmgroup every VM maps to when there is no config DB (vdvs.md §5). */
export const DEFAULT_VMGROUP: Vmgroup = { uuid: DEFAULT_VMGROUP_UUID, name: '_DEFAULT' };
/** Shown for the policy of vSAN volumes created without `vsan-policy-name` (vdvs.md §1, §3). */
export const VSAN_DEFAULT_POLICY_LABEL = '[VSAN default]';
/** Missing metadata / orphan marker in admin listings (vdvs.md §3). */
export const NOT_AVAILABLE = 'N/A';
