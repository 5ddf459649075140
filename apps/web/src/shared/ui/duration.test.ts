import { describe, expect, it } from 'vitest';

import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [312, '5 min 12 s'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    [183_600, '2 d 3 h'],
    [null, '—'],
    [-5, '—'],
  ])('when given %s seconds, then it shows %s', (seconds, shown) => {
    expect(formatDuration(seconds)).toBe(shown);
  });
});
