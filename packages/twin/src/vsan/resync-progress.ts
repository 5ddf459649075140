/**
 * Resync progress over time (vsan-ha.md §2 Repair delay timer): ABSENT_RESYNC components copy the delta written while
 * they were away, RECONFIG replacements copy the whole component; at 0 bytes left they become ACTIVE. RVC counts a
 * component as resyncing while `bytesToSync != 0` (§2 Numeric componentState).
 */
import { hasIntactData } from './quorum';
import { cancelReplacement, completeReplacement, replacementOf } from './replacement';
import type { VsanComponent, VsanObject } from './types';
import type { BytesPerSecond, Seconds } from './units';
import { bytes } from './units';

/** Whether a component is copying data in (the Resyncing Objects view's "active" rows). */
export function isResyncing(component: VsanComponent): boolean {
  return component.state === 'ABSENT_RESYNC' || component.state === 'RECONFIG';
}

/** Shares `budget` bytes among needs, smallest first, so no component gets more than it needs (water filling). */
function shareBudget(needs: readonly { uuid: string; need: number }[], budget: number): Map<string, number> {
  const sorted = needs.length < 2 ? needs : [...needs].sort((a, b) => a.need - b.need);
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
  // Plain loops and few allocations: every resyncing object goes through here at every deadline.
  const { components } = object;
  let syncing = 0;
  let copying = 0;
  let lone: VsanComponent | undefined;
  for (let i = 0; i < components.length; i += 1) {
    const c = components[i];
    if (c === undefined || !isResyncing(c)) continue;
    syncing += 1;
    if (c.bytesToSync > 0) {
      copying += 1;
      lone = c;
    }
  }
  if (syncing === 0) {
    return object;
  }
  const budget = hasIntactData(object) ? Math.floor(elapsedSeconds * bytesPerSecond) : 0;
  // One component copying (the usual replacement) gets min(need, budget), which is `shareBudget` of one need.
  const grants =
    copying > 1
      ? shareBudget(
          components
            .filter((c) => isResyncing(c) && c.bytesToSync > 0)
            .map((c) => ({ uuid: c.uuid, need: c.bytesToSync })),
          budget,
        )
      : null;
  const progressed = components.map((c) => {
    if (!isResyncing(c)) return c;
    const grant = grants !== null ? (grants.get(c.uuid) ?? 0) : c === lone ? Math.min(c.bytesToSync, budget) : 0;
    // Nothing granted (a witness, or no intact copy to read): the component is kept as it is.
    return grant === 0 ? c : { ...c, bytesToSync: bytes(c.bytesToSync - grant) };
  });
  let result: VsanObject = { ...object, components: progressed };
  for (const done of progressed) {
    if (!isResyncing(done) || done.bytesToSync !== 0) continue;
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
