/**
 * A tiny seeded PRNG (mulberry32) for the demo images' bytes, deliberately not the twin's sfc32 (twin/src/rng.ts):
 * image n of a seed must stay the same bytes across versions (image-service.ts), the uncompressed layers' diff_ids
 * are pinned in oci-image.test.ts, and images already pushed to a registry keep their digests. Switching
 * generators would change every demo image. `generateOciImage` takes any `() => number` in [0, 1), so the twin's
 * RNG can still be passed where fresh bytes are fine.
 */
export function createSeededRandom(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
