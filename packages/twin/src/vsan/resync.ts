/**
 * The Monitor > vSAN > Resyncing Objects summary (vsphere-client-ui.md, Virtual Objects: total resyncing objects,
 * bytes left, ETA; "scheduled = waiting on the delay timer; pending = timer expired but cannot resync").
 * Bandwidth is per object, as in `advanceResync`: objects resync in parallel, so the total ETA is the slowest one.
 */
import { failedComponents, hasSpareFaultDomain } from './fault-domains';
import { hasIntactData } from './quorum';
import { isResyncing } from './resync-progress';
import type { VsanHost, VsanObject } from './types';
import type { Bytes, BytesPerSecond, Seconds } from './units';
import { bytes, DEFAULT_REPAIR_DELAY_SECONDS, seconds } from './units';

/** active: copying now; scheduled: waiting on the delay timer; pending: due but cannot resync. */
export type ResyncStatus = 'active' | 'scheduled' | 'pending';

/** One row of the Resyncing Objects list. */
export interface ResyncRow {
  objectUuid: string;
  name: string;
  status: ResyncStatus;
  bytesLeftToSync: Bytes;
  /** Time to finish at the given bandwidth; null when nothing is flowing. */
  etaSeconds: Seconds | null;
  /** For scheduled rows: time until the delay timer runs out. */
  startsInSeconds: Seconds | null;
}

/** Totals at the top of the view plus the rows. */
export interface ResyncSummary {
  resyncingObjects: number;
  bytesLeftToSync: Bytes;
  etaSeconds: Seconds | null;
  scheduledObjects: number;
  pendingObjects: number;
  rows: ResyncRow[];
}

/** Inputs of the summary: the objects, the cluster, the clock, the timer setting and the per-object bandwidth. */
export interface ResyncInput {
  objects: readonly VsanObject[];
  hosts: readonly VsanHost[];
  nowSeconds: Seconds;
  repairDelaySeconds?: Seconds;
  bytesPerSecond: BytesPerSecond;
}

function rowFor(object: VsanObject, input: ResyncInput): ResyncRow | null {
  const base = { objectUuid: object.uuid, name: object.name };
  const syncing = object.components.filter(isResyncing);
  const left = syncing.reduce((sum, c) => sum + c.bytesToSync, 0);
  if (syncing.length > 0) {
    const flowing = hasIntactData(object) && input.bytesPerSecond > 0;
    return {
      ...base,
      status: flowing ? 'active' : 'pending',
      bytesLeftToSync: bytes(left),
      etaSeconds: flowing ? seconds(Math.ceil(left / input.bytesPerSecond)) : null,
      startsInSeconds: null,
    };
  }
  const failed = failedComponents(object);
  if (failed.length === 0) {
    return null;
  }
  const delay = input.repairDelaySeconds ?? DEFAULT_REPAIR_DELAY_SECONDS;
  const waits = failed
    .filter((c) => c.state === 'ABSENT')
    .map((c) => delay - (input.nowSeconds - (c.staleSinceSeconds ?? input.nowSeconds)))
    .filter((w) => w > 0);
  const due = failed.length > waits.length;
  // Something is due but nothing is copying: the rebuild could not start (no spare fault domain, capacity, quorum).
  if (due && !hasSpareFaultDomain(object, input.hosts)) {
    return { ...base, status: 'pending', bytesLeftToSync: bytes(0), etaSeconds: null, startsInSeconds: null };
  }
  if (waits.length > 0) {
    return {
      ...base,
      status: 'scheduled',
      bytesLeftToSync: bytes(0),
      etaSeconds: null,
      startsInSeconds: seconds(Math.min(...waits)),
    };
  }
  return { ...base, status: 'pending', bytesLeftToSync: bytes(0), etaSeconds: null, startsInSeconds: null };
}

/**
 * Summarizes resync across the cluster.
 * @example resyncSummary({ objects, hosts, nowSeconds: seconds(120), bytesPerSecond: bytesPerSecond(50 * 2 ** 20) })
 */
export function resyncSummary(input: ResyncInput): ResyncSummary {
  const rows = input.objects.flatMap((object) => {
    const row = rowFor(object, input);
    return row === null ? [] : [row];
  });
  const active = rows.filter((r) => r.status === 'active');
  const etas = active.flatMap((r) => (r.etaSeconds === null ? [] : [r.etaSeconds]));
  return {
    resyncingObjects: active.length,
    bytesLeftToSync: bytes(rows.reduce((sum, r) => sum + r.bytesLeftToSync, 0)),
    etaSeconds: etas.length === 0 ? null : seconds(Math.max(...etas)),
    scheduledObjects: rows.filter((r) => r.status === 'scheduled').length,
    pendingObjects: rows.filter((r) => r.status === 'pending').length,
    rows,
  };
}
