/**
 * `vmdkops_admin.py volume ls [-c cols] [--vmgroup NAME]` rows, 0.13+ headers and column rules
 * (vdvs.md §3, vmdkops_admin.py `generate_ls_rows`).
 */
import { asctimeUtc } from './py-format';
import { formatKbSize } from './sizes';
import type { VdvsVolume, Vmgroup } from './types';
import { NOT_AVAILABLE, VSAN_DEFAULT_POLICY_LABEL } from './types';
import type { VmNameLookup } from './volume-status';
import { attachedVmLabel } from './volume-status';

/** `-c` column ids in the CLI's order, with their headers (vdvs.md §3). */
export const ADMIN_VOLUME_LS_COLUMNS = [
  { id: 'volume', header: 'Volume' },
  { id: 'datastore', header: 'Datastore' },
  { id: 'vmgroup', header: 'VMGroup' },
  { id: 'capacity', header: 'Capacity' },
  { id: 'used', header: 'Used' },
  { id: 'fstype', header: 'Filesystem' },
  { id: 'policy', header: 'Policy' },
  { id: 'disk-format', header: 'Disk Format' },
  { id: 'attached-to', header: 'Attached-to' },
  { id: 'access', header: 'Access' },
  { id: 'attach-as', header: 'Attach-as' },
  { id: 'created-by', header: 'Created By' },
  { id: 'created', header: 'Created Date' },
] as const;

/** A `-c` column id. */
export type AdminVolumeLsColumn = (typeof ADMIN_VOLUME_LS_COLUMNS)[number]['id'];

/** One row keyed by column id. */
export type AdminVolumeLsRow = Record<AdminVolumeLsColumn, string>;

/** What the rows need beyond the volumes: vmgroup names, current VM names. */
export interface AdminVolumeLsContext extends VmNameLookup {
  vmgroups: readonly Vmgroup[];
}

/** Policy column: the KV policy, else `[VSAN default]` on vSAN, else `N/A` (vdvs.md §3). */
export function policyColumn(volume: VdvsVolume): string {
  const named = volume.volOpts['vsan-policy-name'];
  if (named !== undefined) return named;
  return volume.datastoreType === 'vsan' ? VSAN_DEFAULT_POLICY_LABEL : NOT_AVAILABLE;
}

/** One admin row; a deleted vmgroup shows `N/A` (orphan), missing metadata `N/A` (vdvs.md §3). */
export function adminVolumeLsRow(volume: VdvsVolume, ctx: AdminVolumeLsContext): AdminVolumeLsRow {
  const o = volume.volOpts;
  return {
    volume: volume.name,
    datastore: volume.datastore,
    vmgroup: ctx.vmgroups.find((g) => g.uuid === volume.vmgroupUuid)?.name ?? NOT_AVAILABLE,
    capacity: formatKbSize(volume.sizeKb),
    used: formatKbSize(volume.allocatedKb),
    fstype: o.fstype ?? NOT_AVAILABLE,
    policy: policyColumn(volume),
    'disk-format': o.diskformat ?? NOT_AVAILABLE,
    'attached-to': attachedVmLabel(volume, ctx) ?? 'detached',
    access: o.access ?? 'read-write',
    'attach-as': o['attach-as'] ?? 'independent_persistent',
    'created-by': volume.createdBy,
    created: asctimeUtc(volume.createdMs),
  };
}

/**
 * Headers and cell rows for `volume ls`, optionally `-c` columns (kept in the CLI's own column order) and
 * `--vmgroup` (by name).
 */
export function adminVolumeLsTable(
  volumes: readonly VdvsVolume[],
  ctx: AdminVolumeLsContext,
  options: { columns?: readonly AdminVolumeLsColumn[]; vmgroup?: string } = {},
): { headers: string[]; rows: string[][] } {
  const chosen = ADMIN_VOLUME_LS_COLUMNS.filter((c) => !options.columns || options.columns.includes(c.id));
  const group = options.vmgroup === undefined ? undefined : ctx.vmgroups.find((g) => g.name === options.vmgroup);
  const listed = options.vmgroup === undefined ? volumes : volumes.filter((v) => v.vmgroupUuid === group?.uuid);
  return {
    headers: chosen.map((c) => c.header),
    rows: listed.map((v) => {
      const row = adminVolumeLsRow(v, ctx);
      return chosen.map((c) => row[c.id]);
    }),
  };
}
