import type { MountKind, MountRole } from './types';

// Container paths where Harbor keeps state, across 0.4 … 2.x (harbor.md §0, §2).
const ROLE_BY_TARGET: ReadonlyMap<string, MountRole> = new Map<string, MountRole>([
  ['/storage', 'registry-storage'],
  ['/var/lib/mysql', 'database'],
  ['/var/lib/postgresql/data', 'database'],
  ['/var/log/jobs', 'job-logs'],
  ['/var/lib/redis', 'redis'],
  ['/chart_storage', 'chart-storage'],
  ['/home/scanner/.cache/trivy', 'scanner-cache'],
  ['/home/scanner/.cache/reports', 'scanner-cache'],
  ['/etc/core/ca', 'ca-download'],
  ['/data', 'data-root'],
  ['/harbor_storage', 'data-root'],
  ['/var/log/docker', 'logs'],
]);

// Extensions of the single files Harbor and operators bind (configs, keys, certificates, sockets).
const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'yml',
  'yaml',
  'conf',
  'cfg',
  'cnf',
  'ini',
  'toml',
  'json',
  'xml',
  'properties',
  'env',
  'pem',
  'crt',
  'cert',
  'key',
  'csr',
  'p12',
  'pfx',
  'sh',
  'txt',
  'log',
  'sock',
]);

// Extensionless single files: Harbor's secret key and alias files, and the usual host files.
const FILE_NAMES: ReadonlySet<string> = new Set([
  'secretkey',
  'defaultalias',
  'localtime',
  'timezone',
  'hosts',
  'resolv.conf',
]);
const FILE_TARGETS: ReadonlySet<string> = new Set([
  '/etc/core/key',
  '/etc/localtime',
  '/etc/timezone',
  '/var/run/docker.sock',
]);

/** Drops trailing slashes so `/var/log/docker/` and `/var/log/docker` compare equal; `/` stays `/`. */
export function normalisePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** True when a host path is Harbor's default data directory `/data` or inside it. */
export function isUnderDataDir(source: string): boolean {
  const path = normalisePath(source);
  return path === '/data' || path.startsWith('/data/');
}

/**
 * Whether a bind looks like a single file. Rule: a trailing slash on either side means a directory; otherwise
 * a known file name (`secretkey`, `localtime`, …), a known file target (`/etc/core/key`, `/var/run/docker.sock`, …)
 * or a known file extension on the source's or target's last segment (`.yml`, `.conf`, `.pem`, `.crt`, …) means a
 * file; anything else is taken as a directory. Only binds can be files.
 */
export function looksLikeFile(kind: MountKind, source: string | null, target: string): boolean {
  if (kind !== 'bind' || source === null) return false;
  if (source.endsWith('/') || target.endsWith('/')) return false;
  if (FILE_TARGETS.has(target) || FILE_NAMES.has(basename(source))) return true;
  return hasFileExtension(basename(source)) || hasFileExtension(basename(target));
}

/** What Harbor keeps at a mount, from its container path first and its host path second. */
export function mountRole(kind: MountKind, source: string | null, target: string, isFile: boolean): MountRole {
  const byTarget = ROLE_BY_TARGET.get(normalisePath(target));
  if (byTarget !== undefined) return byTarget;
  if (kind === 'bind' && source !== null) {
    const path = normalisePath(source);
    if (path === '/data/secret' || path.startsWith('/data/secret/')) return 'secret';
    if (isFile || path.startsWith('.') || target.startsWith('/etc/') || target === '/harbor_cust_cert') return 'config';
  }
  return 'other';
}

function basename(path: string): string {
  const segments = path.split(/[\\/]/);
  return segments[segments.length - 1] ?? '';
}

function hasFileExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  return FILE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
