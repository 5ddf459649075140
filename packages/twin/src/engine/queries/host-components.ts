/**
 * How many vSAN components each host holds, by component state (vsan-ha.md §2 "String component states"), witnesses
 * included: Host Summary's "vSAN components" portlet. One pass over every object's components, memoized per objects
 * array, so the 64 hosts of a 10,000-volume cluster share one ~30,000-component walk per state of the objects.
 */
import type { HostComponentCounts } from '@harborview/contracts/inventory';

import type { VsanObject } from '../../vsan/types';

const COUNTS = new WeakMap<readonly VsanObject[], ReadonlyMap<string, HostComponentCounts>>();

function zeroCounts(): HostComponentCounts {
  return {
    total: 0,
    byState: { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 },
  };
}

function countAll(objects: readonly VsanObject[]): ReadonlyMap<string, HostComponentCounts> {
  const byHost = new Map<string, HostComponentCounts>();
  for (const o of objects) {
    for (const c of o.components) {
      let counts = byHost.get(c.hostId);
      if (counts === undefined) byHost.set(c.hostId, (counts = zeroCounts()));
      counts.total += 1;
      counts.byState[c.state] += 1;
    }
  }
  return byHost;
}

/** The components on one host by state; a fresh object the caller may keep (the memo is never handed out). */
export function hostComponentCounts(objects: readonly VsanObject[], hostId: string): HostComponentCounts {
  let all = COUNTS.get(objects);
  if (all === undefined) COUNTS.set(objects, (all = countAll(objects)));
  const counts = all.get(hostId);
  return counts === undefined ? zeroCounts() : { total: counts.total, byState: { ...counts.byState } };
}
