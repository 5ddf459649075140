import type { Drill, DrillIntegrity, DrillSummary } from '@harborview/contracts/drills';
import type { Observation } from '@harborview/twin/drill';
import { buildTimeline, isoOf, rtoFromTimeline, secondsBetween } from '@harborview/twin/drill';

import type { DrillRecord } from './drill-types';

/** The integrity block before the first check: the baseline and what will happen. */
function pendingIntegrity(record: DrillRecord): DrillIntegrity | null {
  if (record.integrity) return record.integrity;
  const { baseline } = record;
  if (!baseline) return null;
  return {
    baseline: { recordedAt: baseline.recordedAt, images: baseline.images.length, blobs: baseline.blobs },
    verdict: null,
    checkedAt: null,
    summary: 'not checked yet: every image is fetched and re-hashed once Harbor is healthy again',
    images: [],
    affectedVolumes: [],
  };
}

/** Whether `POST /recover` is accepted now: Harbor is back (or the drill failed) and the fault is still in place. */
export function isRecoverable(record: DrillRecord, obs: Observation): boolean {
  return (
    record.endSeq === null &&
    !obs.reset &&
    obs.faultActive &&
    (record.status === 'recovered' || record.status === 'failed')
  );
}

/** The API's `Drill` from the stored record and the observation (live or final). */
export function toDrill(record: DrillRecord, obs: Observation): Drill {
  const timeline = buildTimeline(obs.entries, record.serviceEntries, obs.faultAt, obs.epochMs);
  const faultAt = obs.faultAt === null ? null : isoOf(obs.epochMs, obs.faultAt);
  const origin = obs.faultAt ?? obs.samples[0]?.time ?? 0;
  const { endsAt, outcome } = obs.repairTimer;
  const progress =
    obs.resyncedAt !== null ? 1 : obs.resyncPeak > 0 ? Math.max(0, 1 - obs.resyncLeft / obs.resyncPeak) : 0;
  return {
    id: record.id,
    fault: record.fault,
    description: record.description,
    status: record.status,
    failure: record.failure,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    initiator: record.initiator,
    preflight: record.preflight,
    timeline,
    rto: rtoFromTimeline(timeline, { faultAt, hostId: record.fault.hostId, vmId: record.vmId }),
    integrity: pendingIntegrity(record),
    samples: obs.samples.map((sample) => ({
      ...sample,
      tSeconds: secondsBetween(origin, sample.time),
      time: isoOf(obs.epochMs, sample.time),
    })),
    repairTimer: {
      endsAt: endsAt === null ? null : isoOf(obs.epochMs, endsAt),
      secondsLeft: endsAt === null ? null : Math.max(0, secondsBetween(obs.now, endsAt)),
      outcome: outcome ?? 'nothing waits on the repair timer',
    },
    resync: { bytesLeft: obs.resyncLeft, bytesTotal: obs.resyncPeak, progress },
    vmHostBefore: record.vmHostBefore,
    vmHostNow: obs.vmHostNow,
    recoverable: isRecoverable(record, obs),
    active: record.endSeq === null,
  };
}

/** One row of `GET /api/drills`. */
export function toSummary(drill: Drill): DrillSummary {
  const { id, fault, description, status, startedAt, endedAt, initiator, rto } = drill;
  return {
    id,
    fault,
    description,
    status,
    startedAt,
    endedAt,
    initiator,
    rto,
    verdict: drill.integrity?.verdict ?? null,
  };
}
