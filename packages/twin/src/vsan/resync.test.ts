import { describe, expect, it } from 'vitest';

import { rankedHosts } from './__fixtures__/hosts';
import { placedObject } from './__fixtures__/objects';
import { hostBack, hostDown } from './failures';
import { resyncSummary } from './resync';
import type { VsanObject } from './types';
import { bytesPerSecond, gb, seconds } from './units';

const HOSTS_WITHOUT_1 = rankedHosts().map((h) => (h.hostId === 'host-1' ? { ...h, poweredOn: false } : h));
const BANDWIDTH = bytesPerSecond(gb(1) / 10);

function summaryAt(objects: VsanObject[], now: number): ReturnType<typeof resyncSummary> {
  return resyncSummary({ objects, hosts: HOSTS_WITHOUT_1, nowSeconds: seconds(now), bytesPerSecond: BANDWIDTH });
}

describe('resyncSummary', () => {
  it('when nothing failed, then the view is empty', () => {
    // vsphere-client-ui.md Resyncing Objects: totals and rows
    expect(summaryAt([placedObject()], 0)).toStrictEqual({
      resyncingObjects: 0,
      bytesLeftToSync: gb(0),
      etaSeconds: null,
      scheduledObjects: 0,
      pendingObjects: 0,
      rows: [],
    });
  });

  it('when a host has been down 10 minutes, then the object is scheduled to start in 50 minutes', () => {
    // vsphere-client-ui.md Resyncing Objects: scheduled = waiting on the delay timer; vsan-ha.md §2 Repair delay timer 60 min
    // Act
    const summary = summaryAt([hostDown(placedObject(), 'host-1', seconds(0))], 600);

    // Assert
    expect(summary.rows.map((r) => [r.status, r.startsInSeconds])).toStrictEqual([['scheduled', 3000]]);
    expect(summary.scheduledObjects).toBe(1);
  });

  it('when the timer ran out with no spare fault domain, then the object is pending', () => {
    // vsphere-client-ui.md Resyncing Objects: pending = timer expired but cannot resync
    // Act
    const summary = summaryAt([hostDown(placedObject(), 'host-1', seconds(0))], 3600);

    // Assert
    expect([summary.pendingObjects, summary.rows[0]?.status]).toStrictEqual([1, 'pending']);
  });

  it('when two objects resync 1 GB and 3 GB at 0.1 GB/s each, then bytes add up and the ETA is the slower one', () => {
    // vsphere-client-ui.md Resyncing Objects: Total resyncing objects, Bytes left to resync, Total resyncing ETA
    // Arrange
    const objects = [1, 3].map((writtenGb, i) =>
      hostBack(hostDown(placedObject({ name: `disk-${i}` }), 'host-1', seconds(0)), 'host-1', gb(writtenGb)),
    );

    // Act
    const summary = summaryAt(objects, 60);

    // Assert
    expect([summary.resyncingObjects, summary.bytesLeftToSync, summary.etaSeconds]).toStrictEqual([2, gb(4), 30]);
    expect(summary.rows.map((r) => [r.name, r.etaSeconds])).toStrictEqual([
      ['disk-0', 10],
      ['disk-1', 30],
    ]);
  });
});
