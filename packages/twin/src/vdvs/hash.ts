/**
 * Deterministic stand-ins for identifiers ESX generates randomly (sidecar suffixes, vSAN object uuids, CIDs):
 * FNV-1a 64 over a seed string, so the same volume always gets the same names.
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** 16 lowercase hex digits of FNV-1a 64 over the UTF-16 units of `seed`. */
export function hex64(seed: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= BigInt(seed.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** A uuid-shaped string (8-4-4-4-12) derived from `seed`. */
export function uuidFrom(seed: string): string {
  const h = `${hex64(`${seed}#a`)}${hex64(`${seed}#b`)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
