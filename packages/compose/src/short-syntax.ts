/** A `[source:]target[:options]` volume string, split the way Docker reads it. */
export interface ShortMount {
  readonly source: string | null;
  readonly target: string;
  readonly modes: readonly string[];
}

/** Options that only bind mounts honour (Docker puts propagation in BindOptions). */
export const PROPAGATION_MODES: ReadonlySet<string> = new Set([
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate',
]);

/** SELinux relabel options. */
export const SELINUX_MODES: ReadonlySet<string> = new Set(['z', 'Z']);

/**
 * Splits a short-syntax entry. A Windows drive letter (`C:\x:/y`) stays with its path; anything with more
 * colons than `source:target:options` is returned as null so callers can list it as `other`.
 */
export function parseShortMount(raw: string): ShortMount | null {
  const parts = raw.split(':');
  const first = parts[0] ?? '';
  if (parts.length > 2 && /^[A-Za-z]$/.test(first) && /^[\\/]/.test(parts[1] ?? '')) {
    parts.splice(0, 2, `${first}:${parts[1] ?? ''}`);
  }
  const [a, b, c] = parts;
  if (parts.length === 1 && a !== undefined && a !== '') return { source: null, target: a, modes: [] };
  if (parts.length === 2 && a && b) return { source: a, target: b, modes: [] };
  if (parts.length === 3 && a && b && c) return { source: a, target: b, modes: c.split(',') };
  return null;
}

/** Joins a short-syntax entry back together. */
export function formatShortMount(mount: ShortMount): string {
  const head = mount.source === null ? mount.target : `${mount.source}:${mount.target}`;
  return mount.modes.length === 0 ? head : `${head}:${mount.modes.join(',')}`;
}

/** True when a short-syntax source is a host path rather than a volume name (Compose's rule, plus `${VAR}` paths). */
export function isHostPath(source: string): boolean {
  return /^[./~$\\]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);
}
