/**
 * What `mkfs.ext4` writes on a fresh thin volume (vDVS formats every volume at create, vdvs.md §1 create flow).
 * [D] A power law fitted to vdvs.md §2's VMFS observations: 100 MB → 13 MB, 1 GB → 54 MB, 10 GB → 155 MB
 * (this gives 13, 47 and 166 MB). vSAN then stores it once per replica (capacity.ts counts them).
 */

const MIB = 1024 ** 2;
const REFERENCE_SIZE = 100 * MIB;
const REFERENCE_WRITTEN = 13 * MIB;
const EXPONENT = 0.55;

/** Bytes a fresh ext4 filesystem occupies on a volume of `sizeBytes`. */
export function mkfsWrittenBytes(sizeBytes: number): number {
  if (sizeBytes <= 0) return 0;
  return Math.min(sizeBytes, Math.round(REFERENCE_WRITTEN * (sizeBytes / REFERENCE_SIZE) ** EXPONENT));
}
