import { describe, expect, it } from 'vitest';

import { formatBytes, formatMhz } from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [500 * 1024 ** 3, '500 GB'],
    [3 * 1000 * 1024 ** 3, '2.93 TB'],
    [-1, '—'],
  ])('when given %s bytes, then it shows %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });
});

describe('formatMhz', () => {
  it.each([
    [2600, '2.6 GHz'],
    [800, '800 MHz'],
  ])('when given %s MHz, then it shows %s', (mhz, shown) => {
    expect(formatMhz(mhz)).toBe(shown);
  });
});
