/**
 * Resync progress over time (vsan-ha.md §2 Repair delay timer): ABSENT_RESYNC components copy the delta written while
 * they were away, RECONFIG replacements copy the whole component; at 0 bytes left they become ACTIVE. RVC counts a
 * component as resyncing while `bytesToSync != 0` (§2 Numeric componentState).
 */
import { hasIntactData } from './quorum';
import { cancelReplacement, completeReplacement, replacementOf } from './replacement';
import type { VsanComponent, VsanObject } from './types';
import { bytes } from './units';
import type { BytesPerSecond, Seconds } from './units';

/** Whether a component is copying data in (the Resyncing Objects view's "active" rows). */
export function isResyncing(component: VsanComponent): boolean {
  return component.state === 'ABSENT_RESYNC' || component.state === 'RECONFIG';
}

/** Shares `budget` bytes among needs, smallest first, so no component gets more than it needs (water filling). */
function shareBudget(needs: readonly { uuid: string; need: number }[], budget: number): Map<string, number> {
  const sorted = [...needs].sort((a, b) => a.need - b.need);
  const grants = new Map<string, number>();
  let left = budget;
  sorted.forEach(({ uuid, need }, i) => {
    const fair = Math.floor(left / (sorted.length - i));
    const grant = Math.min(need, fair);
    grants.set(uuid, grant);
    left -= grant;
  });
  return grants;
}

/**
 * Advances the object's resync by `elapsedSeconds` at `bytesPerSecond` (the object's share of resync bandwidth,
 * split evenly over its resyncing components). Data only flows while an intact ACTIVE copy exists to read from;
 * witnesses carry no data and finish at once. A finished replacement takes over from the component it replaced; an
 * original that finishes first makes its replacement redundant, so that one is dropped.
 */
export function advanceResync(object: VsanObject, elapsedSeconds: Seconds, bytesPerSecond: BytesPerSecond): VsanObject {
  const syncing = object.components.filter(isResyncing);
  if (syncing.length === 0) {
    return object;
  }
  const budget = hasIntactData(object) ? Math.floor(elapsedSeconds * bytesPerSecond) : 0;
  const grants = shareBudget(
    syncing.filter((c) => c.bytesToSync > 0).map((c) => ({ uuid: c.uuid, need: c.bytesToSync })),
    budget,
  );
  const progressed = object.components.map((c) =>
    isResyncing(c) ? { ...c, bytesToSync: bytes(c.bytesToSync - (grants.get(c.uuid) ?? 0)) } : c,
  );
  let result: VsanObject = { ...object, components: progressed };
  for (const done of progressed.filter((c) => isResyncing(c) && c.bytesToSync === 0)) {
    if (!result.components.some((c) => c.uuid === done.uuid)) {
      continue;
    }
    if (done.replacesUuid !== undefined) {
      result = completeReplacement(result, done.uuid);
      continue;
    }
    const { staleSinceSeconds: _since, ...rest } = done;
    result = {
      ...result,
      components: result.components.map((c) => (c.uuid === done.uuid ? { ...rest, state: 'ACTIVE' as const } : c)),
    };
    const redundant = replacementOf(result, done.uuid);
    if (redundant !== undefined) {
      result = cancelReplacement(result, redundant);
    }
  }
  return result;
}
