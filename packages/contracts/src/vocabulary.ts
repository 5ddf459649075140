/**
 * Every closed set of words the API uses, declared once: the zod schemas build their enums from these lists
 * (`z.enum(LIST)`), the twin takes the types (`import type`), and the web reads the lists for filters and legends.
 * Zod-free on purpose, so anything may import it without pulling in the schemas.
 */

/** Component states as the Physical Placement view names them (VsanComponentStates; vsan-ha.md §2). */
export const COMPONENT_STATES = ['ACTIVE', 'ABSENT', 'DEGRADED', 'ACTIVE_STALE', 'ABSENT_RESYNC', 'RECONFIG'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** A placed component holds data, or is a witness holding only a vote. */
export const COMPONENT_TYPES = ['Component', 'Witness'] as const;
export type ComponentType = (typeof COMPONENT_TYPES)[number];

/** `vim.host.VsanObjectHealth.VsanObjectHealthState` values (vsan-ha.md §2 Object health states). */
export const OBJECT_HEALTH_STATES = [
  'healthy',
  'datamove',
  'inaccessible',
  'reducedavailabilitywithnorebuild',
  'reducedavailabilitywithnorebuilddelaytimer',
  'reducedavailabilitywithactiverebuild',
  'reducedavailabilitywithpausedrebuild',
  'reducedavailabilitywithpolicypending',
  'reducedavailabilitywithpolicypendingfailed',
  'nonavailabilityrelatedreconfig',
  'nonavailabilityrelatedincompliance',
  'nonavailabilityrelatedincompliancewithpausedrebuild',
  'nonavailabilityrelatedincompliancewithpolicypending',
  'nonavailabilityrelatedincompliancewithpolicypendingfailed',
  'remoteAccessible',
] as const;
export type ObjectHealth = (typeof OBJECT_HEALTH_STATES)[number];

/** `VsanObjectPlacementDetails.type` values the twin creates (vsan-ha.md §1 Objects): a VMDK, a VM home, its swap. */
export const VSAN_OBJECT_KINDS = ['vdisk', 'namespace', 'vmswap'] as const;
export type VsanObjectKind = (typeof VSAN_OBJECT_KINDS)[number];

/** Inner nodes of an object's RAID tree. */
export const LAYOUT_BRANCH_TYPES = ['RAID_1', 'RAID_0', 'RAID_5', 'RAID_6', 'Concatenation'] as const;
export type LayoutBranchType = (typeof LAYOUT_BRANCH_TYPES)[number];

/** Storage policy compliance as the VM's Policies tab shows it. */
export const COMPLIANCE_STATUSES = ['Compliant', 'Noncompliant'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** Every kind of object the navigator shows; each has its own object view and URL. */
export const OBJECT_KINDS = ['vcenter', 'datacenter', 'cluster', 'host', 'vm', 'datastore', 'network'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export const POWER_STATES = ['poweredOn', 'poweredOff'] as const;
export type PowerState = (typeof POWER_STATES)[number];

export const CONNECTION_STATES = ['connected', 'notResponding', 'disconnected'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

export const DISK_STATES = ['healthy', 'failed'] as const;
export type DiskState = (typeof DISK_STATES)[number];

/** A disk group's cache SSD or one of its capacity devices. */
export const DISK_ROLES = ['cache', 'capacity'] as const;
export type DiskRole = (typeof DISK_ROLES)[number];

export const HA_PROTECTIONS = ['protected', 'unprotected'] as const;
export type HaProtection = (typeof HA_PROTECTIONS)[number];

/** vSphere managed-object types plus the Docker and Harbor objects the twin adds. */
export const ENTITY_TYPES = [
  'Datacenter',
  'ClusterComputeResource',
  'HostSystem',
  'VirtualMachine',
  'Datastore',
  'DockerVolume',
  'Container',
  'Harbor',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A task's life as vSphere shows it in Recent Tasks (TaskInfo.state). */
export const TASK_STATES = ['queued', 'running', 'success', 'error'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** vSphere alarm colours: Normal green, Warning yellow, Alert red. */
export const ALARM_STATUSES = ['green', 'yellow', 'red'] as const;
export type AlarmStatus = (typeof ALARM_STATUSES)[number];

/** vSphere event categories as the client shows them. */
export const EVENT_SEVERITIES = ['info', 'warning', 'error'] as const;
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];

/** Install state of a vDVS piece (the VIB on an ESXi host, the plugin on the Docker VM). */
export const INSTALL_STATES = ['notInstalled', 'installing', 'installed'] as const;
export type InstallStateName = (typeof INSTALL_STATES)[number];

/** A vDVS volume is attached to a VM or not (`docker volume inspect` Status.status, vdvs.md §2). */
export const VOLUME_STATUSES = ['attached', 'detached'] as const;
export type VolumeStatus = (typeof VOLUME_STATUSES)[number];

/** What the Volumes list sorts by. */
export const VOLUME_SORT_KEYS = ['name', 'capacity', 'policy', 'status', 'health', 'created'] as const;
export type VolumeSortKey = (typeof VOLUME_SORT_KEYS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Monitor > vSAN > Resyncing Objects: copying now, waiting its turn, on the delay timer, or nowhere to go. */
export const RESYNC_STATUSES = ['active', 'queued', 'scheduled', 'pending'] as const;
export type ResyncStatus = (typeof RESYNC_STATUSES)[number];

/** Entries of the datastore Files browser. */
export const BROWSE_ENTRY_KINDS = ['folder', 'file', 'link'] as const;
export type BrowseEntryKind = (typeof BROWSE_ENTRY_KINDS)[number];

/** Harbor's overall and per-component health. */
export const HARBOR_HEALTH_STATUSES = ['healthy', 'unhealthy'] as const;
export type HarborHealthStatus = (typeof HARBOR_HEALTH_STATUSES)[number];

/** A Harbor service's container (Docker's container states the twin models). */
export const CONTAINER_STATES = ['created', 'running', 'restarting', 'exited'] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

/** A compose mount: a host path or a named (vDVS) volume. */
export const MOUNT_KINDS = ['bind', 'volume'] as const;
export type MountKind = (typeof MOUNT_KINDS)[number];

/** How bad a Harbor finding or a policy issue is. */
export const ISSUE_SEVERITIES = ['warning', 'error'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

/** The faults a failover drill injects. */
export const DRILL_FAULT_TYPES = ['host-power-off', 'disk-failure', 'host-isolation'] as const;
export type DrillFaultType = (typeof DRILL_FAULT_TYPES)[number];

/** What a drill calls an object: a vDVS volume, or one of the Harbor VM's own objects. */
export const PREFLIGHT_OBJECT_KINDS = ['volume', 'vm-home', 'vm-swap', 'vm-disk'] as const;
export type PreflightObjectKind = (typeof PREFLIGHT_OBJECT_KINDS)[number];

/** An object's data after a fault: `lost` only when the only copy is destroyed for good. */
export const DATA_FATES = ['intact', 'unavailable', 'lost'] as const;
export type DataFate = (typeof DATA_FATES)[number];

export const DRILL_STATUSES = ['preflight', 'running', 'recovered', 'completed', 'failed'] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

/** The cross-layer timeline's lanes, top to bottom. */
export const DRILL_LANES = ['host', 'ha', 'vm', 'vsan', 'volume', 'harbor', 'registry'] as const;
export type DrillLane = (typeof DRILL_LANES)[number];

/** Harbor compose layouts a reset can start with (the twin's `LayoutId`); without one it is 0.4.1, the walkthrough's. */
export const HARBOR_LAYOUT_IDS = ['0.4.1', '0.5.0', '1.7', '1.10', '2.x'] as const;
export type HarborLayoutId = (typeof HARBOR_LAYOUT_IDS)[number];

/** A drill's verdict on the registry's data (null until checked). */
export const DATA_VERDICTS = ['intact', 'lost', 'unavailable'] as const;
export type DataVerdict = (typeof DATA_VERDICTS)[number];

/** An image or blob fetched back from the registry and re-hashed. */
export const IMAGE_CHECK_STATUSES = ['intact', 'missing', 'corrupt', 'unavailable'] as const;
export type ImageCheckStatus = (typeof IMAGE_CHECK_STATUSES)[number];
