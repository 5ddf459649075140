/**
 * The cluster at a glance (contracts `ClusterSummary`): HA, vSAN capacity (Monitor > vSAN > Capacity, only online
 * devices count), object health counts (Skyline "vSAN object health") and the repair timer (`RepairTimerInfo`,
 * vsan-ha.md §2). Plus the vSphere `Cluster` and `Datastore` rows.
 */
import type { VsanObjectHealthState } from '../../vsan/health';
import { hasSpareFaultDomain } from '../../vsan/fault-domains';
import { failedComponents } from '../../vsan/fault-domains';
import type { TwinState } from '../state';
import { nextRepairExpiry } from '../vsan-repair';
import { attentionObjects, vsanHosts } from '../vsan-view';
import { diskRows } from '../vsan-usage';
import { healthOf } from './objects';
import { isoAt } from './time';

/** vSAN capacity totals. */
export interface CapacityView {
  capacityBytes: number;
  usedBytes: number;
  freeBytes: number;
  reservedBytes: number;
}

/** `RepairTimerInfo` as the console shows it. */
export interface RepairTimerView {
  delaySeconds: number;
  objectsWaiting: number;
  nextExpiryAt: string | null;
  outcome: string | null;
}

/** contracts `ClusterSummary`, plus the primary and vSAN flag. */
export interface ClusterSummaryView {
  id: string;
  name: string;
  haEnabled: boolean;
  vsanEnabled: boolean;
  primaryHostId: string | null;
  hostIds: string[];
  vsan: CapacityView;
  objectHealth: Partial<Record<VsanObjectHealthState, number>>;
  repairTimer: RepairTimerView;
}

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
export function clusterSummary(s: TwinState): ClusterSummaryView {
  const { cluster } = s.topology;
  return {
    id: cluster.id,
    name: cluster.name,
    haEnabled: cluster.haEnabled,
    vsanEnabled: cluster.vsanEnabled,
    primaryHostId: s.ha.primaryHostId,
    hostIds: s.topology.hosts.map((h) => h.id),
    vsan: vsanCapacity(s),
    objectHealth: objectHealthCounts(s),
    repairTimer: repairTimer(s),
  };
}

/** The vSphere cluster row (contracts `Cluster`). */
export function clusterView(s: TwinState): {
  id: string;
  name: string;
  datacenterId: string;
  haEnabled: boolean;
  vsanEnabled: boolean;
  hostIds: string[];
  datastoreIds: string[];
} {
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

/** The vsanDatastore row (contracts `Datastore`). */
export function datastoreView(s: TwinState): {
  id: string;
  name: string;
  type: 'vsan';
  url: string;
  capacityBytes: number;
  freeBytes: number;
  hostIds: string[];
} {
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
