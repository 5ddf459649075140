import { describe, expect, it } from 'vitest';

import { eventsFixture } from '../../test/harbor-fixtures';

import { eventTargets, newestFirst } from './event-rows';

describe('newestFirst', () => {
  it('when events arrive oldest first, then the newest is listed first', () => {
    expect(newestFirst(eventsFixture).map((e) => e.id)).toStrictEqual([2, 1]);
  });

  it('when two events share a timestamp, then the higher id comes first', () => {
    const [first] = eventsFixture;
    const twin = { ...first!, id: 9 };

    expect(newestFirst([first!, twin]).map((e) => e.id)).toStrictEqual([9, 1]);
  });
});

describe('eventTargets', () => {
  it('when the list is for one host, then the other named objects are the targets', () => {
    expect(eventTargets(eventsFixture[0]!, 'host-1')).toBe('photon-harbor');
  });

  it('when the event names only the listed object, then the target is a dash', () => {
    const [event] = eventsFixture;

    expect(eventTargets({ ...event!, objects: [event!.objects[0]!] }, 'vm-1')).toBe('—');
  });
});
