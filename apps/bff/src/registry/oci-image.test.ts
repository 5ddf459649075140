import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { sha256Digest } from './digest';
import { generateOciImage, OCI_LAYER_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE } from './oci-image';
import { makeTempDir } from './registry-test-kit';
import { createSeededRandom } from './seeded-random';

const digestsOf = (seed: number): string[] => {
  const image = generateOciImage(createSeededRandom(seed), { label: 'x' });
  return [image.manifest.digest, image.config.digest, ...image.layers.map((layer) => layer.digest)];
};

describe('generateOciImage', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('when generated twice from the same seed, then every blob is byte-identical', () => {
    const first = generateOciImage(createSeededRandom(7));

    const second = generateOciImage(createSeededRandom(7));

    expect(second.manifest.bytes.equals(first.manifest.bytes)).toBe(true);
    expect(second.layers.map((l) => l.bytes.toString('hex'))).toStrictEqual(
      first.layers.map((l) => l.bytes.toString('hex')),
    );
    expect(digestsOf(7)).toStrictEqual(digestsOf(7));
  });

  it('when seeds differ, then the digests differ', () => {
    const seeds = [1, 2, 3, 4, 5];

    const manifests = new Set(seeds.map((seed) => digestsOf(seed)[0]));

    expect(manifests.size).toBe(seeds.length);
  });

  it('when seeded with 1, then the uncompressed layers hash to the pinned diff_ids (the tar writer is stable)', () => {
    const image = generateOciImage(createSeededRandom(1));

    const diffIds = image.diffIds;

    expect(diffIds).toStrictEqual([
      'sha256:b8d9fa880b1ef6addcefbcb123c02ee96a4c7b58798a1ab37478c4cb5bd12a2c',
      'sha256:6d29af5c618daca27ccf892d9dd679ec3103c202f933197704e1dce749cac6c3',
    ]);
  });

  it('when the config and manifest are read back, then they describe the layers by digest, size and media type', () => {
    const image = generateOciImage(createSeededRandom(3));

    const config = JSON.parse(image.config.bytes.toString('utf8')) as Record<string, unknown>;
    const manifest = JSON.parse(image.manifest.bytes.toString('utf8')) as {
      schemaVersion: number;
      mediaType: string;
      config: { digest: string; size: number };
      layers: { digest: string; size: number; mediaType: string }[];
    };

    expect(config).toMatchObject({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } });
    expect((config.rootfs as { diff_ids: string[] }).diff_ids).toStrictEqual(
      image.layers.map((layer) => sha256Digest(gunzipSync(layer.bytes))),
    );
    expect(manifest).toMatchObject({ schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE });
    expect(manifest.config).toMatchObject({ digest: image.config.digest, size: image.config.size });
    expect(manifest.layers).toStrictEqual(
      image.layers.map((layer) => ({ mediaType: OCI_LAYER_MEDIA_TYPE, digest: layer.digest, size: layer.size })),
    );
    expect(image.layers.length).toBeGreaterThanOrEqual(1);
    expect(image.layers.length).toBeLessThanOrEqual(2);
  });

  it('when a layer is given to GNU tar, then it lists the sorted entries', async () => {
    const { dir, cleanup } = await makeTempDir('oci-tar');
    cleanups.push(cleanup);
    const layer = generateOciImage(createSeededRandom(5)).layers[0];
    const file = path.join(dir, 'layer.tar.gz');
    writeFileSync(file, layer?.bytes ?? Buffer.alloc(0));

    const listing = execFileSync('tar', ['-tzvf', file], { encoding: 'utf8' }).trim().split('\n');

    expect(listing[0]).toMatch(/^drwxr-xr-x 0\/0 +0 1970-01-01 00:00 srv\/$/);
    expect(
      listing.slice(3).every((line) => /^-rw-r--r-- 0\/0 .* srv\/harborview\/layer-0\/file-\d\.txt$/.test(line)),
    ).toBe(true);
  });

  it('when compressed, then the gzip header carries mtime 0', () => {
    const image = generateOciImage(createSeededRandom(9));

    const headers = image.layers.map((layer) => layer.bytes.subarray(0, 10).toString('hex'));

    expect(headers.every((header) => header.startsWith('1f8b0800000000'))).toBe(true);
  });
});
