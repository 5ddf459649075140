/**
 * vDVS volume name rules, checked as the user types (vdvs.md §1, vmdk_ops.py `parse_vol_name`): `name[@datastore]`
 * split at the LAST `@`, ≤100 characters each, no `/` or `\`, not ending in `-NNNNNN`. Messages are vmdk_ops's.
 */

const MAX_LENGTH = 100;

/** A name split at its last `@`; `datastore` is null when none was given (or `vol@`). */
export interface VolumeNameParts {
  name: string;
  datastore: string | null;
}

/** Outcome: the parts, or vmdk_ops's message verbatim. */
export type VolumeNameCheck = ({ ok: true } & VolumeNameParts) | { ok: false; message: string };

/** Split at the last `@`; an empty datastore after `@` means the default, as in Python. */
export function splitVolumeName(fullName: string): VolumeNameParts {
  const at = fullName.lastIndexOf('@');
  if (at < 0) return { name: fullName, datastore: null };
  const datastore = fullName.slice(at + 1);
  return { name: fullName.slice(0, at), datastore: datastore === '' ? null : datastore };
}

// Python len() counts code points, not UTF-16 units.
const codePoints = (text: string): number => [...text].length;

/**
 * Check a volume name the way vmdk_ops does, in its order. An empty name is refused with the console's own hint.
 * @example checkVolumeName('db-000001') // { ok: false, message: "Volume names ending with '-NNNNNN' (where N is a digit) are not supported" }
 */
export function checkVolumeName(fullName: string): VolumeNameCheck {
  const { name, datastore } = splitVolumeName(fullName);
  if (name === '') return { ok: false, message: 'Enter a volume name' };
  if (/-[0-9]{6}$/.test(name)) {
    return { ok: false, message: "Volume names ending with '-NNNNNN' (where N is a digit) are not supported" };
  }
  if (codePoints(name) > MAX_LENGTH)
    return { ok: false, message: `Volume name is too long (max len is ${MAX_LENGTH})` };
  const illegal = ['/', '\\'].filter((c) => name.includes(c));
  if (illegal.length > 0)
    return { ok: false, message: `Volume name contains illegal characters: ${illegal.join(', ')}` };
  if (datastore !== null && codePoints(datastore) > MAX_LENGTH) {
    return { ok: false, message: `Datastore name is too long (max len is ${MAX_LENGTH})` };
  }
  return { ok: true, name, datastore };
}
