/**
 * Constants the engine adds on top of the modules' own (ha/constants.ts, vsan/units.ts, harbor/harbor-state.ts).
 * [V] a domain doc says it, [D] derived, [U] the twin's choice where the docs are silent. README.md tables them all.
 */
import type { Seconds } from '../tasks/time';
import { seconds } from '../tasks/time';
import type { BytesPerSecond } from '../vsan/units';
import { bytesPerSecond } from '../vsan/units';

/** [U] Resync bandwidth per object; vsan-ha.md §2 only says a delta resync "takes minutes rather than a full rebuild". */
export const RESYNC_BYTES_PER_SECOND: BytesPerSecond = bytesPerSecond(50 * 1024 ** 2);
/** [V] vSAN pauses I/O on affected objects for 5–7 s after a host is lost (vsan-ha.md §2 Absent vs Degraded). */
export const IO_STUN_MIN: Seconds = seconds(5);
/** [V] Upper bound of the I/O pause (vsan-ha.md §2, §6). */
export const IO_STUN_MAX: Seconds = seconds(7);
/** [U] ESXi boot after "power on" until vCenter reconnects it; no domain doc gives it. */
export const HOST_BOOT_DURATION: Seconds = seconds(120);
/** [U] `esxcli software vib install` of esx-vmdkops-service (vdvs.md §5 names the VIB, not its timing). */
export const VIB_INSTALL_DURATION: Seconds = seconds(20);
/** [U] `docker plugin install … vmware/vsphere-storage-for-docker:latest` (vdvs.md §1 names the command only). */
export const PLUGIN_INSTALL_DURATION: Seconds = seconds(15);
/** [V] Longest single `advance` (contracts AdvanceClockBody: 7 days); keeps a crash loop from running forever. */
export const MAX_ADVANCE_SECONDS = 7 * 24 * 3600;
/** [D] vDVS's last release line is 0.21.x (vdvs.md header), installed when no version is given. */
export const DEFAULT_VDVS_VERSION = '0.21';
/** [V] Plugin startup refcount recovery detaches unused volumes from 0.17 on (vdvs.md §7, PR #1710). */
export const REFCOUNT_RECOVERY_SINCE = [0, 17] as const;
/** [U] Who the operator's tasks name as initiator (Recent Tasks "Initiator", vsphere-client-ui.md §4 Layout). */
export const DEFAULT_INITIATOR = 'VSPHERE.LOCAL\\Administrator';
/** [V] Automatic work (HA) shows "System" (vsphere-client-ui.md §4: TaskReasonUser.userName / "System"). */
export const SYSTEM_INITIATOR = 'System';
/** [U] The vSAN Skyline alarm on the cluster for Data > vSAN object health (vsphere-client-ui.md §4 Virtual Objects). */
export const VSAN_OBJECT_HEALTH_ALARM = "vSAN health alarm 'vSAN object health'";
/** [V] The built-in policy's name (vsphere-client-ui.md, VM Storage Policy wizard step 6). */
export const DEFAULT_POLICY_NAME = 'vSAN Default Storage Policy';
/** [V] ESXi's default vdisk policy content (vdvs.md §3: "cluster/vdisk `()`"). */
export const DEFAULT_POLICY_CONTENT = '()';
/** [U] Bytes the Photon OS + Docker + Harbor images occupy on Hard disk 1 (holds /data before the move). */
export const OS_DISK_WRITTEN_BYTES = 6 * 1024 ** 3;
/** [U] Written bytes of a VM home namespace (.vmx, logs, descriptors: vsan-ha.md §1 Objects). */
export const NAMESPACE_WRITTEN_BYTES = 200 * 1024 ** 2;
/** [U] Address space of a VM home namespace object: one 255 GB component (vsan-ha.md §1 max component size). */
export const NAMESPACE_SIZE_BYTES = 255 * 1024 ** 3;
/** The datastore every volume, VM and policy lives on (vdvs.md §3: only the first vSAN datastore is used). */
export const VSAN_DATASTORE = 'vsanDatastore';
/** Entity id of the one Harbor instance in events and tasks. */
export const HARBOR_ENTITY_ID = 'harbor';
