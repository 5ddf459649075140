import { describe, expect, it } from 'vitest';

import { walkthroughHosts } from '../../test/fixtures';
import { walkthroughObjects } from '../../test/vsan-fixtures';

import type { PlacementRow } from './placement-rows';
import { placementRows, placementRowsByHost } from './placement-rows';

const objects = walkthroughObjects(walkthroughHosts());
const striped = objects.find((o) => o.name === 'vsanvol3.vmdk')!;
const mirrored = objects.find((o) => o.name === 'vsanvol1.vmdk')!;

const describeRow = (r: PlacementRow): string =>
  `${'  '.repeat(r.depth)}${r.kind === 'component' ? `${r.component.type} ${r.component.hostName}` : r.label}`;

describe('placementRows', () => {
  it('when an object is a RAID-1 of two RAID-0 stripes, then rows follow the tree with the witness beside it', () => {
    expect(placementRows(striped).map(describeRow)).toStrictEqual([
      'RAID 1',
      '  RAID 0',
      '    Component 10.162.102.130',
      '    Component 10.162.102.130',
      '  RAID 0',
      '    Component 10.162.102.131',
      '    Component 10.162.102.131',
      'Witness 10.162.102.132',
    ]);
  });

  it('when an object has one stripe, then its components sit directly under RAID 1', () => {
    expect(placementRows(mirrored).map(describeRow)).toStrictEqual([
      'RAID 1',
      '  Component 10.162.102.130',
      '  Component 10.162.102.131',
      'Witness 10.162.102.132',
    ]);
  });

  it('when the tree names a component the list lacks, then that leaf is skipped', () => {
    const object = { layout: { type: 'Component' as const, componentUuid: 'missing' }, components: [] };

    expect(placementRows(object)).toStrictEqual([]);
  });
});

describe('placementRowsByHost', () => {
  it('when grouped by host, then each host heads its own components', () => {
    expect(placementRowsByHost(striped).map(describeRow)).toStrictEqual([
      '10.162.102.130',
      '  Component 10.162.102.130',
      '  Component 10.162.102.130',
      '10.162.102.131',
      '  Component 10.162.102.131',
      '  Component 10.162.102.131',
      '10.162.102.132',
      '  Witness 10.162.102.132',
    ]);
  });
});
