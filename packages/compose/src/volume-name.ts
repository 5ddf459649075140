/** Longest name vDVS accepts (vmdk_ops.py `parse_vol_name`). */
export const MAX_VOLUME_NAME_LENGTH = 100;

// Docker's restricted name set (2+ chars, alphanumeric first), which also satisfies the Compose schema's
// `^[a-zA-Z0-9._-]+$` for top-level volume keys.
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
// vDVS refuses names that look like snapshot delta disks.
const SNAPSHOT_SUFFIX = /-\d{6}$/;

/**
 * Why a name cannot be used as an external vDVS volume in a compose file, or null when it can.
 * `name@datastore` is refused: Compose keys cannot hold `@`; vDVS resolves a plain name on the VM's datastore.
 */
export function volumeNameProblem(name: string): string | null {
  if (name.includes('@')) {
    return `"${name}": use the plain volume name; a compose volume key cannot contain "@datastore".`;
  }
  if (name.length > MAX_VOLUME_NAME_LENGTH) {
    return `"${name.slice(0, 20)}…": Volume name is too long (max len is ${MAX_VOLUME_NAME_LENGTH}).`;
  }
  if (!DOCKER_NAME.test(name)) {
    return `"${name}": a volume name is 2 or more of [a-zA-Z0-9_.-] and starts with a letter or digit.`;
  }
  if (SNAPSHOT_SUFFIX.test(name)) {
    return `"${name}": Volume names ending with '-NNNNNN' (where N is a digit) are not supported.`;
  }
  return null;
}

/** The volume part of a vDVS full name (`vol@datastore` → `vol`), split at the last `@` like vDVS does. */
export function baseVolumeName(name: string): string {
  const at = name.lastIndexOf('@');
  return at < 0 ? name : name.slice(0, at);
}
