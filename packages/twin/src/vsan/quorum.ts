/**
 * Object accessibility (vsan-ha.md §1 Quorum and votes, the [D] simulator rule): more than 50% of the votes on
 * ACTIVE components AND an intact copy of the data (a RAID_1 child whose leaves are all ACTIVE; for RAID-5/6 enough
 * segments). ACTIVE_STALE counts toward neither. RVC's DATA_AVAILABLE and QUORUM bits (§2) map onto the two halves.
 */
import { isIntact } from './layout';
import type { VsanObject } from './types';

/** Votes on ACTIVE components and on all components. */
export interface VoteCount {
  active: number;
  total: number;
}

/** Counts the object's votes; RECONFIG replacements carry 0 votes until they take over. */
export function countVotes(object: VsanObject): VoteCount {
  return object.components.reduce<VoteCount>(
    (count, c) => ({ active: count.active + (c.state === 'ACTIVE' ? c.votes : 0), total: count.total + c.votes }),
    { active: 0, total: 0 },
  );
}

/** Whether strictly more than half of the votes are on ACTIVE components (RVC's QUORUM bit). */
export function hasQuorum(object: VsanObject): boolean {
  const { active, total } = countVotes(object);
  return active * 2 > total;
}

/** Whether an up-to-date copy of the data can be read from ACTIVE components (RVC's DATA_AVAILABLE bit). */
export function hasIntactData(object: VsanObject): boolean {
  const active = new Set(object.components.filter((c) => c.state === 'ACTIVE').map((c) => c.uuid));
  return isIntact(object.layout, (uuid) => active.has(uuid));
}

/** Whether the object can serve I/O: quorum, an intact copy, and data not lost for good. */
export function isAccessible(object: VsanObject): boolean {
  return !object.dataLost && hasQuorum(object) && hasIntactData(object);
}
