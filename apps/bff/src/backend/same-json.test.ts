import { describe, expect, it } from 'vitest';

import { sameJson } from './same-json';

describe('sameJson', () => {
  it.each([
    ['equal nested values built apart', { a: [1, { b: 'x', c: null }] }, { a: [1, { b: 'x', c: null }] }],
    ['the same keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['an undefined member against a missing one', { a: 1, b: undefined }, { a: 1 }],
    ['empty arrays', [], []],
  ])('when given %s, then they are the same JSON', (_, a, b) => {
    expect(sameJson(a, b)).toBe(true);
    expect(sameJson(b, a)).toBe(true);
  });

  it.each([
    ['a nested number differs', { a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }],
    ['one has an extra key', { a: 1 }, { a: 1, b: 2 }],
    ['an array against an object', [1], { 0: 1 }],
    ['arrays of different length', [1, 2], [1]],
    ['null against an object', null, {}],
    ['a string against a number', '1', 1],
  ])('when %s, then they are not', (_, a, b) => {
    expect(sameJson(a, b)).toBe(false);
    expect(sameJson(b, a)).toBe(false);
  });
});
