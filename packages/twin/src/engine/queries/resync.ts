/**
 * Monitor > vSAN > Resyncing Objects (vsphere-client-ui.md §4; contracts `ResyncSummary`): objects copying now,
 * waiting on the delay timer (scheduled) or due with nowhere to go (pending), bytes left and ETA at the twin's rate.
 */
import type { ResyncSummary } from '@harborview/contracts/cluster';

import { sinceStart } from '../../tasks/time';
import { resyncSummary } from '../../vsan/resync';
import { RESYNC_BYTES_PER_SECOND } from '../constants';
import type { TwinState } from '../state';
import { attentionObjects, OBJECTS, vsanHosts } from '../vsan-view';

/** `GET /api/vsan/resync`. Only objects needing attention can have a row, so this is cheap at any scale. */
export function resyncView(s: TwinState): ResyncSummary {
  const summary = resyncSummary({
    objects: attentionObjects(s.vsan.objects),
    hosts: vsanHosts(s),
    nowSeconds: sinceStart(s.clock.now),
    repairDelaySeconds: s.topology.cluster.repairDelaySeconds,
    bytesPerSecond: RESYNC_BYTES_PER_SECOND,
  });
  return {
    totalObjects: summary.resyncingObjects,
    bytesLeft: summary.bytesLeftToSync,
    etaSeconds: summary.etaSeconds,
    scheduled: summary.scheduledObjects,
    pending: summary.pendingObjects,
    objects: summary.rows.map((r) => {
      const o = OBJECTS.find(s.vsan.objects, r.objectUuid);
      const rebuilding = o?.components.some((c) => c.state === 'RECONFIG') ?? false;
      return {
        uuid: r.objectUuid,
        name: r.name,
        bytesLeft: r.bytesLeftToSync,
        etaSeconds: r.etaSeconds,
        // vSAN's resync intent: `Repair` for a rebuild, `Stale` for a returning component's delta [U: UI wording].
        intent: rebuilding || r.status !== 'active' ? 'Repair' : 'Stale',
        status: r.status,
      };
    }),
  };
}
