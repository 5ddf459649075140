import {
  hasSnapshotSuffix,
  isVolumeNameTooLong,
  SNAPSHOT_SUFFIX_MESSAGE,
  splitVolumeName,
  VOLUME_NAME_TOO_LONG_MESSAGE,
} from '@harborview/twin/vdvs';

// vDVS's own name rules and messages live in the twin (vdvs.md §1); this module adds what Compose demands on top.
// Docker's restricted name set (2+ chars, alphanumeric first), which also satisfies the Compose schema's
// `^[a-zA-Z0-9._-]+$` for top-level volume keys.
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/**
 * Why a name cannot be used as an external vDVS volume in a compose file, or null when it can.
 * `name@datastore` is refused: Compose keys cannot hold `@`; vDVS resolves a plain name on the VM's datastore.
 */
export function volumeNameProblem(name: string): string | null {
  if (name.includes('@')) {
    return `"${name}": use the plain volume name; a compose volume key cannot contain "@datastore".`;
  }
  if (isVolumeNameTooLong(name)) {
    return `"${name.slice(0, 20)}…": ${VOLUME_NAME_TOO_LONG_MESSAGE}.`;
  }
  if (!DOCKER_NAME.test(name)) {
    return `"${name}": a volume name is 2 or more of [a-zA-Z0-9_.-] and starts with a letter or digit.`;
  }
  if (hasSnapshotSuffix(name)) {
    return `"${name}": ${SNAPSHOT_SUFFIX_MESSAGE}.`;
  }
  return null;
}

/** The volume part of a vDVS full name (`vol@datastore` → `vol`), split at the last `@` like vDVS does. */
export function baseVolumeName(name: string): string {
  return splitVolumeName(name).name;
}
