/**
 * What a failover drill watches at every step, read from the state: one object's standing (accessible, health,
 * components away), whether the cluster is back in sync after the fault was put right (vsan-ha.md §2: a returning
 * host's components resync to ACTIVE), and when the next repair timer runs out (§2 Repair delay timer).
 */
import { objectView } from '../engine/queries/objects';
import { nextDeadline } from '../engine/settle';
import type { TwinState } from '../engine/state';
import { step } from '../engine/step';
import { nextRepairExpiry } from '../engine/vsan-repair';
import { attentionObjects, OBJECTS } from '../engine/vsan-view';
import { isAccessible } from '../vsan/quorum';
import type { ComponentState } from '../vsan/types';

/** One object as the drill's timeline describes it. */
export interface ObjectStanding {
  accessible: boolean;
  dataLost: boolean;
  health: string;
  healthLabel: string;
  /** Components not ACTIVE, counted by state. */
  away: Partial<Record<ComponentState, number>>;
  components: number;
}

/** The object's standing now, or null when it does not exist (a swap object while its VM is off). */
export function objectStanding(s: TwinState, uuid: string): ObjectStanding | null {
  const o = OBJECTS.find(s.vsan.objects, uuid);
  if (o === undefined) return null;
  const view = objectView(s, o);
  const away: Partial<Record<ComponentState, number>> = {};
  for (const c of o.components) if (c.state !== 'ACTIVE') away[c.state] = (away[c.state] ?? 0) + 1;
  return {
    accessible: isAccessible(o),
    dataLost: o.dataLost,
    health: view.health,
    healthLabel: view.healthLabel,
    away,
    components: o.components.length,
  };
}

/**
 * Whether every component of every object is ACTIVE with nothing left to sync. Objects whose only copy is gone for
 * good are left out: nothing can bring them back, so waiting on them would never end.
 */
export function everyComponentActive(s: TwinState): boolean {
  return attentionObjects(s.vsan.objects).every(
    (o) => o.dataLost || o.components.every((c) => c.state === 'ACTIVE' && c.bytesToSync === 0),
  );
}

/** Twin time at which the next repair timer runs out, or null when no component waits on one. */
export function repairTimerEnd(s: TwinState): number | null {
  const next = nextRepairExpiry(s);
  return Number.isFinite(next) ? next : null;
}

/**
 * For each predicate, the first state after `from` (at most at `until`) in which it holds, found in one pass that
 * steps `from` forward deadline to deadline, the instants `advance` itself stops at. One `advance` of many seconds
 * commits a single state; this recovers when, inside it, Harbor became healthy or an object changed. Null for a
 * predicate that never holds before `until` (or when `from` is already there).
 */
export function firstStatesWhere(
  from: TwinState,
  until: number,
  predicates: readonly ((s: TwinState) => boolean)[],
): (TwinState | null)[] {
  const found: (TwinState | null)[] = predicates.map(() => null);
  let open = predicates.length;
  let s = from;
  while (open > 0 && s.clock.now < until) {
    const next = Math.min(nextDeadline(s), until);
    const r = step(s, { type: 'advance', seconds: next - s.clock.now });
    if (!r.result.ok) break;
    s = r.state;
    predicates.forEach((holds, i) => {
      if (found[i] === null && holds(s)) {
        found[i] = s;
        open -= 1;
      }
    });
  }
  return found;
}
