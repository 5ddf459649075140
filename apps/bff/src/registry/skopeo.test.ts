import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterEach, describe, expect, it } from 'vitest';

import { emptyLedger, recordImage } from './ledger';
import { generateOciImage, referencedBlobs } from './oci-image';
import { writeOciLayout } from './oci-layout';
import { findOnPath } from './registry-binary';
import type { TestRegistry } from './registry-test-kit';
import { INTEGRATION_TIMEOUT_MS, startTestRegistry } from './registry-test-kit';
import { createSeededRandom } from './seeded-random';
import { verifyImages } from './verify';

const run = promisify(execFile);
const SKOPEO_TIMEOUT_MS = 15_000;

// skopeo is a real OCI client nobody here wrote (Debian package `skopeo`): if it can push to and read from
// registry.url, outside tools can too. --insecure-policy keeps the host's policy.json out of the test.
async function skopeo(args: string[]): Promise<string> {
  const binary = findOnPath('skopeo');
  if (!binary) throw new Error('skopeo was not found on PATH. Install it with `apt-get install -y skopeo`.');
  const { stdout } = await run(binary, ['--insecure-policy', ...args], { timeout: SKOPEO_TIMEOUT_MS });
  return stdout;
}

describe('skopeo as an outside client of the registry', { timeout: INTEGRATION_TIMEOUT_MS }, () => {
  const registries: TestRegistry[] = [];
  afterEach(async () => {
    await Promise.all(registries.splice(0).map((registry) => registry.cleanup()));
  });

  it('when skopeo copies an OCI layout to registry.url, then skopeo inspect reads it back and verify finds it intact', async () => {
    const registry = await startTestRegistry();
    registries.push(registry);
    const { client, supervisor, tmp } = registry;
    const image = generateOciImage(createSeededRandom(2024), { label: 'library/ext:1' });
    const layout = path.join(tmp, 'layout');
    await writeOciLayout(layout, image, '1');
    const destination = `docker://${new URL(supervisor.url).host}/library/ext:1`;

    await skopeo(['copy', `oci:${layout}:1`, destination, '--dest-tls-verify=false']);
    const inspected = JSON.parse(await skopeo(['inspect', '--tls-verify=false', destination])) as {
      Digest: string;
      Layers: string[];
      Architecture: string;
    };
    const ledger = recordImage(emptyLedger(), {
      ref: 'library/ext:1',
      repository: 'library/ext',
      tag: '1',
      manifestDigest: inspected.Digest,
      blobs: referencedBlobs(image).map(({ digest, size, mediaType }) => ({ digest, size, mediaType })),
      pushedAt: '2026-01-01T00:00:00.000Z',
    });
    const report = await verifyImages(ledger, client);

    expect(inspected.Digest).toBe(image.manifest.digest);
    expect(inspected.Layers).toStrictEqual(image.layers.map((layer) => layer.digest));
    expect(inspected.Architecture).toBe('amd64');
    expect(await client.catalog()).toStrictEqual(['library/ext']);
    expect(report.images.map((entry) => entry.status)).toStrictEqual(['intact']);
  });
});
