import type { DrillPreflight } from '@harborview/contracts/drills';

import type { TwinState } from '../engine/state';

import type { WatchedObject } from './observe-entries';
import { drillObjectRefs } from './preflight-objects';

/** The objects a drill follows: those its preflight assessed. */
export function watchedOf(preflight: DrillPreflight): WatchedObject[] {
  return preflight.objects.map(({ objectUuid, name, kind }) => ({ objectUuid, name, kind }));
}

/** Harbor's VM objects and volumes, for the topology view when no drill is chosen. */
export function harborWatched(s: TwinState): WatchedObject[] {
  return drillObjectRefs(s)
    .filter((ref) => ref.kind !== 'volume' || ref.usedBy.length > 0)
    .map(({ objectUuid, name, kind }) => ({ objectUuid, name, kind }));
}
