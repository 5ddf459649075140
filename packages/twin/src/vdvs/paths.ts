/**
 * ESX paths vDVS uses and prints in messages (vdvs.md §3, §5): `/vmfs/volumes/<ds>/dockvols/<vmgroup>/<vol>.vmdk`,
 * the policies folder and the guest mountpoint.
 */

/** vmdk_ops DOCK_VOLS_DIR (vdvs.md §5). */
export const DOCK_VOLS_DIR = 'dockvols';
/** Guest mount root of the Linux plugin (vdvs.md §2). */
export const MOUNT_ROOT = '/mnt/vmdk';

/** `/vmfs/volumes/<ds>/dockvols`. */
export function dockvolsPath(datastore: string): string {
  return `/vmfs/volumes/${datastore}/${DOCK_VOLS_DIR}`;
}

/** The readable path of a volume's descriptor, through the vmgroup-name link, as seen in errors (vdvs.md §5, §7). */
export function vmdkPath(datastore: string, vmgroupName: string, volumeName: string): string {
  return `${dockvolsPath(datastore)}/${vmgroupName}/${volumeName}.vmdk`;
}

/** `<vsanDatastore>/dockvols/policies/<name>` (vdvs.md §3). */
export function policyFilePath(vsanDatastore: string, policyName: string): string {
  return `${dockvolsPath(vsanDatastore)}/policies/${policyName}`;
}

/** `/mnt/vmdk/<name@ds>`, the Mountpoint `docker volume inspect` shows (vdvs.md §2). */
export function mountpointFor(fullName: string): string {
  return `${MOUNT_ROOT}/${fullName}`;
}
