/**
 * The two ways a rebuild ends (vsan-ha.md §2 Repair delay timer: vSAN "builds a new component elsewhere (RECONFIG)
 * ... then discards the absent one"). While it runs, the failed leaf sits in a RAID_1 pair with its replacement,
 * which holds 0 votes so the object's vote total does not change.
 */
import { collapsePair } from './layout';
import type { VsanObject } from './types';

/** The replacement finished: it takes over the old component's votes and place, and the old one is discarded. */
export function completeReplacement(object: VsanObject, replacementUuid: string): VsanObject {
  const replacement = object.components.find((c) => c.uuid === replacementUuid);
  const oldUuid = replacement?.replacesUuid;
  if (replacement === undefined || oldUuid === undefined) {
    return object;
  }
  const old = object.components.find((c) => c.uuid === oldUuid);
  return {
    ...object,
    layout: collapsePair(object.layout, replacementUuid, oldUuid),
    components: object.components
      .filter((c) => c.uuid !== oldUuid)
      .map((c) => {
        if (c.uuid !== replacementUuid) {
          return c;
        }
        const { replacesUuid: _replaced, ...rest } = c;
        return { ...rest, state: 'ACTIVE' as const, votes: old?.votes ?? c.votes };
      }),
  };
}

/** The replacement is dropped (its host failed, or the original came back in sync first). */
export function cancelReplacement(object: VsanObject, replacementUuid: string): VsanObject {
  const replacement = object.components.find((c) => c.uuid === replacementUuid);
  const oldUuid = replacement?.replacesUuid;
  if (replacement === undefined || oldUuid === undefined) {
    return object;
  }
  return {
    ...object,
    layout: collapsePair(object.layout, oldUuid, replacementUuid),
    components: object.components.filter((c) => c.uuid !== replacementUuid),
  };
}

/** The uuid of the replacement under way for a component, if any. */
export function replacementOf(object: VsanObject, componentUuid: string): string | undefined {
  return object.components.find((c) => c.replacesUuid === componentUuid)?.uuid;
}
