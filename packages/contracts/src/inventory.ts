import { z } from 'zod';

import { listOf } from './lists';
import type { ObjectKind } from './vocabulary';
import { CONNECTION_STATES, DISK_STATES, HA_PROTECTIONS, OBJECT_KINDS, POWER_STATES } from './vocabulary';
import { ComponentStateSchema } from './vsan';

export { OBJECT_KINDS } from './vocabulary';
export type { ConnectionState, ObjectKind, PowerState } from './vocabulary';

export const ObjectKindSchema = z.enum(OBJECT_KINDS);

/** A node of a navigator tree (vCenter → Datacenter → Cluster → hosts → VMs, or datastores). */
export type InventoryNode = { id: string; kind: ObjectKind; name: string; children: InventoryNode[] };
export const InventoryNodeSchema: z.ZodType<InventoryNode> = z.object({
  id: z.string(),
  kind: ObjectKindSchema,
  name: z.string(),
  get children() {
    return z.array(InventoryNodeSchema);
  },
});

/** The four navigator views of the vSphere Client, in its order. */
export const INVENTORY_VIEWS = ['hostsAndClusters', 'vmsAndTemplates', 'storage', 'networking'] as const;
export const InventoryViewSchema = z.enum(INVENTORY_VIEWS);
export type InventoryView = z.infer<typeof InventoryViewSchema>;

/** `GET /api/inventory`: one root tree per navigator view. */
export const InventorySchema = z.object({
  views: z.object({
    hostsAndClusters: InventoryNodeSchema,
    vmsAndTemplates: InventoryNodeSchema,
    storage: InventoryNodeSchema,
    networking: InventoryNodeSchema,
  }),
});
export type Inventory = z.infer<typeof InventorySchema>;

export const PowerStateSchema = z.enum(POWER_STATES);
export const ConnectionStateSchema = z.enum(CONNECTION_STATES);

export const DiskSchema = z.object({
  id: z.string(),
  name: z.string(),
  capacityBytes: z.number().int().nonnegative(),
  usedBytes: z.number().int().nonnegative(),
  isSsd: z.boolean(),
  state: z.enum(DISK_STATES),
});
export type Disk = z.infer<typeof DiskSchema>;

/** A vSAN disk group: one cache SSD in front of capacity disks. */
export const DiskGroupSchema = z.object({
  id: z.string(),
  cacheDisk: DiskSchema,
  capacityDisks: z.array(DiskSchema),
});
export type DiskGroup = z.infer<typeof DiskGroupSchema>;

/** The vSAN components (witnesses included) placed on a host, counted by state: Host Summary's portlet reads these. */
export const HostComponentCountsSchema = z.object({
  total: z.number().int().nonnegative(),
  // An enum-keyed record is exhaustive: every state is present, zero when the host holds none in it.
  byState: z.record(ComponentStateSchema, z.number().int().nonnegative()),
});
export type HostComponentCounts = z.infer<typeof HostComponentCountsSchema>;

/** An ESXi host; `address` is a label (10.162.102.x), never something the BFF connects to. */
export const HostSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  clusterId: z.string(),
  powerState: PowerStateSchema,
  connectionState: ConnectionStateSchema,
  haState: z.string(),
  version: z.string(),
  model: z.string(),
  cpu: z.object({ cores: z.number().int().positive(), mhzPerCore: z.number().int().positive() }),
  /** usedBytes counts the configured memory of the VMs powered on here. */
  memory: z.object({ totalBytes: z.number().int().positive(), usedBytes: z.number().int().nonnegative() }),
  diskGroups: z.array(DiskGroupSchema),
  vmIds: z.array(z.string()),
  components: HostComponentCountsSchema,
});
export type Host = z.infer<typeof HostSchema>;
export const HostListSchema = listOf(HostSchema);
export type HostList = z.infer<typeof HostListSchema>;

/** A VM's virtual disk as the VM Summary's "Hard disk N" rows show it. */
export const VirtualDiskSchema = z.object({
  label: z.string(),
  capacityBytes: z.number().int().nonnegative(),
  vmdkPath: z.string(),
  volumeName: z.string().nullable(),
  controller: z.string(),
  unitNumber: z.number().int().nonnegative(),
});
export type VirtualDisk = z.infer<typeof VirtualDiskSchema>;

export const VmSchema = z.object({
  id: z.string(),
  name: z.string(),
  hostId: z.string(),
  powerState: PowerStateSchema,
  guestOs: z.string(),
  ipAddress: z.string().nullable(),
  cpuCount: z.number().int().positive(),
  memoryBytes: z.number().int().positive(),
  haProtection: z.enum(HA_PROTECTIONS),
  disks: z.array(VirtualDiskSchema),
});
export type Vm = z.infer<typeof VmSchema>;
export const VmListSchema = listOf(VmSchema);
export type VmList = z.infer<typeof VmListSchema>;

export const ClusterSchema = z.object({
  id: z.string(),
  name: z.string(),
  datacenterId: z.string(),
  haEnabled: z.boolean(),
  vsanEnabled: z.boolean(),
  hostIds: z.array(z.string()),
  datastoreIds: z.array(z.string()),
});
export type Cluster = z.infer<typeof ClusterSchema>;
export const ClusterListSchema = listOf(ClusterSchema);
export type ClusterList = z.infer<typeof ClusterListSchema>;

export const DatastoreSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['vsan', 'vmfs']),
  url: z.string(),
  capacityBytes: z.number().int().nonnegative(),
  freeBytes: z.number().int().nonnegative(),
  hostIds: z.array(z.string()),
});
export type Datastore = z.infer<typeof DatastoreSchema>;
export const DatastoreListSchema = listOf(DatastoreSchema);
export type DatastoreList = z.infer<typeof DatastoreListSchema>;
