/**
 * `name[@datastore]` as vmdk_ops parses it (vdvs.md §1, docs/internal/VolumeNames.md): split at the LAST `@`,
 * length limits, illegal characters, the `-NNNNNN` snapshot suffix, case-insensitive datastore match and the
 * vmgroup's default datastore for short names.
 */
import type { DatastoreInfo } from './types';

/** vmdk_ops MAX_VOL_NAME_LEN / MAX_DS_NAME_LEN (vdvs.md §1). */
export const MAX_VOLUME_NAME_LENGTH = 100;
/** Max datastore name length (vdvs.md §1). */
export const MAX_DATASTORE_NAME_LENGTH = 100;
/** The vmgroup default datastore placeholder meaning "the Docker VM's own datastore" (vdvs.md §2, §3). */
export const VM_DATASTORE_PLACEHOLDER = '_VM_DS';

const ILLEGAL_CHARACTERS = ['/', '\\'] as const;

/** The datastores ESX knows and the one short names resolve to. */
export interface DatastoreCatalog {
  datastores: readonly DatastoreInfo[];
  defaultDatastore: string;
}

/** A parsed, resolved volume name. */
export interface ResolvedVolumeName {
  name: string;
  datastore: DatastoreInfo;
  /** `name@datastore`, how `ls` shows every volume since 0.10 (vdvs.md §2). */
  fullName: string;
  datastoreGiven: boolean;
}

/** Parse outcome: the resolved name or vmdk_ops's message. */
export type VolumeNameResult = ({ ok: true } & ResolvedVolumeName) | { ok: false; message: string };

/** Split at the last `@`; `vol@` leaves an empty datastore, which vmdk_ops treats as none given. */
export function splitVolumeName(fullName: string): { name: string; datastore: string | null } {
  const at = fullName.lastIndexOf('@');
  if (at < 0) return { name: fullName, datastore: null };
  return { name: fullName.slice(0, at), datastore: fullName.slice(at + 1) };
}

/** `name@datastore`. */
export function fullVolumeName(name: string, datastore: string): string {
  return `${name}@${datastore}`;
}

/** The datastore a vmgroup's default resolves to: `_VM_DS` means the Docker VM's datastore (vdvs.md §2). */
export function resolveDefaultDatastore(vmgroupDefault: string, vmDatastore: string): string {
  return vmgroupDefault === VM_DATASTORE_PLACEHOLDER ? vmDatastore : vmgroupDefault;
}

/** Find a datastore ignoring case (vdvs.md §1). */
export function findDatastore(datastores: readonly DatastoreInfo[], name: string): DatastoreInfo | undefined {
  const wanted = name.toLowerCase();
  return datastores.find((d) => d.name.toLowerCase() === wanted);
}

// Python len() counts code points, not UTF-16 units.
const codePoints = (text: string): number => [...text].length;

/** vmdk_ops's name messages, verbatim (vdvs.md §1). */
export const SNAPSHOT_SUFFIX_MESSAGE = "Volume names ending with '-NNNNNN' (where N is a digit) are not supported";
export const VOLUME_NAME_TOO_LONG_MESSAGE = `Volume name is too long (max len is ${MAX_VOLUME_NAME_LENGTH})`;
export const DATASTORE_NAME_TOO_LONG_MESSAGE = `Datastore name is too long (max len is ${MAX_DATASTORE_NAME_LENGTH})`;

/** Snapshot deltas are `<disk>-000001.vmdk`: a volume named like one would be hidden from listings. */
export function hasSnapshotSuffix(name: string): boolean {
  return /-[0-9]{6}$/.test(name);
}

/** Longer than vmdk_ops allows, counted in code points as Python's len() does. */
export function isVolumeNameTooLong(name: string): boolean {
  return codePoints(name) > MAX_VOLUME_NAME_LENGTH;
}

/** The name checks alone, in vmdk_ops order; null when the name part is fine. */
export function volumeNameProblem(name: string, datastore: string | null): string | null {
  if (hasSnapshotSuffix(name)) return SNAPSHOT_SUFFIX_MESSAGE;
  if (isVolumeNameTooLong(name)) return VOLUME_NAME_TOO_LONG_MESSAGE;
  const illegal = ILLEGAL_CHARACTERS.filter((c) => name.includes(c));
  if (illegal.length > 0) return `Volume name contains illegal characters: ${illegal.join(', ')}`;
  if (datastore && codePoints(datastore) > MAX_DATASTORE_NAME_LENGTH) return DATASTORE_NAME_TOO_LONG_MESSAGE;
  return null;
}

/** Outcome of the name checks without a datastore list: the parts (no datastore for `vol` or `vol@`), or the message. */
export type VolumeNameCheck = { ok: true; name: string; datastore: string | null } | { ok: false; message: string };

/**
 * vmdk_ops's name checks as a form runs them while the name is typed: nothing is resolved, so an unknown datastore
 * is left for create to refuse.
 * @example checkVolumeName('db-000001') // { ok: false, message: SNAPSHOT_SUFFIX_MESSAGE }
 */
export function checkVolumeName(fullName: string): VolumeNameCheck {
  const { name, datastore } = splitVolumeName(fullName);
  const problem = volumeNameProblem(name, datastore);
  if (problem !== null) return { ok: false, message: problem };
  // An empty datastore after `@` is falsy in Python: none was given.
  return { ok: true, name, datastore: datastore ? datastore : null };
}

/** vmdk_ops's unknown-datastore message (vdvs.md §1). */
export function invalidDatastoreMessage(datastore: string, catalog: DatastoreCatalog): string {
  const known = catalog.datastores.map((d) => d.name).join(', ');
  return `Invalid datastore '${datastore}'.\nKnown datastores: ${known}.\nDefault datastore: ${catalog.defaultDatastore}`;
}

/**
 * Parse and resolve `name[@datastore]` against the known datastores.
 * @example parseVolumeName('db@VSANdatastore', catalog) // → { ok: true, name: 'db', datastore: { name: 'vsanDatastore', … } }
 */
export function parseVolumeName(fullName: string, catalog: DatastoreCatalog): VolumeNameResult {
  const { name, datastore } = splitVolumeName(fullName);
  const problem = volumeNameProblem(name, datastore);
  if (problem) return { ok: false, message: problem };
  // An empty datastore after `@` is falsy in Python: the default datastore is used.
  const wanted = datastore ? datastore : catalog.defaultDatastore;
  const found = findDatastore(catalog.datastores, wanted);
  if (!found) return { ok: false, message: invalidDatastoreMessage(wanted, catalog) };
  return {
    ok: true,
    name,
    datastore: found,
    fullName: fullVolumeName(name, found.name),
    datastoreGiven: Boolean(datastore),
  };
}
