import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  CLONE_SIZE_MESSAGE,
  formatDiskLibSize,
  formatKbSize,
  INVALID_SIZE_MESSAGE,
  parseSizeBytes,
  parseSizeOption,
  sizeOptionProblem,
} from './sizes';

describe('parseSizeOption', () => {
  it.each([
    // vdvs.md §1: `<int>` + mb/gb/tb, suffix case-insensitive; stored in KB = MB*1024, 1gb = 1024mb.
    ['100mb', 100 * 1024],
    ['100MB', 100 * 1024],
    ['1Gb', 1024 * 1024],
    ['10gb', 10 * 1024 * 1024],
    ['2tb', 2 * 1024 ** 3],
    ['0mb', 0],
  ])('when size is %s, then it is %i KB', (size, kb) => {
    expect(parseSizeOption(size)).toBe(kb);
  });

  it.each(['10kb', '1.5gb', '-1gb', '+1gb', 'gb', '10', '10 gb', '10g', ''])(
    'when size is %j, then it is rejected',
    (size) => {
      // vdvs.md §1: integer only; code accepts only mb/gb/tb (kb is a stale doc).
      expect(parseSizeOption(size)).toBeNull();
    },
  );

  it('when any integer MB count is given, then KB is MB*1024', () => {
    // vdvs.md §1: stored in KB = MB*1024.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (mb) => {
        expect(parseSizeOption(`${mb}mb`)).toBe(mb * 1024);
      }),
    );
  });
});

describe('formatDiskLibSize', () => {
  it.each([
    // vdvs.md §2: kvESX convert, integer division → NKB/NMB/NGB, no TB, no decimals.
    [100 * 1024 * 1024, '100MB'],
    [13 * 1024 * 1024 + 5, '13MB'],
    [1024 * 1024 * 1024, '1GB'],
    [1536 * 1024 * 1024, '1GB'],
    [5 * 1024 ** 4, '5120GB'],
    [2048, '2KB'],
    [512, '512'],
  ])('when bytes are %i, then it prints %s', (bytes, text) => {
    expect(formatDiskLibSize(bytes)).toBe(text);
  });

  it('when a KB count is formatted, then it matches the byte formatting', () => {
    // vdvs.md §2 capacity strings: 80MB allocated for a 100MB vSAN volume.
    expect(formatKbSize(80 * 1024)).toBe('80MB');
  });
});

describe('sizeOptionProblem', () => {
  it.each(['20', '1.5gb', '10kb', 'gb', '20 gb'])('when the size is %j, then vmdk_ops refuses it verbatim', (size) => {
    // vdvs.md §1: the message keeps vmdk_ops's " \n".
    expect(sizeOptionProblem(size, false)).toBe(
      'Invalid format for size. \nValid sizes must be of form X[mMgGtT]b where X is an integer. Default = 100mb',
    );
    expect(sizeOptionProblem(size, false)).toBe(INVALID_SIZE_MESSAGE);
  });

  it('when a clone is given a size, then vmdk_ops refuses it before looking at the format', () => {
    // vdvs.md §1: a clone takes its source's size.
    expect(sizeOptionProblem('oops', true)).toBe(CLONE_SIZE_MESSAGE);
  });

  it.each([
    ['20gb', 20 * 1024 ** 3],
    ['100MB', 100 * 1024 ** 2],
    ['1Tb', 1024 ** 4],
  ])('when the size is %s, then it is %d bytes', (size, expected) => {
    expect(sizeOptionProblem(size, false)).toBeNull();
    expect(parseSizeBytes(size)).toBe(expected);
  });
});
