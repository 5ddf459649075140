import { gzipSync } from 'node:zlib';

import type { Digest } from './digest';
import { sha256Digest } from './digest';
import { randomInt } from './seeded-random';
import type { TarEntry } from './ustar';
import { writeUstar } from './ustar';

export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** One content-addressed blob with its bytes: a layer, a config or a manifest. */
export interface OciBlob {
  digest: Digest;
  size: number;
  mediaType: string;
  bytes: Buffer;
}

/** A complete single-platform OCI image: push the layers and config, then the manifest. */
export interface OciImage {
  manifest: OciBlob;
  config: OciBlob;
  layers: OciBlob[];
  /** sha256 of each uncompressed layer tar, as listed in the config's `rootfs.diff_ids`. */
  diffIds: Digest[];
}

const WORDS = ['harbor', 'vsan', 'vmdk', 'quorum', 'witness', 'replica', 'object', 'stripe', 'datastore', 'registry'];
// gzip header bytes 4-7 are the mtime and byte 9 the OS; zlib fills the OS from the build platform, so pin both.
const GZIP_MTIME = 4;
const GZIP_OS = 9;
const GZIP_OS_UNIX = 3;

function blob(bytes: Buffer, mediaType: string): OciBlob {
  return { digest: sha256Digest(bytes), size: bytes.length, mediaType, bytes };
}

function deterministicGzip(tar: Buffer): Buffer {
  const gz = gzipSync(tar, { level: 9 });
  gz.fill(0, GZIP_MTIME, GZIP_MTIME + 4);
  gz[GZIP_OS] = GZIP_OS_UNIX;
  return gz;
}

// Text rather than noise, so gzip has something to compress and layers stay a few KiB.
function randomText(random: () => number, minBytes: number, maxBytes: number): Buffer {
  const target = randomInt(random, minBytes, maxBytes);
  const lines: string[] = [];
  let length = 0;
  while (length < target) {
    const words = Array.from({ length: randomInt(random, 3, 9) }, () => WORDS[randomInt(random, 0, WORDS.length - 1)]);
    const line = `${words.join(' ')} ${randomInt(random, 0, 0xffffff).toString(16).padStart(6, '0')}\n`;
    lines.push(line);
    length += line.length;
  }
  return Buffer.from(lines.join(''), 'utf8');
}

function layerEntries(random: () => number, index: number): TarEntry[] {
  const dir = `srv/harborview/layer-${index}`;
  const entries: TarEntry[] = [
    { path: 'srv', type: 'directory' },
    { path: 'srv/harborview', type: 'directory' },
    { path: dir, type: 'directory' },
  ];
  const files = randomInt(random, 1, 3);
  for (let i = 0; i < files; i += 1) {
    entries.push({ path: `${dir}/file-${i}.txt`, type: 'file', content: randomText(random, 512, 4096) });
  }
  return entries;
}

/**
 * Generates a small, real OCI image from a random source: one or two gzip tar layers, a linux/amd64 config and
 * an OCI manifest. The same sequence of random numbers always gives byte-identical blobs, hence the same digests.
 * @example const image = generateOciImage(createSeededRandom(42), { label: 'library/demo-1:1.0' });
 */
export function generateOciImage(random: () => number, options: { label?: string } = {}): OciImage {
  const layerCount = randomInt(random, 1, 2);
  const tars = Array.from({ length: layerCount }, (_, i) => writeUstar(layerEntries(random, i)));
  const diffIds = tars.map((tar) => sha256Digest(tar));
  const layers = tars.map((tar) => blob(deterministicGzip(tar), OCI_LAYER_MEDIA_TYPE));
  const config = blob(
    Buffer.from(
      JSON.stringify({
        created: '1970-01-01T00:00:00Z',
        architecture: 'amd64',
        os: 'linux',
        config: {
          Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          Cmd: ['/bin/true'],
          Labels: { 'org.harborview.generated': options.label ?? 'true' },
        },
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: diffIds.map((_, i) => ({ created: '1970-01-01T00:00:00Z', created_by: `harborview layer ${i}` })),
      }),
    ),
    OCI_CONFIG_MEDIA_TYPE,
  );
  const descriptor = (b: OciBlob): { mediaType: string; digest: Digest; size: number } => ({
    mediaType: b.mediaType,
    digest: b.digest,
    size: b.size,
  });
  const manifest = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        config: descriptor(config),
        layers: layers.map(descriptor),
      }),
    ),
    OCI_MANIFEST_MEDIA_TYPE,
  );
  return { manifest, config, layers, diffIds };
}

/** The blobs a manifest references, in push order: layers first, config last (as docker and skopeo push). */
export function referencedBlobs(image: OciImage): OciBlob[] {
  return [...image.layers, image.config];
}
