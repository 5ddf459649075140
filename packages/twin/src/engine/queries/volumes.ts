/**
 * vDVS volumes as the console lists them: `docker volume inspect` (Status map, vdvs.md §2), the admin `volume ls`
 * row (§3) and the volume's vSAN object. Lists filter, sort and page on rows kept sorted per volumes array
 * (volume-index.ts), so a page of 10,000 volumes costs a slice plus the page's views. Views are exactly the
 * contract's `Volume`; the raw `inspect` and admin row they are read from come from `volumeVdvsOutput`.
 */
import type { Volume, VolumeList, VolumeListQuery } from '@harborview/contracts/volumes';

import type { VdvsVolume } from '../../vdvs/types';
import { DEFAULT_VMGROUP } from '../../vdvs/types';
import type { AdminVolumeLsRow } from '../../vdvs/volume-ls';
import { adminVolumeLsRow } from '../../vdvs/volume-ls';
import type { DockerVolumeInspect } from '../../vdvs/volume-status';
import { inspectVolume } from '../../vdvs/volume-status';
import { objectUsage } from '../../vsan/capacity';
import type { VsanObject } from '../../vsan/types';
import type { TwinState } from '../state';
import { findVolume, fullNameOf, volumeObject } from '../volume-view';

import { healthOf, objectView } from './objects';
import { isoAt } from './time';
import type { VolumeRow } from './volume-index';
import { compareRows, sortedVolumeRows, volumeRows } from './volume-index';

/** List options: the contract's query, every field optional (the BFF passes the parsed query with its defaults). */
export type VolumeQuery = Partial<VolumeListQuery>;

/** What vDVS itself prints for a volume: `docker volume inspect` and the admin `volume ls` row. */
export interface VolumeVdvsOutput {
  inspect: DockerVolumeInspect;
  adminRow: AdminVolumeLsRow;
}

// vDVS reports the space the object consumes: "allocated = total size plus the size of replicas" (vdvs.md §2).
function withLiveAllocation(v: VdvsVolume, o: VsanObject | undefined): VdvsVolume {
  if (o === undefined) return v;
  const usage = objectUsage(o);
  return { ...v, allocatedKb: Math.floor((usage.usedBytes + usage.reservedBytes) / 1024) };
}

function vmNamesByUuid(s: TwinState): Record<string, string> {
  return Object.fromEntries(s.topology.vms.map((vm) => [vm.uuid, vm.name]));
}

function vdvsOutput(s: TwinState, v: VdvsVolume): VolumeVdvsOutput {
  const lookup = { vmNamesByUuid: vmNamesByUuid(s) };
  return {
    inspect: inspectVolume(v, lookup),
    adminRow: adminVolumeLsRow(v, { ...lookup, vmgroups: [DEFAULT_VMGROUP] }),
  };
}

/** The volume's `docker volume inspect` and admin row, by `name[@datastore]`. */
export function volumeVdvsOutput(s: TwinState, name: string): VolumeVdvsOutput | undefined {
  const record = findVolume(s, name);
  const object = record === undefined ? undefined : volumeObject(s, record);
  return record === undefined || object === undefined ? undefined : vdvsOutput(s, withLiveAllocation(record, object));
}

/** The view of one record, fields in the contract's order (the BFF serializes it as it is). */
export function volumeViewOf(s: TwinState, record: VdvsVolume): Volume | undefined {
  const object = volumeObject(s, record);
  if (object === undefined) return undefined;
  const v = withLiveAllocation(record, object);
  const { inspect, adminRow: row } = vdvsOutput(s, v);
  return {
    name: v.name,
    datastore: v.datastore,
    fullName: fullNameOf(v),
    status: inspect.Status.status,
    attachedTo: inspect.Status['attached to VM'] ?? null,
    vmGroup: row.vmgroup,
    capacityBytes: v.sizeKb * 1024,
    usedBytes: v.allocatedKb * 1024,
    filesystem: row.fstype,
    policy: row.policy,
    diskFormat: row['disk-format'],
    access: row.access,
    attachAs: row['attach-as'],
    createdBy: v.createdBy,
    createdAt: isoAt(s, (v.createdMs - s.clock.startEpochMs) / 1000),
    vdvsStatus: { ...inspect.Status },
    object: objectView(s, object),
  };
}

/** One volume by `name[@datastore]`. */
export function volumeView(s: TwinState, name: string): Volume | undefined {
  const record = findVolume(s, name);
  return record === undefined ? undefined : volumeViewOf(s, record);
}

/** Filters, sorts and pages the volumes; only the page's items are built in full. */
export function volumesView(s: TwinState, query: VolumeQuery = {}): VolumeList {
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  const pageSize = Math.min(500, Math.max(1, Math.trunc(query.pageSize ?? 100)));
  const sort = query.sort ?? 'name';
  const health = (v: VdvsVolume): string => {
    const o = volumeObject(s, v);
    return o === undefined ? 'inaccessible' : healthOf(s, o);
  };
  const text = query.filter?.toLowerCase();
  const keep = (row: VolumeRow): boolean =>
    (text === undefined || row.lowerName.includes(text)) &&
    (query.policy === undefined || row.policy === query.policy) &&
    (query.status === undefined || row.status === query.status) &&
    (query.health === undefined || health(row.record) === query.health);
  const unfiltered =
    text === undefined && query.policy === undefined && query.status === undefined && query.health === undefined;
  let ascending: readonly VolumeRow[];
  if (sort === 'health') {
    const keyed = volumeRows(s.volumes)
      .filter(keep)
      .map((row) => ({ row, key: health(row.record), name: row.fullName }));
    ascending = keyed.sort(compareRows).map((k) => k.row);
  } else {
    const sorted = sortedVolumeRows(s.volumes, sort);
    ascending = unfiltered ? sorted : sorted.filter(keep);
  }
  // Descending is the exact reverse (full names are unique), so a page is read from the far end.
  const total = ascending.length;
  const from = (page - 1) * pageSize;
  const to = Math.min(total, page * pageSize);
  const pageRows: VolumeRow[] = [];
  for (let i = from; i < to; i += 1) {
    const row = ascending[query.order === 'desc' ? total - 1 - i : i];
    if (row !== undefined) pageRows.push(row);
  }
  const items = pageRows.flatMap((row) => {
    const view = volumeViewOf(s, row.record);
    return view === undefined ? [] : [view];
  });
  return { items, total, page, pageSize };
}
