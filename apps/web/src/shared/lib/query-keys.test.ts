import { describe, expect, it } from 'vitest';

import { sliceKeys } from './query-keys';

describe('sliceKeys', () => {
  it('when a slice names its resources, then each key is the slice prefix and the resource', () => {
    const keys = sliceKeys('tasks', ['recent', 'alarms']);

    expect(keys.all).toStrictEqual(['tasks']);
    expect(keys.recent()).toStrictEqual(['tasks', 'recent']);
    expect(keys.alarms()).toStrictEqual(['tasks', 'alarms']);
  });
});
