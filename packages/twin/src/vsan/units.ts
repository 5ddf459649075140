/**
 * Branded units for the vSAN rules: bytes vs GB and seconds vs milliseconds are easy to mix up, so the compiler
 * keeps them apart. The brands are type-only: at runtime (and in JSON) they are plain numbers.
 */

import type { Brand } from '../brand';
import type { Seconds } from '../tasks/time';
import { seconds } from '../tasks/time';

// One Seconds brand for the whole twin (tasks/time.ts): vSAN timers and HA/task time mix freely.
export type { Seconds } from '../tasks/time';
export { seconds } from '../tasks/time';

/** A size or amount in bytes. */
export type Bytes = Brand<number, 'Bytes'>;
/** A resync bandwidth. */
export type BytesPerSecond = Brand<number, 'BytesPerSecond'>;

// vSAN and RVC print binary gigabytes (pastebin esxcli output: 107374182400 B shown as "100.00GB"), so GB = GiB here.
/** Bytes in one (binary) GB as vSAN prints it. */
export const BYTES_PER_GB = 1024 ** 3;

/** Tags a number of bytes. */
export function bytes(value: number): Bytes {
  return value as Bytes;
}

/** Converts binary GB to bytes, rounded to a whole byte. */
export function gb(value: number): Bytes {
  return Math.round(value * BYTES_PER_GB) as Bytes;
}

/** Converts bytes to binary GB (for labels and error messages). */
export function toGb(value: Bytes): number {
  return value / BYTES_PER_GB;
}

/** Tags a bandwidth in bytes per second. */
export function bytesPerSecond(value: number): BytesPerSecond {
  return value as BytesPerSecond;
}

/** The largest component vSAN creates; bigger stripes become a Concatenation (vsan-ha.md §1 Components, layout tree). */
export const MAX_COMPONENT_BYTES: Bytes = gb(255);

/** `VSAN.ClomRepairDelay` default: 60 minutes before an ABSENT component is rebuilt (vsan-ha.md §2 Repair delay timer). */
export const DEFAULT_REPAIR_DELAY_SECONDS: Seconds = seconds(3600);

/** Splits a byte count into `parts` whole-byte shares that differ by at most one byte and sum exactly to `total`. */
export function splitBytes(total: Bytes, parts: number): Bytes[] {
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => bytes(base + (i < remainder ? 1 : 0)));
}
