import type { DrillIntegrity } from '@harborview/contracts/drills';
import type { VerifyResult } from '@harborview/contracts/harbor';

import type { Baseline } from './drill-types';

type ImageStatus = DrillIntegrity['images'][number]['status'];

/** A volume whose data cannot be read, as the twin explains it. */
export interface AffectedVolume {
  name: string;
  verdict: 'lost' | 'unavailable';
  reason: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The digests the drill will hold the registry to: every image the real registry served intact before the fault,
 * with its manifest and blob digests (the verify report lists the manifest first, as the registry stores it).
 */
export function baselineOf(report: VerifyResult, recordedAt: string, registryVolume: string | null): Baseline {
  const images = report.images
    .filter((image) => image.status === 'intact')
    .map((image) => ({
      ref: image.ref,
      manifestDigest: image.manifestDigest,
      blobs: image.blobs.map((b) => b.digest),
    }));
  return { recordedAt, registryVolume, images, blobs: images.reduce((n, image) => n + image.blobs.length, 0) };
}

/** "baseline recorded: 2 images, 6 blobs" (and what was already unreadable, which the drill cannot vouch for). */
export function baselineMessage(baseline: Baseline, report: VerifyResult): string {
  const skipped = report.images.length - baseline.images.length;
  const where = baseline.registryVolume ? ` on ${baseline.registryVolume}` : '';
  return (
    `baseline recorded: ${plural(baseline.images.length, 'image')}, ${plural(baseline.blobs, 'blob')}${where}` +
    (skipped > 0 ? ` (${plural(skipped, 'image')} already unreadable before the fault left out)` : '')
  );
}

function judgeImage(
  image: Baseline['images'][number],
  after: VerifyResult['images'][number] | undefined,
  registryOutage: AffectedVolume | undefined,
): { status: ImageStatus; detail: string } {
  const why = registryOutage ? `${registryOutage.name}: ${registryOutage.reason}` : null;
  // The twin knows the only copy is gone even while the registry cannot be asked: the folder was really wiped.
  if (registryOutage?.verdict === 'lost') return { status: 'missing', detail: why! };
  if (after === undefined) return { status: 'missing', detail: 'the registry no longer lists it' };
  if (after.status === 'unavailable') return { status: 'unavailable', detail: why ?? after.detail };
  if (after.status !== 'intact') return { status: after.status, detail: after.detail };
  if (after.manifestDigest !== image.manifestDigest) {
    return { status: 'corrupt', detail: `the tag now serves ${after.manifestDigest}` };
  }
  const intact = new Set(after.blobs.filter((b) => b.status === 'intact').map((b) => b.digest));
  const bad = image.blobs.filter((digest) => !intact.has(digest));
  if (bad.length > 0) return { status: 'missing', detail: `${plural(bad.length, 'blob')} not served intact` };
  return { status: 'intact', detail: 'every blob re-hashed to its recorded digest' };
}

/**
 * The integrity verdict: each baseline image fetched again and re-hashed (`report`, from the real registry) and
 * compared with the digests recorded before the fault. `lost` when any image is missing or corrupt, `unavailable`
 * when some cannot be read now, else `intact`. The summary names what and why.
 */
export function judgeIntegrity(
  baseline: Baseline,
  report: VerifyResult,
  checkedAt: string,
  affected: readonly AffectedVolume[],
): DrillIntegrity {
  const registryOutage = affected.find((v) => v.name === baseline.registryVolume);
  const images = baseline.images.map((image) => {
    const judged = judgeImage(
      image,
      report.images.find((r) => r.ref === image.ref),
      registryOutage,
    );
    return { ref: image.ref, manifestDigest: image.manifestDigest, blobs: image.blobs.length, ...judged };
  });
  const lost = images.filter((i) => i.status === 'missing' || i.status === 'corrupt');
  const unavailable = images.filter((i) => i.status === 'unavailable');
  const verdict = lost.length > 0 ? 'lost' : unavailable.length > 0 ? 'unavailable' : 'intact';
  const bad = verdict === 'lost' ? lost : unavailable;
  const summary =
    verdict === 'intact'
      ? images.length === 0
        ? 'no images in the registry to verify: nothing lost'
        : `${plural(images.length, 'image')}, ${plural(baseline.blobs, 'blob')} verified, nothing lost`
      : `${bad.length} of ${plural(images.length, 'image')} ${verdict} (${bad.map((i) => i.ref).join(', ')}): ` +
        (bad[0]?.detail ?? '');
  return {
    baseline: { recordedAt: baseline.recordedAt, images: baseline.images.length, blobs: baseline.blobs },
    verdict,
    checkedAt,
    summary,
    images,
    affectedVolumes: affected.map(({ name, verdict: v, reason }) => ({ name, verdict: v, reason })),
  };
}
