import { createHash } from 'node:crypto';

/** A content address as the distribution API writes it: `sha256:` plus 64 lowercase hex digits. */
export type Digest = `sha256:${string}`;

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The sha256 digest of some bytes. */
export function sha256Digest(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** True for a well-formed sha256 digest; guards paths built from digests against `../` tricks. */
export function isDigest(value: string): value is Digest {
  return DIGEST_PATTERN.test(value);
}

/** The 64 hex digits of a digest, as used for folder names on disk. */
export function digestHex(digest: Digest): string {
  return digest.slice('sha256:'.length);
}
