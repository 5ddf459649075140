import type { Volume, VolumeList, VolumeListQuery } from '@harborview/contracts/volumes';
import type { TwinState } from '@harborview/twin/engine';
import { volumesView, volumeView } from '@harborview/twin/queries';

import { sameJson } from './same-json';

// Volume reads at 10,000 volumes. The twin's volume views are exactly the contract's `Volume` (typed with it, fields
// in its order), so they are served as they are; twin-volume-reads.test.ts checks their bytes equal the schema's parse.

// The state is immutable and the views pure, so a read is built once per state and shared: callers only serialize
// it (volumes.routes.ts keeps the serialized bytes per object). Bounded per state, so varied queries cannot grow it
// without limit; a superseded state's reads go with it (WeakMap key). The runtime replaces the state object on every
// logged command, so a new volume is in the very next read.
// Most steps (a clock tick, a change elsewhere in the cluster) leave a given page as it was: the last read of each
// query is kept across states and reused when the new one is the same JSON, so its bytes and ETag carry over
// (clients revalidating get a 304) and the ~200 KB body is not serialized again.
const MAX_PAGES_PER_STATE = 32;
const MAX_VOLUMES_PER_STATE = 256;

interface Reads {
  pages: Map<string, VolumeList>;
  volumes: Map<string, Volume | undefined>;
}
const readsByState = new WeakMap<TwinState, Reads>();
const lastReads: Reads = { pages: new Map(), volumes: new Map() };

function readsOf(s: TwinState): Reads {
  let reads = readsByState.get(s);
  if (!reads) readsByState.set(s, (reads = { pages: new Map(), volumes: new Map() }));
  return reads;
}

/** Sets a key in a map that holds at most `max`, dropping the oldest entry. */
function put<K, V>(cache: Map<K, V>, key: K, value: V, max: number): V {
  cache.delete(key);
  if (cache.size >= max) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
  return value;
}

/** The read of `key` in `own` (one state's): memoized, and the last state's object when it reads the same. */
function read<V>(own: Map<string, V>, last: Map<string, V>, key: string, max: number, build: () => V): V {
  if (own.has(key)) return own.get(key) as V;
  const built = build();
  const previous = last.get(key);
  const value = previous !== undefined && sameJson(previous, built) ? previous : built;
  put(last, key, value, max);
  return put(own, key, value, max);
}

/** One volume by `name[@datastore]`; the same object for the same state and name, so it must not be mutated. */
export function readVolume(s: TwinState, name: string): Volume | undefined {
  return read(readsOf(s).volumes, lastReads.volumes, name, MAX_VOLUMES_PER_STATE, () => {
    return volumeView(s, name);
  });
}

/** A page of volumes; the same object for the same state and query, so it must not be mutated. */
export function readVolumes(s: TwinState, query: VolumeListQuery): VolumeList {
  const key = JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return read(readsOf(s).pages, lastReads.pages, key, MAX_PAGES_PER_STATE, () => volumesView(s, query));
}
