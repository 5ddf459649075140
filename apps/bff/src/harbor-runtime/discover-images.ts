import type { DistributionClient } from '../registry/distribution-client';
import type { Ledger, LedgerEntry } from '../registry/ledger';

interface ManifestJson {
  mediaType?: string;
  config?: { digest: string; size: number; mediaType: string };
  layers?: { digest: string; size: number; mediaType: string }[];
}

/**
 * Adds to the ledger every repository:tag the registry holds that it does not know yet, e.g. an image an outside
 * client such as skopeo pushed. Its digests are recorded as first seen, as Harbor learns of pushes from the registry.
 */
export async function discoverImages(
  ledger: Ledger,
  client: DistributionClient,
  seenAt: string,
): Promise<LedgerEntry[]> {
  const known = new Set(ledger.images.map((e) => e.ref));
  const found: LedgerEntry[] = [];
  for (const repository of await client.catalog()) {
    for (const tag of await client.tags(repository).catch(() => [] as string[])) {
      const ref = `${repository}:${tag}`;
      if (known.has(ref)) continue;
      const manifest = await client.getManifest(repository, tag);
      const parsed = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
      // Indexes (multi-arch) are recorded by their own digest only; this console pushes single images.
      const blobs = [...(parsed.config ? [parsed.config] : []), ...(parsed.layers ?? [])].map(
        ({ digest, size, mediaType }) => ({ digest, size, mediaType }),
      );
      found.push({ ref, repository, tag, manifestDigest: manifest.digest, blobs, pushedAt: seenAt });
    }
  }
  return found;
}
