import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Digest } from './digest';
import { digestHex, isDigest } from './digest';

/** A tag as the registry keeps it on disk: `repositories/<name>/_manifests/tags/<tag>/current/link`. */
export interface StoredTag {
  repository: string;
  tag: string;
  digest: Digest;
}

/** `<root>/docker/registry/v2`: where distribution keeps everything under its filesystem root (harbor.md §4). */
export function registryV2Dir(storageRoot: string): string {
  return path.join(storageRoot, 'docker', 'registry', 'v2');
}

/** The `data` file of one blob: `blobs/sha256/<first 2 hex>/<64 hex>/data`. */
export function blobDataPath(storageRoot: string, digest: Digest): string {
  const hex = digestHex(digest);
  return path.join(registryV2Dir(storageRoot), 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every blob digest with a folder under `blobs/sha256`, whether or not its data file is sound. */
export async function listStoredBlobs(storageRoot: string): Promise<Digest[]> {
  const shaDir = path.join(registryV2Dir(storageRoot), 'blobs', 'sha256');
  const digests: Digest[] = [];
  for (const prefix of await listDirs(shaDir)) {
    for (const hex of await listDirs(path.join(shaDir, prefix))) {
      const digest = `sha256:${hex}`;
      // A folder whose name is not a digest, or sits under the wrong prefix, is not a blob the registry would serve.
      if (isDigest(digest) && hex.startsWith(prefix)) digests.push(digest);
    }
  }
  return digests;
}

async function readLink(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** Every tag of every repository; names may contain slashes (`library/nginx`), so the walk recurses. */
export async function listStoredTags(storageRoot: string): Promise<StoredTag[]> {
  const tags: StoredTag[] = [];
  const walk = async (dir: string, name: string[]): Promise<void> => {
    const children = await listDirs(dir);
    if (children.includes('_manifests')) {
      const tagsDir = path.join(dir, '_manifests', 'tags');
      for (const tag of await listDirs(tagsDir)) {
        const link = await readLink(path.join(tagsDir, tag, 'current', 'link'));
        if (link !== undefined && isDigest(link)) tags.push({ repository: name.join('/'), tag, digest: link });
      }
    }
    for (const child of children) {
      if (!child.startsWith('_')) await walk(path.join(dir, child), [...name, child]);
    }
  };
  await walk(path.join(registryV2Dir(storageRoot), 'repositories'), []);
  return tags;
}
