/**
 * Object accessibility (vsan-ha.md §1 Quorum and votes, the [D] simulator rule): more than 50% of the votes on
 * ACTIVE components AND an intact copy of the data (a RAID_1 child whose leaves are all ACTIVE; for RAID-5/6 enough
 * segments). ACTIVE_STALE counts toward neither. RVC's DATA_AVAILABLE and QUORUM bits (§2) map onto the two halves.
 */
import { isIntact } from './layout';
import type { VsanObject } from './types';

// Up to this many components a linear scan answers "is this leaf ACTIVE?" faster than a set.
const SMALL_OBJECT_COMPONENTS = 16;

/** Votes on ACTIVE components and on all components. */
export interface VoteCount {
  active: number;
  total: number;
}

/** Counts the object's votes; RECONFIG replacements carry 0 votes until they take over. */
export function countVotes(object: VsanObject): VoteCount {
  let active = 0;
  let total = 0;
  for (const c of object.components) {
    if (c.state === 'ACTIVE') active += c.votes;
    total += c.votes;
  }
  return { active, total };
}

/** Whether strictly more than half of the votes are on ACTIVE components (RVC's QUORUM bit). */
export function hasQuorum(object: VsanObject): boolean {
  const { active, total } = countVotes(object);
  return active * 2 > total;
}

/** Whether an up-to-date copy of the data can be read from ACTIVE components (RVC's DATA_AVAILABLE bit). */
export function hasIntactData(object: VsanObject): boolean {
  const { components } = object;
  if (components.length > SMALL_OBJECT_COMPONENTS) {
    const active = new Set(components.filter((c) => c.state === 'ACTIVE').map((c) => c.uuid));
    return isIntact(object.layout, (uuid) => active.has(uuid));
  }
  // Asked for every resyncing object at every deadline: a scan of a few components beats building a set.
  return isIntact(object.layout, (uuid) => {
    for (let i = 0; i < components.length; i += 1) {
      const c = components[i];
      if (c !== undefined && c.uuid === uuid && c.state === 'ACTIVE') return true;
    }
    return false;
  });
}

/** Whether the object can serve I/O: quorum, an intact copy, and data not lost for good. */
export function isAccessible(object: VsanObject): boolean {
  return !object.dataLost && hasQuorum(object) && hasIntactData(object);
}
