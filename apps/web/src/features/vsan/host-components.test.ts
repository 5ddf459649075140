import { describe, expect, it } from 'vitest';

import { walkthroughState, withHostDown } from '../../test/walkthrough';

import { countHostComponentsByState } from './host-components';

describe('countHostComponentsByState', () => {
  it('when every component is healthy, then the host counts them all as Active', () => {
    const { objects } = walkthroughState();

    expect(countHostComponentsByState(objects, 'host-1')).toStrictEqual([{ state: 'ACTIVE', count: 7 }]);
  });

  it('when the host is powered off, then its components count as Absent', () => {
    const { objects } = withHostDown(walkthroughState(), 'host-2');

    expect(countHostComponentsByState(objects, 'host-2')).toStrictEqual([{ state: 'ABSENT', count: 7 }]);
    expect(countHostComponentsByState(objects, 'host-1')).toStrictEqual([{ state: 'ACTIVE', count: 7 }]);
  });

  it('when the host holds no components, then nothing is counted', () => {
    expect(countHostComponentsByState(walkthroughState().objects, 'host-9')).toStrictEqual([]);
  });
});
