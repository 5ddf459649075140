import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';

import type { Digest } from './digest';
import type { StoredTag } from './storage-layout';
import { blobDataPath, listStoredBlobs, listStoredTags } from './storage-layout';

/** What an offline look at a registry storage folder found; needs no registry process. */
export interface StorageCheck {
  storageRoot: string;
  /** Blob folders found, and the bytes of their data files. */
  blobs: number;
  bytes: number;
  digests: Digest[];
  /** Blobs whose data hashes to something other than their folder name, or that have no data file. */
  corrupt: { digest: Digest; actual: Digest | 'no data file' }[];
  tags: StoredTag[];
  /** Tags whose `current/link` names a blob that is not there. */
  danglingTags: StoredTag[];
  intact: boolean;
}

async function hashFile(file: string): Promise<{ digest: Digest; size: number } | undefined> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Re-hashes every `docker/registry/v2/blobs/sha256/<2hex>/<hex>/data` under the root and checks it equals its
 * folder name, and that every tag points at a blob that exists (the "no data loss" checks of harbor.md §4).
 */
export async function verifyStorageFolder(storageRoot: string): Promise<StorageCheck> {
  const digests = await listStoredBlobs(storageRoot);
  const corrupt: StorageCheck['corrupt'] = [];
  let bytes = 0;
  for (const digest of digests) {
    const hashed = await hashFile(blobDataPath(storageRoot, digest));
    if (!hashed) corrupt.push({ digest, actual: 'no data file' });
    else {
      bytes += hashed.size;
      if (hashed.digest !== digest) corrupt.push({ digest, actual: hashed.digest });
    }
  }
  const tags = await listStoredTags(storageRoot);
  const danglingTags: StoredTag[] = [];
  for (const tag of tags) {
    if (!(await exists(blobDataPath(storageRoot, tag.digest)))) danglingTags.push(tag);
  }
  return {
    storageRoot,
    blobs: digests.length,
    bytes,
    digests,
    corrupt,
    tags,
    danglingTags,
    intact: corrupt.length === 0 && danglingTags.length === 0,
  };
}
