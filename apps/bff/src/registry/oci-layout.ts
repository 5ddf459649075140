import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { digestHex } from './digest';
import type { OciImage } from './oci-image';
import { referencedBlobs } from './oci-image';

/**
 * Writes an image as an OCI image layout directory (`oci-layout`, `index.json`, `blobs/sha256/*`), the form
 * `skopeo copy oci:<dir>:<tag> ...` reads; used to let an outside client push what we generated.
 */
export async function writeOciLayout(dir: string, image: OciImage, tag: string): Promise<void> {
  const blobDir = path.join(dir, 'blobs', 'sha256');
  await mkdir(blobDir, { recursive: true });
  for (const blob of [...referencedBlobs(image), image.manifest]) {
    await writeFile(path.join(blobDir, digestHex(blob.digest)), blob.bytes);
  }
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: image.manifest.mediaType,
        digest: image.manifest.digest,
        size: image.manifest.size,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      },
    ],
  };
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
}
