import type { Digest } from './digest';
import type { DistributionClient } from './distribution-client';
import { RegistryHttpError, RegistryUnavailableError } from './errors';
import type { Ledger, LedgerEntry } from './ledger';
import type { StorageCheck } from './verify-storage';
import { verifyStorageFolder } from './verify-storage';

/** Per blob, and per image as the worst of its manifest and blobs (see SEVERITY). */
export type VerifyStatus = 'intact' | 'missing' | 'corrupt' | 'unavailable';

export interface BlobVerification {
  digest: string;
  status: VerifyStatus;
}

export interface ImageVerification {
  ref: string;
  status: VerifyStatus;
  manifestDigest: string;
  blobs: BlobVerification[];
  detail: string;
}

/** The answer of `POST /api/harbor/verify`. */
export interface VerifyReport {
  intact: boolean;
  images: ImageVerification[];
  /** `blobs` counts every blob checked (manifests included), `verified` those that re-hashed to their digest. */
  counts: { images: number; blobs: number; verified: number };
  /** The offline folder check, when a storage root was given. */
  storage?: StorageCheck;
}

type VerifyClient = Pick<DistributionClient, 'ping' | 'getManifest' | 'hashBlob'>;

// Worst first: silently wrong bytes outrank lost ones, which outrank a registry that is merely down.
const SEVERITY: readonly VerifyStatus[] = ['corrupt', 'missing', 'unavailable', 'intact'];

function worst(statuses: readonly VerifyStatus[]): VerifyStatus {
  return SEVERITY.find((status) => statuses.includes(status)) ?? 'intact';
}

// 404 is how a registry says "not here" (folder wiped, blob deleted); anything else unexpected counts as unavailable.
function classify(error: unknown): VerifyStatus {
  if (error instanceof RegistryHttpError && error.status === 404) return 'missing';
  if (error instanceof RegistryHttpError || error instanceof RegistryUnavailableError) return 'unavailable';
  throw error;
}

async function checkBlob(
  client: VerifyClient,
  repository: string,
  digest: Digest,
  size: number,
): Promise<VerifyStatus> {
  try {
    const fetched = await client.hashBlob(repository, digest);
    return fetched.digest === digest && fetched.size === size ? 'intact' : 'corrupt';
  } catch (error) {
    return classify(error);
  }
}

async function verifyImage(client: VerifyClient, entry: LedgerEntry): Promise<ImageVerification> {
  const manifestDigest = entry.manifestDigest as Digest;
  let manifestStatus: VerifyStatus;
  let detail = '';
  try {
    const manifest = await client.getManifest(entry.repository, entry.tag);
    manifestStatus = manifest.digest === manifestDigest ? 'intact' : 'corrupt';
    if (manifestStatus === 'corrupt') detail = `tag ${entry.tag} now serves ${manifest.digest}`;
  } catch (error) {
    manifestStatus = classify(error);
    detail = error instanceof Error ? error.message : String(error);
  }
  const blobs: BlobVerification[] = [{ digest: manifestDigest, status: manifestStatus }];
  for (const blob of entry.blobs) {
    blobs.push({
      digest: blob.digest,
      status: await checkBlob(client, entry.repository, blob.digest as Digest, blob.size),
    });
  }
  const status = worst(blobs.map((blob) => blob.status));
  const bad = blobs.filter((blob) => blob.status !== 'intact');
  if (!detail && bad.length > 0) detail = `${bad.length} of ${blobs.length} blobs ${status}`;
  return { ref: entry.ref, status, manifestDigest, blobs, detail: detail || 'every blob re-hashed to its digest' };
}

/** An image that could not be checked because nothing serves it; every digest is `unavailable`. */
export function unavailableImage(entry: LedgerEntry, reason: string): ImageVerification {
  const digests = [entry.manifestDigest, ...entry.blobs.map((blob) => blob.digest)];
  return {
    ref: entry.ref,
    status: 'unavailable',
    manifestDigest: entry.manifestDigest,
    blobs: digests.map((digest) => ({ digest, status: 'unavailable' })),
    detail: reason,
  };
}

/**
 * Fetches every ledger image back through the registry (manifest by tag, then each blob) and re-hashes it.
 * When the registry is not serving at all, every image is `unavailable` without further calls.
 * @example const report = await verifyImages(ledger, createDistributionClient(supervisor.url), { storageRoot });
 */
export async function verifyImages(
  ledger: Ledger,
  client: VerifyClient,
  options: { storageRoot?: string } = {},
): Promise<VerifyReport> {
  let images: ImageVerification[];
  try {
    await client.ping();
    images = [];
    for (const entry of ledger.images) images.push(await verifyImage(client, entry));
  } catch (error) {
    if (!(error instanceof RegistryUnavailableError || error instanceof RegistryHttpError)) throw error;
    images = ledger.images.map((entry) => unavailableImage(entry, `registry is not serving: ${error.message}`));
  }
  const blobs = images.flatMap((image) => image.blobs);
  const report: VerifyReport = {
    intact: images.every((image) => image.status === 'intact'),
    images,
    counts: { images: images.length, blobs: blobs.length, verified: blobs.filter((b) => b.status === 'intact').length },
  };
  if (options.storageRoot !== undefined) report.storage = await verifyStorageFolder(options.storageRoot);
  return report;
}
