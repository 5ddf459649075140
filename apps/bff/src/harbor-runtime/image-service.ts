import { AppError } from '../errors/app-error';
import { createDistributionClient } from '../registry/distribution-client';
import type { Ledger, LedgerEntry } from '../registry/ledger';
import { emptyLedger, loadLedger, recordImage, saveLedger } from '../registry/ledger';
import { generateOciImage, referencedBlobs } from '../registry/oci-image';
import { pushImage } from '../registry/push-image';
import type { RegistrySupervisor } from '../registry/registry-supervisor';
import { createSeededRandom } from '../registry/seeded-random';
import type { VerifyReport } from '../registry/verify';
import { unavailableImage, verifyImages } from '../registry/verify';

import { discoverImages } from './discover-images';

export interface ImageServiceDeps {
  /** Null when docker-registry is not installed: the console runs without images. */
  supervisor: RegistrySupervisor | null;
  dataDir: string;
  /** The twin's seed: image n of a seed is always the same bytes. */
  seed: () => number;
  /** Twin time as an ISO string, stamped on ledger entries. */
  now: () => string;
  /** Tells the twin how many bytes landed on the storage, so a returning host has a delta to resync. */
  onBytesWritten: (bytes: number) => void;
  /**
   * Resolves once the real registry follows the twin's latest state. The twin moves on at once while the process
   * restarts in wall time (after an attach, say), so a push waits for it instead of meeting a registry mid-restart.
   */
  registrySettled?: () => Promise<void>;
}

export interface ImageService {
  list(): Promise<LedgerEntry[]>;
  push(count: number): Promise<LedgerEntry[]>;
  verify(): Promise<VerifyReport>;
  /** Forgets every image (a fresh twin starts with an empty registry). */
  reset(): Promise<void>;
}

const PUSH_TIMEOUT_MS = 10_000;

/** Pushes generated images to the real registry, keeps the ledger of what was pushed, and verifies it all back. */
export function createImageService(deps: ImageServiceDeps): ImageService {
  let ledger: Promise<Ledger> = loadLedger(deps.dataDir);
  // Pushes are serialized so image numbers (and so their bytes) follow the ledger's order.
  let pushing: Promise<unknown> = Promise.resolve();

  const requireRunning = (): RegistrySupervisor => {
    const { supervisor } = deps;
    if (!supervisor)
      throw new AppError(
        'service_unavailable',
        'docker-registry is not installed: images are unavailable (apt-get install docker-registry)',
      );
    if (supervisor.status() !== 'running') {
      throw new AppError(
        'service_unavailable',
        `Harbor's registry is not running (${supervisor.status()}): images cannot be pushed now`,
      );
    }
    return supervisor;
  };

  async function pushCount(count: number): Promise<LedgerEntry[]> {
    await deps.registrySettled?.();
    const supervisor = requireRunning();
    const client = createDistributionClient(supervisor.url, { timeoutMs: PUSH_TIMEOUT_MS });
    const pushed: LedgerEntry[] = [];
    let current = await ledger;
    for (let i = 0; i < count; i += 1) {
      const n = current.images.length + 1;
      const image = generateOciImage(createSeededRandom(deps.seed() * 1000 + n), {
        label: `harborview demo image ${n}`,
      });
      const entry = await pushImage(client, {
        repository: `library/demo-${n}`,
        tag: '1.0',
        image,
        pushedAt: deps.now(),
      });
      current = recordImage(current, entry);
      // The ledger is saved after each image: a crash mid-batch keeps every image that was fully pushed.
      await saveLedger(deps.dataDir, current);
      ledger = Promise.resolve(current);
      deps.onBytesWritten(referencedBlobs(image).reduce((sum, blob) => sum + blob.size, image.manifest.bytes.length));
      pushed.push(entry);
    }
    return pushed;
  }

  // Images pushed by outside clients (skopeo, docker) join the ledger the first time the registry is asked.
  async function discover(): Promise<void> {
    const { supervisor } = deps;
    if (!supervisor || supervisor.status() !== 'running') return;
    const client = createDistributionClient(supervisor.url, { timeoutMs: PUSH_TIMEOUT_MS });
    await pushing;
    let current = await ledger;
    const found = await discoverImages(current, client, deps.now()).catch(() => []);
    if (found.length === 0) return;
    for (const entry of found) current = recordImage(current, entry);
    ledger = Promise.resolve(current);
    await saveLedger(deps.dataDir, current);
  }

  return {
    async list() {
      await discover();
      return (await ledger).images;
    },
    async reset() {
      await pushing;
      ledger = Promise.resolve(emptyLedger());
      await saveLedger(deps.dataDir, emptyLedger());
    },
    push(count) {
      const run = pushing.then(() => pushCount(count));
      pushing = run.catch(() => undefined);
      return run;
    },
    async verify() {
      await discover();
      const current = await ledger;
      if (!deps.supervisor) {
        const images = current.images.map((e) => unavailableImage(e, 'docker-registry is not installed'));
        const blobs = images.reduce((n, image) => n + image.blobs.length, 0);
        const report: VerifyReport = {
          intact: images.length === 0,
          images,
          counts: { images: images.length, blobs, verified: 0 },
        };
        return report;
      }
      return verifyImages(current, createDistributionClient(deps.supervisor.url, { timeoutMs: PUSH_TIMEOUT_MS }));
    },
  };
}
