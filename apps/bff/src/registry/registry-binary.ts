import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Where `docker-registry` is, or why the console must run without images. */
export type RegistryBinary = { available: true; path: string } | { available: false; reason: string; hint: string };

/** The one line shown when the registry is missing; the tests' CI installs the same package. */
export const REGISTRY_INSTALL_HINT =
  'Install the distribution registry with `apt-get install -y docker-registry` (Debian/Ubuntu), or set REGISTRY_BIN.';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Finds an executable by name on PATH; undefined when there is none. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds `docker-registry`: `REGISTRY_BIN` when set (and then only there, so a typo is reported rather than
 * silently replaced by another binary), else PATH.
 */
export function findRegistryBinary(env: NodeJS.ProcessEnv = process.env): RegistryBinary {
  const override = env.REGISTRY_BIN;
  if (override !== undefined && override !== '') {
    const resolved = path.resolve(override);
    return isExecutableFile(resolved)
      ? { available: true, path: resolved }
      : { available: false, reason: `REGISTRY_BIN=${override} is not an executable file`, hint: REGISTRY_INSTALL_HINT };
  }
  const found = findOnPath('docker-registry', env);
  return found
    ? { available: true, path: found }
    : { available: false, reason: 'docker-registry was not found on PATH', hint: REGISTRY_INSTALL_HINT };
}
