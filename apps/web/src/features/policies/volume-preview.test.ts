import { describe, expect, it } from 'vitest';

import { volumePreview } from './volume-preview';

describe('volumePreview', () => {
  it('when a policy has few volumes, then all are shown by name', () => {
    expect(volumePreview(['vsanvol3', 'vsanvol1'])).toStrictEqual({ shown: ['vsanvol1', 'vsanvol3'], more: 0 });
  });

  it('when a policy has more volumes than fit, then the rest are counted', () => {
    const volumes = Array.from({ length: 12 }, (_, i) => `vol${String(i).padStart(2, '0')}`);

    expect(volumePreview(volumes, 3)).toStrictEqual({ shown: ['vol00', 'vol01', 'vol02'], more: 9 });
  });

  it('when names arrive in any order, then the same first names are shown as a full sort by name gives', () => {
    const volumes = Array.from({ length: 500 }, (_, i) => `vol-${(i * 7919) % 500}@vsanDatastore`);
    const sorted = [...volumes].sort((a, b) => a.localeCompare(b));

    expect(volumePreview(volumes, 8)).toStrictEqual({ shown: sorted.slice(0, 8), more: 492 });
  });

  it('when max is zero, then nothing is shown and every volume is counted', () => {
    expect(volumePreview(['b', 'a'], 0)).toStrictEqual({ shown: [], more: 2 });
  });
});
