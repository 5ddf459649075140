import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Digest } from './digest';
import { generateOciImage } from './oci-image';
import { pushImage } from './push-image';
import type { TestRegistry } from './registry-test-kit';
import { INTEGRATION_TIMEOUT_MS, pushDemoImages, startTestRegistry } from './registry-test-kit';
import { createSeededRandom } from './seeded-random';
import { copyRegistryStorage, wipeRegistryStorage } from './storage-folders';
import { blobDataPath } from './storage-layout';
import { verifyImages } from './verify';
import { verifyStorageFolder } from './verify-storage';

// Every test runs a real docker-registry on its own temp folder and loopback port.
describe('verifyImages against a real docker-registry', { timeout: INTEGRATION_TIMEOUT_MS }, () => {
  const registries: TestRegistry[] = [];
  const start = async (): Promise<TestRegistry> => {
    const registry = await startTestRegistry();
    registries.push(registry);
    return registry;
  };
  afterEach(async () => {
    await Promise.all(registries.splice(0).map((registry) => registry.cleanup()));
  });

  it('when two generated images are pushed, then the catalog lists them and every blob verifies intact', async () => {
    const { client, storageRoot } = await start();

    const ledger = await pushDemoImages(client, 42, 2);
    const report = await verifyImages(ledger, client, { storageRoot });

    expect(await client.catalog()).toStrictEqual(['library/demo-1', 'library/demo-2']);
    expect(await client.tags('library/demo-1')).toStrictEqual(['1.0']);
    expect(report.intact).toBe(true);
    expect(report.images.map((image) => [image.ref, image.status])).toStrictEqual([
      ['library/demo-1:1.0', 'intact'],
      ['library/demo-2:1.0', 'intact'],
    ]);
    expect(report.counts.verified).toBe(report.counts.blobs);
    expect(report.storage).toMatchObject({ intact: true, blobs: report.counts.blobs });
  });

  it('when the registry is SIGKILLed, then verify says unavailable; when restarted on the same folder, intact again', async () => {
    const { client, supervisor, storageRoot } = await start();
    const ledger = await pushDemoImages(client, 42, 2);

    await supervisor.kill();
    const whileDown = await verifyImages(ledger, client);
    await supervisor.start(storageRoot);
    const afterRestart = await verifyImages(ledger, client);

    expect(supervisor.status()).toBe('running');
    expect(whileDown.intact).toBe(false);
    expect(whileDown.images.map((image) => image.status)).toStrictEqual(['unavailable', 'unavailable']);
    expect(whileDown.counts.verified).toBe(0);
    expect(afterRestart.intact).toBe(true);
  });

  it('when a layer file changes on disk, then that image is corrupt and the other stays intact', async () => {
    const { client, supervisor, storageRoot } = await start();
    const ledger = await pushDemoImages(client, 42, 2);
    const layer = ledger.images[0]?.blobs[0]?.digest as Digest;
    const file = blobDataPath(storageRoot, layer);
    // Flip one byte while the registry is down and keep the size: nothing in any process memory can mask it,
    // and the registry serves exactly what is on disk (no blob-descriptor cache is configured).
    await supervisor.kill();
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(file, bytes);
    await supervisor.start(storageRoot);

    const report = await verifyImages(ledger, client, { storageRoot });

    expect(report.images.map((image) => image.status)).toStrictEqual(['corrupt', 'intact']);
    expect(report.images[0]?.blobs.find((blob) => blob.digest === layer)?.status).toBe('corrupt');
    expect(report.storage?.corrupt.map((blob) => blob.digest)).toStrictEqual([layer]);
    expect(report.intact).toBe(false);
  });

  it('when the storage folder is wiped under a running registry, then every image is missing', async () => {
    const { client, storageRoot } = await start();
    const ledger = await pushDemoImages(client, 42, 2);

    await wipeRegistryStorage(storageRoot);
    const report = await verifyImages(ledger, client, { storageRoot });

    expect(report.images.map((image) => image.status)).toStrictEqual(['missing', 'missing']);
    expect(report.counts.verified).toBe(0);
    expect(report.storage).toMatchObject({ blobs: 0, tags: [] });
  });

  it('when folder A is copied to B and the registry restarted on B, then the copy checks out and images verify', async () => {
    const { client, supervisor, storageRoot, tmp } = await start();
    const ledger = await pushDemoImages(client, 42, 2);
    const volume = path.join(tmp, 'volume');

    await supervisor.stop();
    const copy = await copyRegistryStorage(storageRoot, volume);
    await supervisor.start(volume);
    const report = await verifyImages(ledger, client, { storageRoot: volume });

    expect(copy).toMatchObject({ ok: true, problems: [] });
    expect(copy.destination.digests).toStrictEqual(copy.source.digests);
    expect(supervisor.storageRoot()).toBe(volume);
    expect(report.intact).toBe(true);
  });

  it('when a push is cut off before its manifest, then the ledger keeps only finished images and they verify', async () => {
    const { client, supervisor, storageRoot } = await start();
    const ledger = await pushDemoImages(client, 42, 2);
    const unfinished = generateOciImage(createSeededRandom(99));
    await client.pushBlob('library/demo-3', { digest: unfinished.config.digest, bytes: unfinished.config.bytes });

    await supervisor.kill(); // the power goes out mid-push
    await supervisor.start(storageRoot);
    const report = await verifyImages(ledger, client, { storageRoot });

    expect(report.intact).toBe(true);
    expect(report.images).toHaveLength(2);
    expect(await client.tags('library/demo-1')).toStrictEqual(['1.0']);
  });

  it('when pushing the same image again, then no blob is uploaded twice', async () => {
    const { client } = await start();
    const image = generateOciImage(createSeededRandom(5));
    const push = { repository: 'library/again', tag: '1', image, pushedAt: '2026-01-01T00:00:00.000Z' };
    await pushImage(client, push);

    const uploaded = await client.pushBlob('library/again', { digest: image.config.digest, bytes: image.config.bytes });
    const entry = await pushImage(client, { ...push, tag: '2' });

    expect(uploaded).toBe(false);
    expect(entry.manifestDigest).toBe(image.manifest.digest);
    expect((await client.tags('library/again')).sort()).toStrictEqual(['1', '2']);
  });
});

describe('verifyStorageFolder', () => {
  it('when the folder does not exist, then it reports an empty, intact store', async () => {
    const missing = path.join('/nonexistent', 'harborview-registry');

    const check = await verifyStorageFolder(missing);

    expect(check).toMatchObject({ blobs: 0, bytes: 0, corrupt: [], tags: [], intact: true });
  });
});
