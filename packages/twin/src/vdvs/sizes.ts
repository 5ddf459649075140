/**
 * Volume sizes: the `-o size=` format vmdk_ops accepts and the capacity strings kvESX `convert` prints
 * (vdvs.md §1, §2).
 */

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

const KB_PER_UNIT = { mb: 1024, gb: 1024 * 1024, tb: 1024 * 1024 * 1024 } as const;

/** vmdk_ops's message for a malformed size, verbatim with its odd " \n" (vdvs.md §1). */
export const INVALID_SIZE_MESSAGE =
  'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb';
/** vmdk_ops's message for a size given with `clone-from`: a clone takes its source's size (vdvs.md §1). */
export const CLONE_SIZE_MESSAGE = 'Cannot define the size for a clone';

/**
 * KB for a `size` option, or null when vmdk_ops would reject it: digits then `mb`/`gb`/`tb`, suffix in any
 * case (`10gb`, `1Gb`, `100MB`), no sign, no decimals, no `kb` (vdvs.md §1).
 * @example parseSizeOption('1gb') // 1048576
 */
export function parseSizeOption(size: string): number | null {
  const match = /^([0-9]+)(mb|gb|tb)$/i.exec(size);
  if (!match?.[1] || !match[2]) return null;
  const unit = match[2].toLowerCase() as keyof typeof KB_PER_UNIT;
  const kb = Number(match[1]) * KB_PER_UNIT[unit];
  // Absurd digit strings would lose precision; the twin treats them as malformed.
  return Number.isSafeInteger(kb) ? kb : null;
}

/**
 * vmdk_ops's check of a `size` option, in its order: refused on a clone, then the format. Null when accepted.
 * @example sizeOptionProblem('20', false) // INVALID_SIZE_MESSAGE
 */
export function sizeOptionProblem(size: string, cloning: boolean): string | null {
  if (cloning) return CLONE_SIZE_MESSAGE;
  return parseSizeOption(size) === null ? INVALID_SIZE_MESSAGE : null;
}

/** Bytes of a `size` option (`20gb`, `100MB`), or null when vmdk_ops would refuse it. */
export function parseSizeBytes(size: string): number | null {
  const kb = parseSizeOption(size);
  return kb === null ? null : kb * KB;
}

/**
 * kvESX `convert`: integer division into `NKB`/`NMB`/`NGB`, no TB, no decimals (vdvs.md §2).
 * Below 1 KB Python returns the bare number; the twin keeps it as text.
 */
export function formatDiskLibSize(bytes: number): string {
  if (bytes < KB) return String(bytes);
  if (bytes < MB) return `${Math.floor(bytes / KB)}KB`;
  if (bytes < GB) return `${Math.floor(bytes / MB)}MB`;
  return `${Math.floor(bytes / GB)}GB`;
}

/** `formatDiskLibSize` for a KB count, the unit volume records keep. */
export function formatKbSize(kb: number): string {
  return formatDiskLibSize(kb * KB);
}
