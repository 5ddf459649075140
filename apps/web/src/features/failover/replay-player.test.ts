import { describe, expect, it } from 'vitest';

import { frameAfterKey, frameIndexAt, stepCursor } from './replay-player';

const frames = [{ tSeconds: -1 }, { tSeconds: 0 }, { tSeconds: 15 }, { tSeconds: 60 }];

describe('replay player', () => {
  it.each([
    [-5, 0],
    [-1, 0],
    [0, 1],
    [14.9, 1],
    [15, 2],
    [600, 3],
  ])('when the cursor is at %s s, then frame %s is shown', (t, index) => {
    expect(frameIndexAt(frames, t)).toBe(index);
  });

  it('when 100 ms pass at 60×, then the cursor moves 6 s and stops at the last frame', () => {
    expect(stepCursor(0, 100, 60, 60)).toBe(6);
    expect(stepCursor(58, 100, 60, 60)).toBe(60);
  });
});

describe('scrubber keys', () => {
  it.each([
    ['ArrowRight', 4, 5],
    ['ArrowLeft', 4, 3],
    ['ArrowLeft', 0, 0],
    ['PageUp', 4, 14],
    ['PageUp', 95, 99],
    ['Home', 40, 0],
    ['End', 4, 99],
    ['Tab', 4, null],
  ])('when %s is pressed on frame %s of 100, then frame %s is shown', (key, index, next) => {
    expect(frameAfterKey(key, index, 100)).toBe(next);
  });
});
