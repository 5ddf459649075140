import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

import type { StorageCheck } from './verify-storage';
import { verifyStorageFolder } from './verify-storage';

/** The outcome of copying a registry storage tree; `ok` only when every source blob re-hashed right at the destination. */
export interface StorageCopyReport {
  ok: boolean;
  blobs: number;
  bytes: number;
  problems: string[];
  source: StorageCheck;
  destination: StorageCheck;
}

// In-flight uploads are purgeable scratch (harbor.md §4): copying them would only carry half-written blobs across.
const isUploadDir = (file: string): boolean => path.basename(file) === '_uploads';

/**
 * Copies a registry storage tree (for "copy the existing registry data across" at attach time), then verifies by
 * digest: every source blob must exist at the destination and re-hash to its name, and every tag must match.
 */
export async function copyRegistryStorage(from: string, to: string): Promise<StorageCopyReport> {
  const source = await verifyStorageFolder(from);
  await mkdir(to, { recursive: true });
  await cp(from, to, { recursive: true, force: true, filter: (file) => !isUploadDir(file) });
  const destination = await verifyStorageFolder(to);
  const problems: string[] = [];
  const present = new Set(destination.digests);
  for (const digest of source.digests) {
    if (!present.has(digest)) problems.push(`blob ${digest} did not arrive`);
  }
  for (const { digest, actual } of destination.corrupt) problems.push(`blob ${digest} at the destination is ${actual}`);
  const tagKey = (t: { repository: string; tag: string; digest: string }): string =>
    `${t.repository}:${t.tag}@${t.digest}`;
  const destinationTags = new Set(destination.tags.map(tagKey));
  for (const tag of source.tags) {
    if (!destinationTags.has(tagKey(tag))) problems.push(`tag ${tag.repository}:${tag.tag} did not arrive`);
  }
  for (const tag of destination.danglingTags)
    problems.push(`tag ${tag.repository}:${tag.tag} points at a missing blob`);
  return { ok: problems.length === 0, blobs: source.blobs, bytes: source.bytes, problems, source, destination };
}

/** Deletes everything under a storage root but keeps the (now empty) folder: the data is lost for good. */
export async function wipeRegistryStorage(storageRoot: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(storageRoot);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(entries.map((entry) => rm(path.join(storageRoot, entry), { recursive: true, force: true })));
}
