import type { VerifyResult } from '@harborview/contracts/harbor';
import { describe, expect, it } from 'vitest';

import { baselineMessage, baselineOf, judgeIntegrity } from './integrity';

const D = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`;
type Status = VerifyResult['images'][number]['status'];

function report(statuses: Status[]): VerifyResult {
  const images = statuses.map((status, i) => ({
    ref: `library/demo-${i + 1}:1.0`,
    status,
    manifestDigest: D(i + 1),
    detail: status === 'intact' ? 'every blob re-hashed to its digest' : `registry says ${status}`,
    blobs: [D(i + 1), D(i + 5), D(i + 7)].map((digest) => ({ digest, status })),
  }));
  const blobs = images.flatMap((image) => image.blobs);
  return {
    intact: statuses.every((s) => s === 'intact'),
    images,
    counts: { images: images.length, blobs: blobs.length, verified: blobs.filter((b) => b.status === 'intact').length },
  };
}

const BASELINE = baselineOf(report(['intact', 'intact']), '2017-03-01T09:00:00.000Z', 'vsanvol1@vsanDatastore');
const FTT0 = {
  name: 'vsanvol1@vsanDatastore',
  reason: 'policy FTT=0 (no data redundancy): its only copy is on 10.162.102.130 (powered off)',
};

describe('integrity', () => {
  it('when two images with a manifest and two blobs each are recorded, then the baseline counts 2 images and 6 blobs', () => {
    expect(baselineMessage(BASELINE, report(['intact', 'intact']))).toBe(
      'baseline recorded: 2 images, 6 blobs on vsanvol1@vsanDatastore',
    );
  });

  it('when every image re-hashes to its recorded digests, then the verdict is intact and nothing lost', () => {
    const judged = judgeIntegrity(BASELINE, report(['intact', 'intact']), 'then', []);

    expect([judged.verdict, judged.summary]).toStrictEqual(['intact', '2 images, 6 blobs verified, nothing lost']);
    expect(judged.images.map((i) => [i.ref, i.status, i.blobs])).toStrictEqual([
      ['library/demo-1:1.0', 'intact', 3],
      ['library/demo-2:1.0', 'intact', 3],
    ]);
  });

  it('when the registry volume is inaccessible, then the verdict is unavailable and names the volume and why', () => {
    const judged = judgeIntegrity(BASELINE, report(['unavailable', 'unavailable']), 'then', [
      { ...FTT0, verdict: 'unavailable' },
    ]);

    expect(judged.verdict).toBe('unavailable');
    expect(judged.summary).toBe(
      `2 of 2 images unavailable (library/demo-1:1.0, library/demo-2:1.0): vsanvol1@vsanDatastore: ${FTT0.reason}`,
    );
    expect(judged.affectedVolumes).toStrictEqual([{ ...FTT0, verdict: 'unavailable' }]);
  });

  it('when the registry volume lost its only copy, then the images count as lost even though the registry cannot say', () => {
    const judged = judgeIntegrity(BASELINE, report(['unavailable', 'unavailable']), 'then', [
      { ...FTT0, verdict: 'lost' },
    ]);

    expect([judged.verdict, judged.images.map((i) => i.status)]).toStrictEqual(['lost', ['missing', 'missing']]);
  });

  it('when a tag now serves another manifest, then that image is corrupt and the verdict lost', () => {
    const after = report(['intact', 'intact']);
    after.images[1] = { ...after.images[1]!, manifestDigest: D(9) };

    const judged = judgeIntegrity(BASELINE, after, 'then', []);

    expect([judged.verdict, judged.images[1]?.status]).toStrictEqual(['lost', 'corrupt']);
  });
});
