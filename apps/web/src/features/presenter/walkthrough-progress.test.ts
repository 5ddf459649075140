import { describe, expect, it } from 'vitest';

import { drillFixture } from '../../test/drill-fixtures';
import { setupFixture } from '../../test/presenter-handlers';
import { walkthroughState } from '../../test/walkthrough';

import { BEAT_IDS } from './beats';
import type { PresenterSnapshot } from './walkthrough-progress';
import { isBeatDone, missingVolumes } from './walkthrough-progress';

function snapshot(over: Partial<PresenterSnapshot> = {}): PresenterSnapshot {
  const s = walkthroughState();
  return {
    hosts: s.hosts,
    setup: setupFixture(),
    policies: s.policies,
    volumes: s.volumes,
    harbor: s.harbor,
    images: s.images,
    cluster: s.cluster,
    drill: null,
    composeDiff: null,
    ...over,
  };
}

const doneBeats = (s: PresenterSnapshot): string[] => BEAT_IDS.filter((id) => isBeatDone(id, s));

describe('walkthrough progress', () => {
  it('when Harbor runs on the volumes but vDVS is not installed, SW=2 is missing and one image is pushed, then the rest wait', () => {
    expect(doneBeats(snapshot())).toStrictEqual(['cluster', 'volumes', 'compose', 'harbor-up']);
  });

  it('when a fresh twin has nothing yet, then only the cluster beat is done', () => {
    const fresh = snapshot({
      policies: [],
      volumes: [],
      images: [],
      harbor: {
        ...walkthroughState().harbor,
        services: walkthroughState().harbor.services.map((s) => ({ ...s, mounts: [] })),
      },
    });

    expect(doneBeats(fresh)).toStrictEqual(['cluster']);
  });

  it('when the drill has failed over and verified the data, then every failover beat is done', () => {
    const s = snapshot({
      setup: setupFixture({
        hosts: setupFixture().hosts.map((h) => ({ ...h, vib: { state: 'installed', version: '0.21.2' } })),
        vms: [{ vmId: 'vm-1', name: 'photon-harbor', plugin: { state: 'installed', version: '0.21.2' } }],
        haEnabled: true,
      }),
      policies: [...walkthroughState().policies, { ...walkthroughState().policies[0]!, name: 'SW=2', builtIn: false }],
      images: [...walkthroughState().images, { ...walkthroughState().images[0]!, ref: 'library/hello:2' }],
      cluster: { ...walkthroughState().cluster, haEnabled: true },
      drill: drillFixture(),
    });

    expect(doneBeats(s)).toStrictEqual([...BEAT_IDS]);
  });

  it('when only vsanvol1 exists, then vsanvol2 and vsanvol3 (on SW=2) are left to create', () => {
    const volumes = walkthroughState().volumes.filter((v) => v.name === 'vsanvol1');

    expect(missingVolumes(volumes)).toStrictEqual([
      { name: 'vsanvol2', opts: { size: '20gb' } },
      { name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } },
    ]);
  });
});
