import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The config file the registry is started with; rewritten on every start with the current storage root. */
export const REGISTRY_CONFIG_FILE = 'registry.yml';

/**
 * The registry's YAML config (real-components.md). No `storage.cache` on purpose: without the in-memory
 * blob-descriptor cache every read goes to disk, so what verify sees is what the folder holds.
 */
export function registryConfigYaml(storageRoot: string, port: number): string {
  return [
    '# Written by Harborview on every registry start; edits are overwritten.',
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    // JSON strings are valid YAML, which quotes paths with spaces or colons safely.
    `    rootdirectory: ${JSON.stringify(storageRoot)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '',
  ].join('\n');
}

/** Writes the config atomically (temp + rename) so a registry started meanwhile never reads half a file. */
export async function writeRegistryConfig(configDir: string, storageRoot: string, port: number): Promise<string> {
  const file = path.join(configDir, REGISTRY_CONFIG_FILE);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, registryConfigYaml(storageRoot, port));
  await rename(temp, file);
  return file;
}

/** The port a previous run wrote into the config, so an auto-chosen port (and `registry.url`) survives BFF restarts. */
export async function readPreviousPort(configDir: string): Promise<number | undefined> {
  try {
    const text = await readFile(path.join(configDir, REGISTRY_CONFIG_FILE), 'utf8');
    const match = /^\s*addr:\s*127\.0\.0\.1:(\d+)\s*$/m.exec(text);
    const port = match?.[1] ? Number(match[1]) : undefined;
    return port && port > 0 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
}
