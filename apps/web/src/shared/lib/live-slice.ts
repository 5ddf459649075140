import type { ChangedKind } from '@harborview/contracts/stream';
import { CHANGED_KINDS } from '@harborview/contracts/stream';
import type { QueryKey } from '@tanstack/react-query';
import { hashKey } from '@tanstack/react-query';

/**
 * What the live stream can report: a kind named by a `changed` message, or `twin.event` for a new twin event (its
 * own message type; Monitor > Events and the alarms derived from events follow it).
 */
export type StreamKind = ChangedKind | 'twin.event';

/** Every kind the stream reports; each must be claimed by some slice, or its change would show nowhere. */
export const STREAM_KINDS: readonly StreamKind[] = [...CHANGED_KINDS, 'twin.event'];

/** One rule of a slice: a change of any of `kinds` makes every query under `keys` (prefixes from its factory) stale. */
export interface LiveRule {
  readonly kinds: readonly StreamKind[];
  readonly keys: () => readonly QueryKey[];
}

/**
 * What a slice declares in its `live.ts`: which stream kinds make which of its query keys stale. `app/live-updates`
 * collects the declarations and dispatches; it knows no key itself.
 *
 * @example
 * export const volumesLive: SliceLiveUpdates = [{ kinds: ['volumes'], keys: () => [volumeKeys.all] }];
 */
export type SliceLiveUpdates = readonly LiveRule[];

/** The key prefixes the given kinds make stale across the slices, each once (a burst refetches a shared key once). */
export function staleKeysFor(slices: readonly SliceLiveUpdates[], kinds: Iterable<StreamKind>): QueryKey[] {
  const wanted = new Set(kinds);
  const keys = new Map<string, QueryKey>();
  for (const rule of slices.flat()) {
    if (!rule.kinds.some((kind) => wanted.has(kind))) continue;
    for (const key of rule.keys()) keys.set(hashKey(key), key);
  }
  return [...keys.values()];
}
