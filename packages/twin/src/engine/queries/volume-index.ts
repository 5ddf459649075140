/**
 * The volume list's sorted orders, kept per volumes array: the columns that depend on the record alone (name,
 * capacity, policy, status, created) are computed and sorted once, so a page of 10,000 volumes is a slice instead of
 * a walk and a sort. The state is immutable and `advance` keeps the volumes array, so the index lives in a WeakMap
 * keyed by that array (like `table.ts`): invisible to callers, rebuilt only when a volume changes, gone with it.
 */
import type { VolumeStatus } from '@harborview/contracts/vocabulary';

import type { VdvsVolume } from '../../vdvs/types';
import { policyColumn } from '../../vdvs/volume-ls';
import { fullNameOf } from '../volume-view';

/** A volume record with the columns lists filter and sort on. */
export interface VolumeRow {
  record: VdvsVolume;
  fullName: string;
  /** For the case-insensitive text filter. */
  lowerName: string;
  policy: string;
  status: VolumeStatus;
}

/** Sort keys read from the record alone; `health` depends on the vSAN objects and the clock, so it is not indexed. */
export type RecordSortKey = 'name' | 'capacity' | 'policy' | 'status' | 'created';

interface VolumeIndex {
  rows: readonly VolumeRow[];
  ascending: Map<RecordSortKey, readonly VolumeRow[]>;
}

const indexes = new WeakMap<readonly VdvsVolume[], VolumeIndex>();
// Records are immutable and a command replaces only the ones it changes, so a new volumes array mostly holds records
// already seen: their rows are reused and only the index arrays are rebuilt.
const rowsByRecord = new WeakMap<VdvsVolume, VolumeRow>();

function rowOf(record: VdvsVolume): VolumeRow {
  const known = rowsByRecord.get(record);
  if (known !== undefined) return known;
  const fullName = fullNameOf(record);
  const row: VolumeRow = {
    record,
    fullName,
    lowerName: fullName.toLowerCase(),
    policy: policyColumn(record),
    status: record.attachment === null ? 'detached' : 'attached',
  };
  rowsByRecord.set(record, row);
  return row;
}

function indexOf(volumes: readonly VdvsVolume[]): VolumeIndex {
  const known = indexes.get(volumes);
  if (known !== undefined) return known;
  const built: VolumeIndex = { rows: volumes.map(rowOf), ascending: new Map() };
  indexes.set(volumes, built);
  return built;
}

/** The value a row sorts by; ties go by full name, which is unique. */
export function recordSortValue(row: VolumeRow, key: RecordSortKey): string | number {
  switch (key) {
    case 'capacity':
      return row.record.sizeKb;
    case 'policy':
      return row.policy;
    case 'status':
      return row.status;
    case 'created':
      return row.record.createdMs;
    case 'name':
      return row.fullName;
  }
}

/** Ascending by key, then by full name; the list sorts this way everywhere, so desc is the exact reverse. */
export function compareRows(
  a: { key: string | number; name: string },
  b: { key: string | number; name: string },
): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Every volume's row, in the order of the volumes array. */
export function volumeRows(volumes: readonly VdvsVolume[]): readonly VolumeRow[] {
  return indexOf(volumes).rows;
}

/** The rows sorted ascending by `key` (ties by full name); built on first use per volumes array and key. */
export function sortedVolumeRows(volumes: readonly VdvsVolume[], key: RecordSortKey): readonly VolumeRow[] {
  const index = indexOf(volumes);
  const known = index.ascending.get(key);
  if (known !== undefined) return known;
  const keyed = index.rows.map((row) => ({ row, key: recordSortValue(row, key), name: row.fullName }));
  keyed.sort(compareRows);
  const sorted = keyed.map((k) => k.row);
  index.ascending.set(key, sorted);
  return sorted;
}
