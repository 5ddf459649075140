/**
 * The cluster at a glance (contracts `ClusterSummary`, exactly): HA, vSAN capacity (Monitor > vSAN > Capacity, only online
 * devices count), object health counts (Skyline "vSAN object health") and the repair timer (`RepairTimerInfo`,
 * vsan-ha.md §2). Plus the vSphere `Cluster` and `Datastore` rows.
 */
import type { ClusterSummary } from '@harborview/contracts/cluster';
import type { Cluster, Datastore } from '@harborview/contracts/inventory';

import { hasSpareFaultDomain } from '../../vsan/fault-domains';
import { failedComponents } from '../../vsan/fault-domains';
import type { VsanObjectHealthState } from '../../vsan/health';
import type { TwinState } from '../state';
import { nextRepairExpiry } from '../vsan-repair';
import { diskRows } from '../vsan-usage';
import { attentionObjects, vsanHosts } from '../vsan-view';

import { healthOf } from './objects';
import { isoAt } from './time';

/** vSAN capacity totals. */
type CapacityView = ClusterSummary['vsan'];

/** `RepairTimerInfo` as the console shows it. */
type RepairTimerView = ClusterSummary['repairTimer'];

/** vsanDatastore totals over online devices: a host going down shrinks the datastore. */
export function vsanCapacity(s: TwinState): CapacityView {
  const online = diskRows(s).filter((r) => r.online);
  const sum = (pick: (r: (typeof online)[number]) => number): number => online.reduce((n, r) => n + pick(r), 0);
  return {
    capacityBytes: sum((r) => r.capacityBytes),
    usedBytes: sum((r) => r.usedBytes),
    freeBytes: sum((r) => r.freeBytes),
    reservedBytes: sum((r) => r.reservedBytes),
  };
}

/** Counts per health state; only states with objects are listed. */
export function objectHealthCounts(s: TwinState): Partial<Record<VsanObjectHealthState, number>> {
  const attention = attentionObjects(s.vsan.objects);
  const counts: Partial<Record<VsanObjectHealthState, number>> = {};
  const healthy = s.vsan.objects.length - attention.length;
  if (healthy > 0) counts.healthy = healthy;
  for (const o of attention) {
    const h = healthOf(s, o);
    counts[h] = (counts[h] ?? 0) + 1;
  }
  return counts;
}

function repairTimer(s: TwinState): RepairTimerView {
  const t = s.clock.now;
  const delay = s.topology.cluster.repairDelaySeconds;
  const waiting = attentionObjects(s.vsan.objects).filter((o) =>
    failedComponents(o).some((c) => c.state === 'ABSENT' && (c.staleSinceSeconds ?? t) + delay > t),
  );
  const next = nextRepairExpiry(s);
  const spare = waiting.some((o) => hasSpareFaultDomain(o, vsanHosts(s)));
  return {
    delaySeconds: delay,
    objectsWaiting: waiting.length,
    nextExpiryAt: Number.isFinite(next) ? isoAt(s, next) : null,
    outcome:
      waiting.length === 0
        ? null
        : spare
          ? 'rebuild on a spare fault domain'
          : 'no spare fault domain: components stay Absent',
  };
}

/** `GET /api/cluster`. */
export function clusterSummary(s: TwinState): ClusterSummary {
  const { cluster } = s.topology;
  return {
    id: cluster.id,
    name: cluster.name,
    haEnabled: cluster.haEnabled,
    hostIds: s.topology.hosts.map((h) => h.id),
    vsan: vsanCapacity(s),
    objectHealth: objectHealthCounts(s),
    repairTimer: repairTimer(s),
  };
}

/** The vSphere cluster row. */
export function clusterView(s: TwinState): Cluster {
  const { cluster, datacenter, datastore, hosts } = s.topology;
  return {
    id: cluster.id,
    name: cluster.name,
    datacenterId: datacenter.id,
    haEnabled: cluster.haEnabled,
    vsanEnabled: cluster.vsanEnabled,
    hostIds: hosts.map((h) => h.id),
    datastoreIds: [datastore.id],
  };
}

/** The vsanDatastore row. */
export function datastoreView(s: TwinState): Datastore {
  const { datastore, hosts } = s.topology;
  const capacity = vsanCapacity(s);
  return {
    id: datastore.id,
    name: datastore.name,
    type: 'vsan',
    url: datastore.url,
    capacityBytes: capacity.capacityBytes,
    freeBytes: capacity.freeBytes,
    hostIds: hosts.map((h) => h.id),
  };
}
