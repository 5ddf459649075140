import { describe, expect, it } from 'vitest';

import { drive, walkthroughReady } from '../__fixtures__/drive';
import type { TwinState } from '../state';

import { hostComponentCounts } from './host-components';
import { hostsView } from './hosts';

// Facts: vsan-ha.md §1 "Failures to tolerate" (FTT=1 RAID-1 on 3 hosts puts a replica or the witness on every host)
// and §2 "Absent vs Degraded" (a powered-off host's components are ABSENT).

const ready = walkthroughReady().state;

/** The reference: every component of every object, counted one by one. */
function countByHand(s: TwinState, hostId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of s.vsan.objects)
    for (const c of o.components) if (c.hostId === hostId) counts[c.state] = (counts[c.state] ?? 0) + 1;
  return counts;
}

const nonZero = (byState: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(byState).filter(([, n]) => n > 0));

describe('hostComponentCounts', () => {
  it('when every host is up, then each host view counts its components as ACTIVE, the same as a count by hand', () => {
    const hosts = hostsView(ready);

    expect(hosts.map((h) => nonZero(h.components.byState))).toStrictEqual(hosts.map((h) => countByHand(ready, h.id)));
    expect(hosts.every((h) => h.components.total > 0 && h.components.total === h.components.byState.ACTIVE)).toBe(true);
  });

  it('when .130 is powered off, then its components are counted ABSENT and the other hosts stay ACTIVE', () => {
    const off = drive(ready, { type: 'powerHost', hostId: 'host-1', state: 'off' }).state;

    const after = hostComponentCounts(off.vsan.objects, 'host-1');

    expect([after.byState.ABSENT, after.byState.ACTIVE]).toStrictEqual([after.total, 0]);
    expect(after.total).toBeGreaterThan(0);
    expect(nonZero(hostComponentCounts(off.vsan.objects, 'host-2').byState)).toStrictEqual(countByHand(off, 'host-2'));
  });

  it('when a host holds no components, then every state is present with zero', () => {
    expect(hostComponentCounts(ready.vsan.objects, 'host-9')).toStrictEqual({
      total: 0,
      byState: { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 },
    });
  });

  it('when a caller changes the counts it got, then the next read is unaffected', () => {
    const first = hostComponentCounts(ready.vsan.objects, 'host-2');
    const total = first.total;
    first.total = -1;
    first.byState.ACTIVE = -1;

    expect(hostComponentCounts(ready.vsan.objects, 'host-2').total).toBe(total);
    expect(hostComponentCounts(ready.vsan.objects, 'host-2').byState.ACTIVE).toBe(total);
  });
});
