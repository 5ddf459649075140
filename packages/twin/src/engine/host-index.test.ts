import { describe, expect, it } from 'vitest';

import { drive, scenario } from './__fixtures__/drive';
import { objectsOnHost } from './host-index';
import type { TwinState } from './state';
import { freeBytesByDisk } from './vsan-usage';

// The host index and per-device usage are carried over changes as logs and folded in when read (host-index.ts,
// vsan-usage.ts); a JSON copy of the state has no carried views, so it computes both from scratch.
const fresh = (state: TwinState): TwinState => JSON.parse(JSON.stringify(state)) as TwinState;

describe('carried vSAN views', () => {
  it.each([
    ['a host failure and the rebuilds after its repair timer', [{ type: 'powerHost', hostId: 'host-1', state: 'off' }]],
    [
      'rebuilds, a second failure and the first host back',
      [
        { type: 'powerHost', hostId: 'host-1', state: 'off' },
        { type: 'setRepairDelay', seconds: 0 },
        { type: 'advance', seconds: 30 },
        { type: 'powerHost', hostId: 'host-2', state: 'off' },
        { type: 'powerHost', hostId: 'host-1', state: 'on' },
      ],
    ],
  ])('when objects move between hosts through %s, then the carried views equal fresh ones', (_, commands) => {
    // Arrange: six hosts so rebuilds have spare fault domains; a read first, so the views are carried from here on
    const start = scenario({ hosts: 6, volumes: 60 });
    objectsOnHost(start.vsan.objects, 'host-1');
    freeBytesByDisk(start);

    // Act
    const { state } = drive(start, ...commands, { type: 'advance', seconds: 7200 });

    // Assert
    const copy = fresh(state);
    for (const host of state.topology.hosts) {
      expect(objectsOnHost(state.vsan.objects, host.id)).toStrictEqual(objectsOnHost(copy.vsan.objects, host.id));
    }
    expect(freeBytesByDisk(state)).toStrictEqual(freeBytesByDisk(copy));
  });
});
