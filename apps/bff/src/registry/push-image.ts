import type { DistributionClient } from './distribution-client';
import type { LedgerEntry } from './ledger';
import type { OciImage } from './oci-image';
import { referencedBlobs } from './oci-image';

/**
 * Pushes an image (blobs, then the manifest under `tag`) and returns its ledger entry. Only a completed manifest
 * PUT yields an entry, so a push cut short (BFF killed, registry down) is never recorded as pushed.
 * @example ledger = recordImage(ledger, await pushImage(client, { repository: 'library/demo-1', tag: '1.0', image, pushedAt }));
 */
export async function pushImage(
  client: DistributionClient,
  push: { repository: string; tag: string; image: OciImage; pushedAt: string },
): Promise<LedgerEntry> {
  const { repository, tag, image } = push;
  const blobs = referencedBlobs(image);
  for (const blob of blobs) {
    await client.pushBlob(repository, { digest: blob.digest, bytes: blob.bytes });
  }
  const manifestDigest = await client.putManifest(repository, tag, image.manifest.bytes, image.manifest.mediaType);
  if (manifestDigest !== image.manifest.digest) {
    throw new Error(`registry stored ${repository}:${tag} as ${manifestDigest}, expected ${image.manifest.digest}`);
  }
  return {
    ref: `${repository}:${tag}`,
    repository,
    tag,
    manifestDigest,
    blobs: blobs.map(({ digest, size, mediaType }) => ({ digest, size, mediaType })),
    pushedAt: push.pushedAt,
  };
}
